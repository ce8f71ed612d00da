/**
 * Retries: exponential from 30 seconds, doubling, capped at 6 hours between attempts, for up to
 * 3 days after the event; then the delivery is given up ("failed"). An endpoint whose attempts
 * have all failed for GIVE_UP_AFTER_MS is switched off (lib/webhooks/deliver.ts).
 */
export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 6 * 3_600_000;
export const GIVE_UP_AFTER_MS = 3 * 86_400_000;

/** The wait after the `attempts`-th failed attempt (1 → 30 s, 2 → 1 min, 3 → 2 min, ...). */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

/** When to try again after a failure, or null when the 3 days since the event have run out. */
export function nextAttemptAfterFailure(createdAt: Date, attempts: number, now: Date): Date | null {
  const next = new Date(now.getTime() + retryDelayMs(attempts));
  return next.getTime() - createdAt.getTime() > GIVE_UP_AFTER_MS ? null : next;
}
