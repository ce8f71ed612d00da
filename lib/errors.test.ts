import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/deployment/log";
import { forbidden, invalid, notFound } from "./errors";

describe("refusals log quietly", () => {
  it("a 403 or 404 carries a one-line stack: logged, it is one line with its status and code", () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const log = createLogger(sink as never, "info");
    log.warn({ err: forbidden() }, "refused");
    log.warn({ err: notFound() }, "refused");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.trim().split("\n")).toHaveLength(1);
    expect(forbidden().stack).toBe("AppError 403 forbidden: " + forbidden().message);
    expect(JSON.parse(lines[1]).err.stack).toMatch(/^AppError 404 not_found: /);
  });

  it("other errors keep their stack (a 422 is the caller's to fix, a 500 ours to find)", () => {
    expect(invalid({ key: "apiErrors.validation_failed" }).stack).toMatch(/\n\s+at /);
    expect(new Error("boom").stack).toMatch(/\n\s+at /);
  });
});
