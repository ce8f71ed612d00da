import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * TOTP secrets are stored sealed (AES-256-GCM), so a copy of the accounts table alone does not
 * yield working codes. The key comes from TOTP_SECRET_KEY (or NEXTAUTH_SECRET); outside
 * production a fixed development key is used when neither is set.
 */
function key(): Buffer {
  const material = process.env.TOTP_SECRET_KEY ?? process.env.NEXTAUTH_SECRET;
  if (!material && process.env.APP_ENV === "production") throw new Error("TOTP_SECRET_KEY (or NEXTAUTH_SECRET) must be set in production");
  return createHash("sha256").update(`license-console:totp:${material ?? "development-only"}`).digest();
}

export function sealTotpSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return `v1.${iv.toString("base64url")}.${cipher.getAuthTag().toString("base64url")}.${body.toString("base64url")}`;
}

export function openTotpSecret(sealed: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("unreadable TOTP secret");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
