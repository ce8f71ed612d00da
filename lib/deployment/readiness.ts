/** Readiness verdicts as plain functions of the figures the database reports. */

/** A worker beats every 5 s; three missed beats and a bit of clock skew make it gone. */
export const HEARTBEAT_STALE_MS = 30_000;

export type OperationalFigures = {
  latestMigration: number | null;
  workerSeenAt: Date | null;
  workers: number;
  timersDue: number;
  oldestTimerDueAt: Date | null;
  mailBacklog: number;
  oldestMailAt: Date | null;
  bulkPending: number;
};

export type Check = { ok: boolean; detail: string };
export type Readiness = { ready: boolean; checks: { database: Check; migrations: Check; worker: Check } };

/**
 * Ready when the database answers, holds at least the migrations this build ships (a newer
 * schema is fine: migrations expand before code contracts), and a worker beat lately.
 */
export function readinessVerdict(figures: OperationalFigures | null, shippedMigration: number, now: Date): Readiness {
  if (!figures) {
    const down = { ok: false, detail: "database unreachable" };
    return { ready: false, checks: { database: { ok: false, detail: "database unreachable" }, migrations: down, worker: down } };
  }
  const migrations =
    figures.latestMigration !== null && figures.latestMigration >= shippedMigration
      ? { ok: true, detail: "current" }
      : { ok: false, detail: "migrations pending: run `npm run migrate`" };
  const age = figures.workerSeenAt ? now.getTime() - figures.workerSeenAt.getTime() : null;
  const worker =
    age !== null && age <= HEARTBEAT_STALE_MS
      ? { ok: true, detail: `${figures.workers} worker(s), last beat ${Math.max(0, Math.round(age / 1000))} s ago` }
      : { ok: false, detail: age === null ? "no worker has ever run" : `no worker beat for ${Math.round(age / 1000)} s` };
  return { ready: migrations.ok && worker.ok, checks: { database: { ok: true, detail: "reachable" }, migrations, worker } };
}
