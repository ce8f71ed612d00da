import { eq, inArray } from "drizzle-orm";
import { signInThrottle } from "@/db/schema";
import { withScope } from "@/db/scope";
import { afterFailure, lockRemainingMs, THROTTLE } from "./throttle-rules";

export type ThrottleKeys = { account: string; address: string };

export function throttleKeys(email: string, address: string): ThrottleKeys {
  return { account: `account:${email.trim().toLowerCase()}`, address: `ip:${address}` };
}

/** Milliseconds until either key may try again (0 = may try now). */
export async function signInLockedFor(keys: ThrottleKeys, now = new Date()): Promise<number> {
  return withScope({ kind: "anonymous" }, async (tx) => {
    const rows = await tx.select().from(signInThrottle).where(inArray(signInThrottle.key, [keys.account, keys.address]));
    return Math.max(0, ...rows.map((r) => lockRemainingMs(r, now)));
  });
}

export async function recordSignInFailure(keys: ThrottleKeys, now = new Date()): Promise<void> {
  await withScope({ kind: "anonymous" }, async (tx) => {
    for (const [key, limit] of [
      [keys.account, THROTTLE.maxPerAccount],
      [keys.address, THROTTLE.maxPerAddress],
    ] as const) {
      // Insert-or-lock so concurrent failures each count.
      await tx.insert(signInThrottle).values({ key, failures: 0, windowStartedAt: now }).onConflictDoNothing();
      const [row] = await tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).for("update");
      const next = afterFailure(row.failures === 0 ? undefined : row, now, limit);
      await tx.update(signInThrottle).set(next).where(eq(signInThrottle.key, key));
    }
  });
}

export async function clearSignInFailures(keys: ThrottleKeys): Promise<void> {
  await withScope({ kind: "anonymous" }, (tx) => tx.delete(signInThrottle).where(eq(signInThrottle.key, keys.account)));
}
