import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The signature scheme (docs/WEBHOOKS.md): every request carries
 *   Webhook-Id         the event's id, the same on every retry and re-send (receivers dedupe on it)
 *   Webhook-Timestamp  seconds since the epoch when this attempt was signed
 *   Webhook-Signature  v1=<hex HMAC-SHA256 of "<timestamp>.<body>" with the endpoint's secret>
 * Signing the timestamp with the body lets a receiver refuse replays older than REPLAY_WINDOW_S.
 */
export const REPLAY_WINDOW_S = 5 * 60;

/** A new endpoint's signing secret: 32 random bytes, prefixed so it is recognisable in a vault. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

export function signatureOf(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export function signedHeaders(secret: string, eventId: string, body: string, now: Date): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    "content-type": "application/json",
    "user-agent": "LicenseConsole-Webhooks/1",
    "webhook-id": eventId,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": `v1=${signatureOf(secret, timestamp, body)}`,
  };
}

/**
 * What a receiver does (the same check as docs/WEBHOOKS.md's snippet): the signature matches the
 * raw body and the timestamp is inside the replay window. The tests receive with it.
 */
export function verifySignature(secret: string, headers: { timestamp?: string | null; signature?: string | null }, body: string, now = new Date()): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(now.getTime() / 1000 - timestamp) > REPLAY_WINDOW_S) return false;
  const expected = Buffer.from(`v1=${signatureOf(secret, timestamp, body)}`);
  const given = Buffer.from(headers.signature ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
