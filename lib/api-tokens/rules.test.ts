import { describe, expect, it } from "vitest";
import { tokenState } from "./rules";

const now = new Date("2030-03-01T12:00:00Z");

describe("tokenState", () => {
  it("is active without expiry or revocation", () => {
    expect(tokenState({ revokedAt: null, expiresAt: null }, now)).toBe("active");
  });

  it("is active until the expiry instant, expired from it on", () => {
    expect(tokenState({ revokedAt: null, expiresAt: new Date(now.getTime() + 1) }, now)).toBe("active");
    expect(tokenState({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(tokenState({ revokedAt: null, expiresAt: "2030-02-28T12:00:00Z" }, now)).toBe("expired");
  });

  it("revoked wins over expired", () => {
    expect(tokenState({ revokedAt: "2030-01-01T00:00:00Z", expiresAt: "2030-02-01T00:00:00Z" }, now)).toBe("revoked");
    expect(tokenState({ revokedAt: now, expiresAt: null }, now)).toBe("revoked");
  });
});
