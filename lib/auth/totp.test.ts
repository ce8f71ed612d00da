import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, checkTotp, hotp, otpauthUri, totp, timeStep } from "./totp";

const ascii = (s: string) => Buffer.from(s, "ascii");
const SHA1_KEY = ascii("12345678901234567890");
const SHA256_KEY = ascii("12345678901234567890123456789012");
const SHA512_KEY = ascii("1234567890123456789012345678901234567890123456789012345678901234");

describe("RFC 6238 appendix B test vectors (8 digits)", () => {
  const vectors: [number, string, string, string][] = [
    [59, "94287082", "46119246", "90693936"],
    [1111111109, "07081804", "68084774", "25091201"],
    [1111111111, "14050471", "67062674", "99943326"],
    [1234567890, "89005924", "91819424", "93441116"],
    [2000000000, "69279037", "90698825", "38618901"],
    [20000000000, "65353130", "77737706", "47863826"],
  ];
  it.each(vectors)("T=%i", (seconds, sha1, sha256, sha512) => {
    expect(totp(SHA1_KEY, seconds * 1000, { digits: 8, algorithm: "sha1" })).toBe(sha1);
    expect(totp(SHA256_KEY, seconds * 1000, { digits: 8, algorithm: "sha256" })).toBe(sha256);
    expect(totp(SHA512_KEY, seconds * 1000, { digits: 8, algorithm: "sha512" })).toBe(sha512);
  });

  it("RFC 4226 appendix D HOTP values (6 digits)", () => {
    const expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
    expect(expected.map((_, i) => hotp(SHA1_KEY, i))).toEqual(expected);
  });
});

describe("base32", () => {
  it("round-trips and matches RFC 4648 examples", () => {
    expect(base32Encode(ascii("foobar"))).toBe("MZXW6YTBOI");
    expect(base32Decode("MZXW6YTBOI").toString("ascii")).toBe("foobar");
    expect(base32Decode("mzxw 6ytb-oi======").toString("ascii")).toBe("foobar");
    expect(() => base32Decode("MZ1")).toThrow(RangeError);
  });
});

describe("checkTotp", () => {
  const secret = base32Encode(SHA1_KEY);
  const now = 1_800_000_015_000; // mid-step
  const step = timeStep(now);
  const codeAt = (delta: number) => hotp(SHA1_KEY, step + delta);

  it("accepts the current step and one step of drift either way", () => {
    expect(checkTotp(secret, codeAt(0), now, null)).toEqual({ ok: true, step });
    expect(checkTotp(secret, codeAt(-1), now, null)).toEqual({ ok: true, step: step - 1 });
    expect(checkTotp(secret, codeAt(1), now, null)).toEqual({ ok: true, step: step + 1 });
  });

  it("refuses two steps of drift", () => {
    expect(checkTotp(secret, codeAt(-2), now, null)).toEqual({ ok: false, reason: "invalid" });
    expect(checkTotp(secret, codeAt(2), now, null)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a replayed code and any code of an earlier step", () => {
    expect(checkTotp(secret, codeAt(0), now, step)).toEqual({ ok: false, reason: "replayed" });
    expect(checkTotp(secret, codeAt(-1), now, step)).toEqual({ ok: false, reason: "replayed" });
    expect(checkTotp(secret, codeAt(1), now, step)).toEqual({ ok: true, step: step + 1 });
  });

  it("refuses malformed input and tolerates spaces", () => {
    expect(checkTotp(secret, "12345", now, null)).toEqual({ ok: false, reason: "malformed" });
    expect(checkTotp(secret, "abcdef", now, null)).toEqual({ ok: false, reason: "malformed" });
    const c = codeAt(0);
    expect(checkTotp(secret, `${c.slice(0, 3)} ${c.slice(3)}`, now, null).ok).toBe(true);
  });

  it("builds the otpauth URI apps read", () => {
    const uri = otpauthUri("JBSWY3DPEHPK3PXP", "rita@partner-it.example", "License Console");
    expect(uri).toBe(
      "otpauth://totp/License%20Console%3Arita%40partner-it.example?secret=JBSWY3DPEHPK3PXP&issuer=License+Console&algorithm=SHA1&digits=6&period=30",
    );
  });
});
