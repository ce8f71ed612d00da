/**
 * Attempts are counted per key in a fixed window; the attempt that reaches a key's limit locks it
 * for the lock time. Every attempt is counted before it is checked, so a burst cannot outrun the
 * count (issue 21); an attempt that turns out not to be a failure is given back.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  /** Sign-in attempts per e-mail typed (whether or not an account has it, so a lock reveals nothing). */
  signInPerAccount: 5,
  signInPerAddress: 30,
  /** Wrong activation codes per account entering them. */
  codePerAccount: 10,
  codePerAddress: 20,
  /** "Forgot password" requests per e-mail typed (account or not: a refusal tells nothing) and per address. */
  resetPerAccount: 3,
  resetPerAddress: 20,
} as const;

export type Counter = { key: string; limit: number };

export function signInCounters(email: string, address: string | null): Counter[] {
  return [
    { key: `account:${email.trim().toLowerCase()}`, limit: THROTTLE.signInPerAccount },
    ...(address ? [{ key: `ip:${address}`, limit: THROTTLE.signInPerAddress }] : []),
  ];
}

/** Per account and per address: one admin's guesses never lock a colleague out of the workspace. */
export function codeCounters(accountId: string, address: string | null): Counter[] {
  return [
    { key: `activation-code:account:${accountId}`, limit: THROTTLE.codePerAccount },
    ...(address ? [{ key: `activation-code:ip:${address}`, limit: THROTTLE.codePerAddress }] : []),
  ];
}

/** Reset links asked for: a mailbox is not flooded, and one address cannot probe many e-mails. */
export function resetCounters(email: string, address: string | null): Counter[] {
  return [
    { key: `password-reset:account:${email.trim().toLowerCase()}`, limit: THROTTLE.resetPerAccount },
    ...(address ? [{ key: `password-reset:ip:${address}`, limit: THROTTLE.resetPerAddress }] : []),
  ];
}

export type CounterState = { key: string; failures: number; lockedUntil: Date | null };
export type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Whether an attempt counted as `states` may go ahead: every key within its limit. */
export function verdictOf(counters: Counter[], states: CounterState[], now: Date): Verdict {
  const over = states.filter((s) => s.failures > (counters.find((c) => c.key === s.key)?.limit ?? Infinity));
  if (over.length === 0) return { allowed: true };
  const until = Math.max(...over.map((s) => s.lockedUntil?.getTime() ?? now.getTime() + THROTTLE.lockMs));
  return { allowed: false, retryAfterMs: Math.max(1000, until - now.getTime()) };
}
