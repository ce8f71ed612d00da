import { eq, inArray } from "drizzle-orm";
import { signInThrottle } from "@/db/schema";
import { withScope } from "@/db/scope";
import { afterFailure, lockRemainingMs } from "@/lib/auth/throttle-rules";
import { tooMany } from "@/lib/errors";
import { CODE_THROTTLE } from "./rules";
import { metrics } from "@/lib/deployment/metrics";

/**
 * Wrong activation codes are counted like failed sign-ins (the same table, window and lock,
 * lib/auth/throttle-rules), per workspace and per client address, so guessing codes stops
 * after a few tries. Each count commits in its own transaction: the refused request's own
 * transaction rolls back, the count must not.
 */
export type CodeThrottleKeys = { workspace: string; address: string | null };

/** Without a known client address (scripts, in-process tests) only the workspace is counted. */
export function codeThrottleKeys(workspaceId: string, address: string | null): CodeThrottleKeys {
  return { workspace: `activation-code:ws:${workspaceId}`, address: address ? `activation-code:ip:${address}` : null };
}

function keyList(keys: CodeThrottleKeys): [string, number][] {
  return [
    [keys.workspace, CODE_THROTTLE.maxPerWorkspace],
    ...(keys.address ? [[keys.address, CODE_THROTTLE.maxPerAddress] as [string, number]] : []),
  ];
}

/** Throws 429 with the seconds to wait when either key is locked. */
export async function assertCodeEntryOpen(keys: CodeThrottleKeys, now = new Date()): Promise<void> {
  const ms = await withScope({ kind: "anonymous" }, async (tx) => {
    const rows = await tx.select().from(signInThrottle).where(inArray(signInThrottle.key, keyList(keys).map(([k]) => k)));
    return Math.max(0, ...rows.map((r) => lockRemainingMs(r, now)));
  });
  if (ms > 0) {
    metrics.throttleHits.inc({ throttle: "activation_code" });
    const seconds = Math.ceil(ms / 1000);
    throw tooMany(`Too many wrong activation codes. Try again in ${Math.ceil(seconds / 60)} minute${seconds > 60 ? "s" : ""}.`, seconds);
  }
}

export async function recordWrongCode(keys: CodeThrottleKeys, now = new Date()): Promise<void> {
  await withScope({ kind: "anonymous" }, async (tx) => {
    for (const [key, limit] of keyList(keys)) {
      await tx.insert(signInThrottle).values({ key, failures: 0, windowStartedAt: now }).onConflictDoNothing();
      const [row] = await tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).for("update");
      const next = afterFailure(row.failures === 0 ? undefined : row, now, limit);
      await tx.update(signInThrottle).set(next).where(eq(signInThrottle.key, key));
    }
  });
}

/** A code was applied: the workspace's count starts again. */
export async function clearWrongCodes(keys: CodeThrottleKeys): Promise<void> {
  await withScope({ kind: "anonymous" }, (tx) => tx.delete(signInThrottle).where(eq(signInThrottle.key, keys.workspace)));
}

/** The caller's address from the request being served (route handler or server action). */
export async function clientAddress(): Promise<string | null> {
  try {
    const { headers } = await import("next/headers");
    const h = await headers();
    const fwd = h.get("x-forwarded-for");
    if (fwd) return fwd.split(",")[0].trim();
    return h.get("x-real-ip") ?? null;
  } catch {
    // Outside a Next.js request (scripts, in-process tests): no address to count.
    return null;
  }
}
