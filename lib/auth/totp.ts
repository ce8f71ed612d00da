import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * RFC 6238 time-based one-time passwords on node:crypto (RFC 4226 HOTP underneath), as used by
 * authenticator apps: 30-second steps, 6 digits, HMAC-SHA-1 by default. Tested against the RFC's
 * appendix B vectors (totp.test.ts).
 */
export const TOTP = { stepSeconds: 30, digits: 6, algorithm: "sha1" as TotpAlgorithm, drift: 1 } as const;
export type TotpAlgorithm = "sha1" | "sha256" | "sha512";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s-]/g, "").replace(/=+$/, "");
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const c of clean) {
    const i = BASE32.indexOf(c);
    if (i < 0) throw new RangeError("not a base32 secret");
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new shared secret: 160 random bits (RFC 4226 recommends at least 128), base32 for apps. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

export function hotp(key: Uint8Array, counter: number, digits: number = TOTP.digits, algorithm: TotpAlgorithm = TOTP.algorithm): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(msg).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const bin = ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return String(bin % 10 ** digits).padStart(digits, "0");
}

export function timeStep(atMs: number, stepSeconds: number = TOTP.stepSeconds): number {
  return Math.floor(atMs / 1000 / stepSeconds);
}

export function totp(key: Uint8Array, atMs: number, opts: { digits?: number; algorithm?: TotpAlgorithm } = {}): string {
  return hotp(key, timeStep(atMs), opts.digits, opts.algorithm);
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "malformed" | "invalid" | "replayed" };

/**
 * Checks a code typed at `atMs` against the steps within one step of drift. A code whose step is
 * not after `lastStep` (the last one accepted for the account) is a replay and is refused; the
 * caller stores the returned step so the same code cannot be used twice.
 */
export function checkTotp(secretBase32: string, code: string, atMs: number, lastStep: number | null): TotpCheck {
  const typed = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(typed)) return { ok: false, reason: "malformed" };
  const key = base32Decode(secretBase32);
  const now = timeStep(atMs);
  let matched: number | null = null;
  for (let delta = -TOTP.drift; delta <= TOTP.drift; delta++) {
    const candidate = hotp(key, now + delta);
    if (timingSafeEqual(Buffer.from(candidate), Buffer.from(typed)) && matched === null) matched = now + delta;
  }
  if (matched === null) return { ok: false, reason: "invalid" };
  if (lastStep !== null && matched <= lastStep) return { ok: false, reason: "replayed" };
  return { ok: true, step: matched };
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function otpauthUri(secretBase32: string, accountName: string, issuer: string): string {
  const label = encodeURIComponent(`${issuer}:${accountName}`);
  const params = new URLSearchParams({ secret: secretBase32, issuer, algorithm: "SHA1", digits: String(TOTP.digits), period: String(TOTP.stepSeconds) });
  return `otpauth://totp/${label}?${params.toString()}`;
}
