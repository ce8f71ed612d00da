import { createHash, randomBytes } from "node:crypto";

/** A new token secret: 256 random bits, prefixed so it is recognisable in logs and scanners. */
export function newTokenSecret(): string {
  return `lc_${randomBytes(32).toString("base64url")}`;
}

/** Only this hash is stored; a fast hash suffices for 256-bit random secrets. */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
