/**
 * What a token's row says about it, as plain functions (no I/O): the console's table and the
 * API's list agree on a token's state because both ask here.
 */
export type TokenState = "active" | "expired" | "revoked";

export type TokenDates = { revokedAt: Date | string | null; expiresAt: Date | string | null };

const time = (d: Date | string) => (d instanceof Date ? d.getTime() : Date.parse(d));

/**
 * Revoked wins over expired (it was a decision); a token expires at its expiry instant, exactly
 * as app_token_account() refuses it (`expires_at > now()` is still valid). Token expiry is a
 * security boundary, so `now` is the real time, never a sandbox's test clock.
 */
export function tokenState(token: TokenDates, now: Date): TokenState {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && time(token.expiresAt) <= now.getTime()) return "expired";
  return "active";
}

/** The expiry choices the console offers, in days (the operation accepts 1 to 730). */
export const EXPIRY_CHOICES = [7, 30, 90, 180, 365] as const;
