import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, requestContext } from "./log";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  return { log: createLogger(stream, "info"), lines };
}

describe("logs", () => {
  it("are JSON lines with the request id of the request they belong to", async () => {
    const { log, lines } = capture();
    await requestContext.run({ requestId: "req-123" }, async () => log.info({ route: "/workspaces" }, "answered"));
    log.info("outside any request");
    const [inside, outside] = lines.map((l) => JSON.parse(l));
    expect(inside).toMatchObject({ requestId: "req-123", route: "/workspaces", msg: "answered", level: 30 });
    expect(outside.requestId).toBeUndefined();
  });

  it("never carry a secret or token, in fields, nested objects, errors or free text", () => {
    const { log, lines } = capture();
    const token = "lc_3f9a0c1d2e4b5a6978abcdef0123456789";
    log.info({ headers: { authorization: `Bearer ${token}`, cookie: "next-auth.session-token=abc" }, body: { password: "hunter2-secret", totpSecret: "JBSWY3DP" } }, "request");
    log.error(new Error(`token ${token} refused for postgres://app:db-pass-123@db/lc`), "failed");
    log.warn(`sign-in with Bearer ${token} and ${token}`);
    log.info({ nested: [{ secret: "s3cr3t-value" }], "sandbox-secret": "bootstrap-xyz" });
    const all = lines.join("\n");
    for (const leaked of [token, "hunter2-secret", "JBSWY3DP", "db-pass-123", "s3cr3t-value", "bootstrap-xyz", "session-token=abc"]) {
      expect(all).not.toContain(leaked);
    }
    expect(lines).toHaveLength(4);
    expect(all).toContain("lc_[redacted]");
  });
});
