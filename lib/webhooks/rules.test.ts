import { describe, expect, it } from "vitest";
import { hostname } from "node:os";
import { isPrivateAddress, urlProblem } from "./address";
import { post } from "./deliver";
import { FIRST_RETRY_MS, GIVE_UP_AFTER_MS, MAX_RETRY_MS, nextAttemptAfterFailure, retryDelayMs } from "./backoff";
import { signatureOf, signedHeaders, verifySignature } from "./signing";

describe("webhook signatures", () => {
  const secret = "whsec_test";
  const body = JSON.stringify({ id: "e1", type: "license.renewed" });

  it("sign HMAC-SHA256 over '<timestamp>.<body>' in hex", () => {
    // Fixed vector: a receiver in any language must arrive at the same hex.
    // printf "1700000000.{}" | openssl dgst -sha256 -hmac key
    expect(signatureOf("key", 1700000000, "{}")).toBe("9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae");
    expect(signatureOf("key", 1700000000, "{}")).toMatch(/^[0-9a-f]{64}$/);
    expect(signatureOf("key", 1700000000, "{}")).not.toBe(signatureOf("key", 1700000001, "{}"));
  });

  it("verify with the headers they were sent with, inside the replay window only", () => {
    const now = new Date("2026-12-03T07:00:00Z");
    const h = signedHeaders(secret, "e1", body, now);
    expect(h["webhook-id"]).toBe("e1");
    expect(h["webhook-signature"]).toMatch(/^v1=[0-9a-f]{64}$/);
    const given = { timestamp: h["webhook-timestamp"], signature: h["webhook-signature"] };
    expect(verifySignature(secret, given, body, now)).toBe(true);
    expect(verifySignature(secret, given, body, new Date(now.getTime() + 299_000))).toBe(true);
    expect(verifySignature(secret, given, body, new Date(now.getTime() + 301_000))).toBe(false);
    expect(verifySignature("whsec_other", given, body, now)).toBe(false);
    expect(verifySignature(secret, given, `${body} `, now)).toBe(false);
    expect(verifySignature(secret, { ...given, timestamp: String(Number(given.timestamp) + 1) }, body, now)).toBe(false);
    expect(verifySignature(secret, { timestamp: "x", signature: given.signature }, body, now)).toBe(false);
  });
});

describe("the SSRF address check", () => {
  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fd00::1",
    "fc00::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "64:ff9b::a9fe:a9fe",
    "::7f00:1",
    "::ffff:0:7f00:1",
    "64:ff9b:1::a00:1",
    "2002:7f00:1::",
    "2001:0:4136:e378:8000:63bf:80ff:fffe",
    "192.88.99.1",
    "[::1]",
    "not-an-ip",
  ])("refuses %s", (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])("allows %s", (address) => expect(isPrivateAddress(address)).toBe(false));

  const production = { allowPrivate: false, httpsOnly: true };
  const development = { allowPrivate: false, httpsOnly: false };
  const allowed = { allowPrivate: true, httpsOnly: false };

  it("reads URLs: https in production, no private literals or local names unless allowed", () => {
    expect(urlProblem("https://hooks.example.com/x", production)).toBeNull();
    expect(urlProblem("http://hooks.example.com/x", production)).toBe("scheme");
    expect(urlProblem("http://hooks.example.com/x", development)).toBeNull();
    expect(urlProblem("ftp://hooks.example.com/x", development)).toBe("scheme");
    expect(urlProblem("https://127.0.0.1/x", production)).toBe("private");
    expect(urlProblem("https://[::1]:8443/x", production)).toBe("private");
    expect(urlProblem("https://localhost/x", production)).toBe("private");
    expect(urlProblem("https://localhost./x", production)).toBe("private");
    expect(urlProblem("https://[::ffff:0:7f00:1]/x", production)).toBe("private");
    expect(urlProblem("https://metadata.google.internal/x", production)).toBe("private");
    expect(urlProblem("https://user:pw@hooks.example.com/x", production)).toBe("invalid");
    expect(urlProblem("hooks.example.com", production)).toBe("invalid");
    expect(urlProblem("http://127.0.0.1:3000/x", allowed)).toBeNull();
  });
});

describe("the connection-time check", () => {
  it("refuses to connect to a name that resolves to a private address (the machine's own name, /etc/hosts)", async () => {
    const attempt = await post(`http://${hostname()}:9/hooks`, {}, "{}", { allowPrivate: false, httpsOnly: false }, 2_000);
    expect(attempt).toMatchObject({ ok: false, status: null });
    expect(attempt.error).toMatch(/resolves to a private address \(127\./);
  });
});

describe("the retry schedule", () => {
  it("doubles from 30 seconds and caps at 6 hours", () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(1)).toBe(FIRST_RETRY_MS);
    expect(retryDelayMs(30)).toBe(MAX_RETRY_MS);
  });

  it("gives up once the next attempt would fall more than 3 days after the event", () => {
    const created = new Date("2026-12-01T00:00:00Z");
    expect(nextAttemptAfterFailure(created, 1, created)?.toISOString()).toBe("2026-12-01T00:00:30.000Z");
    const late = new Date(created.getTime() + GIVE_UP_AFTER_MS - 60_000);
    expect(nextAttemptAfterFailure(created, 20, late)).toBeNull();
    // Walking the schedule: about 20 attempts fit into the 3 days.
    let at = created;
    let attempts = 0;
    for (let next: Date | null = created; next; attempts++) {
      at = next;
      next = nextAttemptAfterFailure(created, attempts + 1, at);
    }
    expect(attempts).toBeGreaterThan(10);
    expect(attempts).toBeLessThan(30);
    expect(at.getTime() - created.getTime()).toBeLessThanOrEqual(GIVE_UP_AFTER_MS);
  });
});
