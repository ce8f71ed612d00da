import { describe, expect, it } from "vitest";
import { HEARTBEAT_STALE_MS, readinessVerdict, type OperationalFigures } from "./readiness";

const now = new Date("2026-12-02T12:00:00Z");
const fine: OperationalFigures = {
  latestMigration: 100,
  workerSeenAt: new Date(now.getTime() - 4_000),
  workers: 2,
  timersDue: 0,
  oldestTimerDueAt: null,
  mailBacklog: 0,
  oldestMailAt: null,
  bulkPending: 0,
};

describe("readinessVerdict", () => {
  it("is ready with current migrations (or newer) and a fresh worker beat", () => {
    expect(readinessVerdict(fine, 100, now).ready).toBe(true);
    expect(readinessVerdict({ ...fine, latestMigration: 120 }, 100, now).ready).toBe(true);
    expect(readinessVerdict(fine, 100, now).checks.worker.detail).toBe("2 worker(s), last beat 4 s ago");
  });

  it("is not ready with pending migrations, a stale or absent worker, or no database", () => {
    expect(readinessVerdict({ ...fine, latestMigration: 99 }, 100, now)).toMatchObject({ ready: false, checks: { migrations: { ok: false } } });
    expect(readinessVerdict({ ...fine, latestMigration: null }, 100, now).ready).toBe(false);
    const stale = new Date(now.getTime() - HEARTBEAT_STALE_MS - 1);
    expect(readinessVerdict({ ...fine, workerSeenAt: stale }, 100, now)).toMatchObject({ ready: false, checks: { worker: { ok: false, detail: "no worker beat for 30 s" } } });
    expect(readinessVerdict({ ...fine, workerSeenAt: null }, 100, now).checks.worker.detail).toBe("no worker has ever run");
    expect(readinessVerdict(null, 100, now)).toMatchObject({ ready: false, checks: { database: { ok: false } } });
  });
});
