import { eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { enterWorkspace, type Tx } from "@/db/scope";
import { workspaceClocks } from "@/db/schema";
import { invalid } from "@/lib/errors";
import { ClockMoveRefused, latestClockMove, MAX_CLOCK_MOVE_YEARS, nextTestClockTime, testClocksAllowed } from "./rules";

export type WorkspaceClock = { now: Date; testClock: boolean };

/** The only answer to "what time is it" for a workspace's rules. */
export async function workspaceClock(tx: Tx, workspaceId: string): Promise<WorkspaceClock> {
  if (testClocksAllowed()) {
    const [row] = await tx.select({ now: workspaceClocks.now }).from(workspaceClocks).where(eq(workspaceClocks.workspaceId, workspaceId));
    if (row) return { now: row.now, testClock: true };
  }
  return { now: new Date(), testClock: false };
}

/**
 * `workspaceClock` as columns of a query that reads more beside it (one statement instead of a
 * clock read first). Real time is taken here and bound as a parameter, so the rows the query
 * filters by `now` and the caller's rules read the same instant.
 */
export function workspaceClockColumns(workspaceId: string): { now: SQL<Date>; testClock: SQL<boolean> } {
  const real = new Date().toISOString();
  if (!testClocksAllowed()) return { now: sql<Date>`${real}::timestamptz`.mapWith(workspaceClocks.now), testClock: sql<boolean>`false` };
  const own = sql`(select ${workspaceClocks.now} from ${workspaceClocks} where ${workspaceClocks.workspaceId} = ${workspaceId})`;
  return { now: sql<Date>`coalesce(${own}, ${real}::timestamptz)`.mapWith(workspaceClocks.now), testClock: sql<boolean>`(${own} is not null)` };
}

/**
 * Enters the workspace in the account's transaction (db/scope enterWorkspace) and reads its clock
 * in the same statement: the clock row is the workspace's own, visible only once entered.
 */
export async function enterWorkspaceClock(tx: Tx, workspaceId: string): Promise<WorkspaceClock> {
  const { now, testClock } = workspaceClockColumns(workspaceId);
  // Milliseconds since the epoch: a raw row's timestamptz comes back as PostgreSQL's text.
  const row = await enterWorkspace<{ ms: string; test_clock: boolean }>(
    tx,
    workspaceId,
    sql`(extract(epoch from ${now}) * 1000)::float8 as ms, ${testClock} as test_clock`,
  );
  return { now: new Date(Number(row.ms)), testClock: row.test_clock };
}

export async function workspaceNow(tx: Tx, workspaceId: string): Promise<Date> {
  return (await workspaceClock(tx, workspaceId)).now;
}

/**
 * Sets (or creates, starting from real time) a workspace's test clock. Locks the clock row so two
 * suites advancing the same sandbox serialise.
 */
export async function moveTestClock(tx: Tx, workspaceId: string, to: Date | ((current: Date) => Date)): Promise<WorkspaceClock> {
  if (!testClocksAllowed()) throw invalid({ key: "apiErrors.test_clocks_off" });
  const [row] = await tx
    .select({ now: workspaceClocks.now })
    .from(workspaceClocks)
    .where(eq(workspaceClocks.workspaceId, workspaceId))
    .for("update");
  const current = row?.now ?? new Date();
  let next: Date;
  try {
    next = nextTestClockTime(current, typeof to === "function" ? to(current) : to);
  } catch (e) {
    throw clockRefusal(e, current);
  }
  await tx
    .insert(workspaceClocks)
    .values({ workspaceId, now: next })
    .onConflictDoUpdate({ target: workspaceClocks.workspaceId, set: { now: next, updatedAt: new Date() } });
  return { now: next, testClock: true };
}

/** A new sandbox's test clock, starting at `now`. */
export async function startTestClock(tx: Tx, workspaceId: string, now: Date): Promise<void> {
  await tx.insert(workspaceClocks).values({ workspaceId, now });
}

/**
 * Moves a test clock forward to `at` while an advance runs the timers due on the way (a clock
 * never goes back), so each timer's work reads the moment it fell due.
 */
export async function stepTestClockTo(tx: Tx, workspaceId: string, at: Date): Promise<void> {
  await tx
    .update(workspaceClocks)
    .set({ now: sql`greatest(${workspaceClocks.now}, ${at.toISOString()}::timestamptz)`, updatedAt: new Date() })
    .where(eq(workspaceClocks.workspaceId, workspaceId));
}

/**
 * The earliest and latest "now" among a set of workspaces (a subquery of ids), real time
 * included: bounds that let a cross-workspace date filter use an index before each row is
 * checked against its own workspace's clock.
 */
export function workspaceNowBoundsSql(workspaceIds: SQL): { earliest: SQL<Date>; latest: SQL<Date> } {
  if (!testClocksAllowed()) return { earliest: sql<Date>`now()`, latest: sql<Date>`now()` };
  return {
    earliest: sql<Date>`(select least(now(), min(wc.now)) from ${workspaceClocks} wc where wc.workspace_id in ${workspaceIds})`,
    latest: sql<Date>`(select greatest(now(), max(wc.now)) from ${workspaceClocks} wc where wc.workspace_id in ${workspaceIds})`,
  };
}

/**
 * For queries over many rows of many workspaces: LEFT JOIN `clock.table` on
 * `clock.on(workspaceIdColumn)`, then `clock.now` is each row's workspace "now" (one join
 * instead of a subquery per row).
 */
export function joinedWorkspaceNow() {
  const wc = alias(workspaceClocks, "wc_now");
  return {
    table: wc,
    on: (workspaceId: SQL | AnyColumn) => (testClocksAllowed() ? sql`${wc.workspaceId} = ${workspaceId}` : sql`false`),
    now: sql<Date>`coalesce(${wc.now}, now())`,
  };
}

/** The same for hand-written SQL: `left join …` text for the join, and each row's "now". */
export function workspaceNowJoinSql(aliasName: string, workspaceId: SQL | AnyColumn): { join: SQL; now: SQL<Date> } {
  const a = sql.identifier(aliasName);
  return testClocksAllowed()
    ? { join: sql`left join ${workspaceClocks} as ${a} on ${a}.workspace_id = ${workspaceId}`, now: sql<Date>`coalesce(${a}.now, now())` }
    : { join: sql``, now: sql<Date>`now()` };
}

/** A refused move as the 422 its caller answers (any other error passes through unchanged). */
export function clockRefusal(e: unknown, current: Date): unknown {
  if (!(e instanceof ClockMoveRefused)) return e;
  const values = { reason: e.reason, current: current.toISOString(), latest: latestClockMove(current).toISOString(), years: MAX_CLOCK_MOVE_YEARS };
  return invalid({ key: "apiErrors.clock_move_refused", values }, { current: current.toISOString() });
}
