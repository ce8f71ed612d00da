import { sql } from "drizzle-orm";
import { withScope } from "@/db/scope";
import journal from "@/db/migrations/meta/_journal.json";
import { readinessVerdict, type OperationalFigures, type Readiness } from "./readiness";

/** The newest migration this build ships (drizzle records each by its journal time). */
export const SHIPPED_MIGRATION = Math.max(...journal.entries.map((e) => e.when));

/** Installation-wide counts and ages (app_operational_figures): no workspace's rows. */
export async function operationalFigures(): Promise<OperationalFigures> {
  const [row] = await withScope({ kind: "anonymous" }, (tx) =>
    tx.execute<{
      latest_migration: string | null;
      worker_seen_at: string | null;
      workers: number;
      timers_due: number;
      oldest_timer_due_at: string | null;
      mail_backlog: number;
      oldest_mail_at: string | null;
      bulk_pending: number;
    }>(sql`select * from app_operational_figures()`),
    { readOnly: true },
  );
  const date = (v: string | null) => (v === null ? null : new Date(v));
  return {
    latestMigration: row.latest_migration === null ? null : Number(row.latest_migration),
    workerSeenAt: date(row.worker_seen_at),
    workers: row.workers,
    timersDue: row.timers_due,
    oldestTimerDueAt: date(row.oldest_timer_due_at),
    mailBacklog: row.mail_backlog,
    oldestMailAt: date(row.oldest_mail_at),
    bulkPending: row.bulk_pending,
  };
}

/** Readiness within `timeoutMs`: a database that does not answer in time counts as unreachable. */
export async function readiness(timeoutMs = 2_000): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
  const figures = await Promise.race([operationalFigures().catch(() => null), timeout]);
  clearTimeout(timer);
  return readinessVerdict(figures, SHIPPED_MIGRATION, new Date());
}

/** How long /api/ready answers from the last read: however often it is asked, at most one read a second. */
export const READINESS_MAX_AGE_MS = 1_000;
let lastReadiness: { at: number; verdict: Promise<Readiness> } | null = null;

/**
 * Readiness for the public probe: one read of the database serves every ask in the following
 * second, and asks while it runs wait for it, so probing cannot be used to load the database.
 */
export function probeReadiness(): Promise<Readiness> {
  const now = Date.now();
  if (!lastReadiness || now - lastReadiness.at >= READINESS_MAX_AGE_MS) lastReadiness = { at: now, verdict: readiness() };
  return lastReadiness.verdict;
}
