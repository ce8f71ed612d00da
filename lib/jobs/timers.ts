import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { workspaceTimers, type WorkspaceTimer } from "@/db/schema";
import { withScope, type Tx } from "@/db/scope";
import { recordAudit } from "@/lib/audit";
import { stepTestClockTo } from "@/lib/clock";
import { invalid } from "@/lib/errors";

export type TimerHandler = (tx: Tx, timer: WorkspaceTimer) => Promise<Record<string, unknown>>;

/** Registered by each area at import (lib/jobs/handlers.ts lists them). */
const handlers = new Map<string, TimerHandler>();

export function registerTimerHandler(kind: string, handler: TimerHandler): void {
  handlers.set(kind, handler);
}

/** The kinds of timed work registered so far (tests walk them: each must write its audit events). */
export function timerKinds(): string[] {
  return [...handlers.keys()].sort();
}

/** Schedules work at a workspace-time moment; the same (kind, key) twice keeps the first. */
export async function scheduleTimer(
  tx: Tx,
  workspaceId: string,
  t: { kind: string; key: string; dueAt: Date; payload?: Record<string, unknown> },
): Promise<void> {
  await tx
    .insert(workspaceTimers)
    .values({ workspaceId, kind: t.kind, key: t.key, dueAt: t.dueAt, payload: t.payload ?? {} })
    .onConflictDoNothing();
}

/**
 * Runs the earliest timer of the workspace due by `upTo`, if any, inside `tx`: the row is locked
 * (SKIP LOCKED, so a second worker moves on) and marked done with the work's outcome in the same
 * transaction as the work itself. Returns whether one ran.
 */
export async function runNextDueTimer(tx: Tx, workspaceId: string, upTo: Date, beforeRun?: (timer: WorkspaceTimer) => Promise<void>): Promise<WorkspaceTimer | null> {
  const [timer] = await tx
    .select()
    .from(workspaceTimers)
    .where(and(eq(workspaceTimers.workspaceId, workspaceId), isNull(workspaceTimers.doneAt), lte(workspaceTimers.dueAt, upTo)))
    .orderBy(asc(workspaceTimers.dueAt), asc(workspaceTimers.id))
    .limit(1)
    .for("update", { skipLocked: true });
  if (!timer) return null;
  const handler = handlers.get(timer.kind);
  if (!handler) throw new Error(`no handler for timer kind ${timer.kind}`);
  await beforeRun?.(timer);
  const outcome = await handler(tx, timer);
  await tx.update(workspaceTimers).set({ doneAt: sql`now()`, outcome }).where(eq(workspaceTimers.id, timer.id));
  await recordAudit(tx, workspaceId, { accountId: null, label: `job:${timer.kind}` }, {
    action: `job.${timer.kind}`,
    subjectType: "timer",
    subjectId: timer.id,
    data: { dueAt: timer.dueAt.toISOString(), ...outcome },
  });
  return timer;
}

/**
 * Advancing a test clock: every timer due by `target` runs in time order, with the clock set to
 * the timer's moment first, so the work sees the time it was due at; then the clock reaches the
 * target. Runs inside the caller's transaction: the advance and its work commit together.
 */
export async function runDueWhileAdvancing(tx: Tx, workspaceId: string, target: Date, maxTimers = MAX_TIMERS_PER_ADVANCE): Promise<number> {
  let ran = 0;
  const stepClockTo = (timer: WorkspaceTimer) => stepTestClockTo(tx, workspaceId, timer.dueAt);
  while (await runNextDueTimer(tx, workspaceId, target, stepClockTo)) {
    if (++ran >= maxTimers && (await anyDue(tx, workspaceId, target))) {
      throw invalid({ key: "apiErrors.too_many_timers", values: { max: maxTimers } }, { maxTimers });
    }
  }
  return ran;
}

/**
 * One advance runs its due work in one transaction: bounded, so an advance answers in bounded
 * time (with the statement timeout, well within a request) and rolls back whole when refused.
 */
export const MAX_TIMERS_PER_ADVANCE = 2_000;

async function anyDue(tx: Tx, workspaceId: string, upTo: Date): Promise<boolean> {
  const [row] = await tx
    .select({ id: workspaceTimers.id })
    .from(workspaceTimers)
    .where(and(eq(workspaceTimers.workspaceId, workspaceId), isNull(workspaceTimers.doneAt), lte(workspaceTimers.dueAt, upTo)))
    .limit(1);
  return Boolean(row);
}

/** Workspaces worked on at once by one runner (each in its own transactions; the pool holds 10). */
const PARALLEL_WORKSPACES = z.coerce.number().int().min(1).max(8).catch(4).parse(process.env.TIMER_PARALLELISM ?? 4);

/** Real time: run what is due in every workspace without a test clock, one timer per transaction. */
export async function runDueTimersEverywhere(now = new Date(), batch = 100): Promise<number> {
  const due = await withScope({ kind: "anonymous" }, (tx) =>
    tx.execute<{ id: string }>(sql`select app_workspaces_with_due_timers(${batch}) as id`),
  );
  const queue = due.map((d) => d.id);
  let ran = 0;
  const lane = async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      while (await withScope({ kind: "system", workspaceId: id }, async (tx) => Boolean(await runNextDueTimer(tx, id, now)))) ran++;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_WORKSPACES }, lane));
  return ran;
}
