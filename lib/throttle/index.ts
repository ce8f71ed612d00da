import { sql } from "drizzle-orm";
import { withScope } from "@/db/scope";
import { metrics } from "@/lib/deployment/metrics";
import { THROTTLE, verdictOf, type Counter, type Verdict } from "./rules";

export { clientAddress, requestAddress } from "./address";
export { codeCounters, resetCounters as passwordResetCounters, signInCounters, THROTTLE, type Counter, type Verdict } from "./rules";

/**
 * The one owner of throttle_counters. Each call is its own short transaction, opened before or
 * after the request's scoped transaction, never inside it (one connection per request), so a
 * count survives the rollback of the request it refused.
 */
const keysOf = (counters: Counter[]) => `{${counters.map((c) => JSON.stringify(c.key)).join(",")}}`;
const limitsOf = (counters: Counter[]) => `{${counters.map((c) => c.limit).join(",")}}`;

const throttleName = (key: string) => (key.startsWith("activation-code:") ? "activation_code" : key.startsWith("password-reset:") ? "password_reset" : "sign_in");

/** Counts one attempt on every key (one statement per key) and says whether it may go ahead. */
export async function consumeAttempt(counters: Counter[]): Promise<Verdict> {
  if (counters.length === 0) return { allowed: true };
  const rows = await withScope({ kind: "anonymous" }, (tx) =>
    tx.execute<{ key: string; failures: number; locked_until: string | null; now: string }>(
      sql`select key, failures, locked_until, now() as now
            from app_throttle_consume(${keysOf(counters)}::text[], ${limitsOf(counters)}::int[], ${THROTTLE.windowMs}, ${THROTTLE.lockMs})`,
    ),
  );
  const states = rows.map((r) => ({ key: r.key, failures: r.failures, lockedUntil: r.locked_until ? new Date(r.locked_until) : null }));
  const verdict = verdictOf(counters, states, rows[0] ? new Date(rows[0].now) : new Date());
  if (!verdict.allowed) metrics.throttleHits.inc({ throttle: throttleName(counters[0].key) });
  return verdict;
}

/** The attempt was not a failure after all (right password, a code merely used): give it back. */
export async function forgiveAttempt(counters: Counter[]): Promise<void> {
  if (counters.length === 0) return;
  await withScope({ kind: "anonymous" }, (tx) => tx.execute(sql`select app_throttle_forgive(${keysOf(counters)}::text[], ${limitsOf(counters)}::int[])`));
}

/** A success on these keys: they count from zero again. */
export async function resetCounters(counters: Counter[]): Promise<void> {
  if (counters.length === 0) return;
  await withScope({ kind: "anonymous" }, (tx) => tx.execute(sql`select app_throttle_reset(${keysOf(counters)}::text[])`));
}
