import { describe, expect, it } from "vitest";
import { openTotpSecret, sealTotpSecret } from "./totp-secret";

describe("sealed TOTP secrets", () => {
  it("round-trip, differ on every seal, and refuse tampering", () => {
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const [a, b] = [sealTotpSecret(secret), sealTotpSecret(secret)];
    expect(a).not.toBe(b);
    expect(a).not.toContain(secret);
    expect(openTotpSecret(a)).toBe(secret);
    const [v, iv, tag, body] = a.split(".");
    const flipped = `${v}.${iv}.${tag}.${body.slice(0, -2)}${body.endsWith("A") ? "B" : "A"}${body.slice(-1)}`;
    expect(() => openTotpSecret(flipped)).toThrow();
    expect(() => openTotpSecret("plain")).toThrow("unreadable");
  });
});
