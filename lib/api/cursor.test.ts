import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "./cursor";

describe("cursor signing key", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("refuses to sign with the development key in a production build without APP_ENV (NODE_ENV=production alone)", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("APP_ENV", undefined);
    vi.stubEnv("LC_SANDBOXES", undefined);
    vi.stubEnv("CURSOR_SECRET", undefined);
    vi.stubEnv("NEXTAUTH_SECRET", undefined);
    expect(() => encodeCursor(["a"])).toThrow(/CURSOR_SECRET/);
  });

  it("treats an empty CURSOR_SECRET as unset: the session secret signs, never an empty key", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "session-secret");
    vi.stubEnv("CURSOR_SECRET", "");
    const cursor = encodeCursor(["a"]);
    vi.stubEnv("CURSOR_SECRET", undefined);
    expect(decodeCursor(cursor, z.tuple([z.string()]))).toEqual(["a"]);
  });

  it("signs and reads back with the configured secret", () => {
    vi.stubEnv("CURSOR_SECRET", "s3cret");
    const cursor = encodeCursor(["a", 1]);
    expect(decodeCursor(cursor, z.tuple([z.string(), z.number()]))).toEqual(["a", 1]);
  });
});
