/**
 * Failed sign-ins are counted per account (by the e-mail typed, whether or not it exists, so
 * the lock reveals nothing) and per client address, in a fixed window.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  maxPerAccount: 5,
  maxPerAddress: 30,
} as const;

export type ThrottleRow = { failures: number; windowStartedAt: Date; lockedUntil: Date | null };

export function lockRemainingMs(row: ThrottleRow | undefined, now: Date): number {
  if (!row?.lockedUntil) return 0;
  return Math.max(0, row.lockedUntil.getTime() - now.getTime());
}

/** The row after one more failure: a new window when the old one ran out, a lock at the limit. */
export function afterFailure(row: ThrottleRow | undefined, now: Date, limit: number): ThrottleRow {
  const fresh = !row || now.getTime() - row.windowStartedAt.getTime() >= THROTTLE.windowMs;
  const failures = fresh ? 1 : row.failures + 1;
  const windowStartedAt = fresh ? now : row.windowStartedAt;
  const lockedUntil = failures >= limit ? new Date(now.getTime() + THROTTLE.lockMs) : null;
  return { failures, windowStartedAt, lockedUntil };
}
