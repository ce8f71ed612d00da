import { createHash, randomBytes } from "node:crypto";

/**
 * One-time links sent by e-mail (a password reset, a workspace invitation): the secret travels in
 * the link only; the database keeps its SHA-256, so a copy of the table opens nothing. Plain
 * functions, no I/O: the rules the flows and their tests share.
 */
export const LINK_RULES = {
  /** A reset link works for 30 minutes after it was asked for. */
  resetValidMs: 30 * 60_000,
  /** An invitation's link works for 7 days after it was (last) sent. */
  invitationValidMs: 7 * 24 * 60 * 60_000,
} as const;

/** A new link secret (32 random bytes, URL-safe) and the hash that is stored. */
export function newLinkSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString("base64url");
  return { secret, hash: hashLinkSecret(secret) };
}

export function hashLinkSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** Only something that could be a secret from newLinkSecret is looked up (43 base64url characters). */
export function isLinkSecret(raw: unknown): raw is string {
  return typeof raw === "string" && /^[A-Za-z0-9_-]{43}$/.test(raw);
}

export type LinkState = "open" | "used" | "expired" | "withdrawn";

/** Where a link stands at `now`: used (or accepted) first, then withdrawn, then expired. */
export function linkState(link: { expiresAt: Date; usedAt: Date | null; withdrawnAt?: Date | null }, now: Date): LinkState {
  if (link.usedAt) return "used";
  if (link.withdrawnAt) return "withdrawn";
  return now.getTime() < link.expiresAt.getTime() ? "open" : "expired";
}

export const expiresAfter = (from: Date, validMs: number): Date => new Date(from.getTime() + validMs);
