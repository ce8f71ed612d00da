import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseInput } from ".";

function nested(depth: number): unknown {
  let v: unknown = "leaf";
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

describe("parseInput on hostile input", () => {
  it("refuses input nested 100,000 deep with a 400, not a stack overflow", () => {
    let caught: unknown;
    try {
      parseInput(z.object({ a: z.unknown() }), nested(100_000));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).status).toBe(400);
  });

  it("still finds a NUL anywhere and names its field", () => {
    let caught: unknown;
    try {
      parseInput(z.object({ a: z.unknown() }), { a: { b: ["x", "y\u0000"] } });
    } catch (e) {
      caught = e;
    }
    expect((caught as AppError).details).toEqual({ fieldErrors: { "a.b.1": ["Contains a NUL character."] } });
  });
});
