import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { isProduction } from "@/lib/deployment/environment";

/**
 * TOTP secrets are stored sealed (AES-256-GCM), so a copy of the accounts table alone does not
 * yield working codes. The key is TOTP_SECRET_KEY, its own secret: rotating the session secret
 * must not lock everyone out of two-factor sign-in. Rotation: put the old value in
 * TOTP_SECRET_KEY_PREVIOUS; secrets sealed with it still open, and every new seal uses the new key.
 * Outside production the session secret (or a fixed development key) stands in.
 */
function derive(material: string): Buffer {
  return createHash("sha256").update(`license-console:totp:${material}`).digest();
}

function sealingKey(): Buffer {
  const material = process.env.TOTP_SECRET_KEY;
  if (material) return derive(material);
  if (isProduction()) throw new Error("TOTP_SECRET_KEY must be set in production");
  return derive(process.env.NEXTAUTH_SECRET ?? "development-only");
}

function openingKeys(): Buffer[] {
  const previous = process.env.TOTP_SECRET_KEY_PREVIOUS;
  return previous ? [sealingKey(), derive(previous)] : [sealingKey()];
}

export function sealTotpSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealingKey(), iv);
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return `v1.${iv.toString("base64url")}.${cipher.getAuthTag().toString("base64url")}.${body.toString("base64url")}`;
}

export function openTotpSecret(sealed: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("unreadable TOTP secret");
  for (const key of openingKeys()) {
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    } catch {
      // Sealed with another key: try the previous one.
    }
  }
  throw new Error("unreadable TOTP secret: sealed with neither TOTP_SECRET_KEY nor TOTP_SECRET_KEY_PREVIOUS");
}
