import { afterEach, describe, expect, it, vi } from "vitest";
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

  afterEach(() => vi.unstubAllEnvs());

  it("use their own key, not the session secret: rotating NEXTAUTH_SECRET keeps them readable", () => {
    vi.stubEnv("TOTP_SECRET_KEY", "totp-key-1");
    vi.stubEnv("NEXTAUTH_SECRET", "session-1");
    const sealed = sealTotpSecret("SECRET");
    vi.stubEnv("NEXTAUTH_SECRET", "session-2");
    expect(openTotpSecret(sealed)).toBe("SECRET");
  });

  it("rotate: with the old key as TOTP_SECRET_KEY_PREVIOUS old seals open and new seals use the new key", () => {
    vi.stubEnv("TOTP_SECRET_KEY", "totp-key-1");
    const old = sealTotpSecret("OLD");
    vi.stubEnv("TOTP_SECRET_KEY", "totp-key-2");
    expect(() => openTotpSecret(old)).toThrow("unreadable");
    vi.stubEnv("TOTP_SECRET_KEY_PREVIOUS", "totp-key-1");
    expect(openTotpSecret(old)).toBe("OLD");
    const fresh = sealTotpSecret("NEW");
    vi.stubEnv("TOTP_SECRET_KEY_PREVIOUS", "");
    expect(openTotpSecret(fresh)).toBe("NEW");
  });

  it("refuse to seal in production without TOTP_SECRET_KEY, even with a session secret", () => {
    vi.stubEnv("APP_ENV", "production");
    vi.stubEnv("TOTP_SECRET_KEY", "");
    vi.stubEnv("NEXTAUTH_SECRET", "session-1");
    expect(() => sealTotpSecret("X")).toThrow("TOTP_SECRET_KEY must be set in production");
  });
});
