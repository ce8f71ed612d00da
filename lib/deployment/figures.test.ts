import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The database read behind readiness, counted (no database in unit tests).
const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/db/scope", () => ({
  withScope: async () => {
    reads.count++;
    return [{ latest_migration: "0", worker_seen_at: new Date().toISOString(), workers: 1, timers_due: 0, oldest_timer_due_at: null, mail_backlog: 0, oldest_mail_at: null, bulk_pending: 0 }];
  },
}));

const { GET } = await import("@/app/api/ready/route");

describe("GET /api/ready", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    reads.count = 0;
  });
  afterEach(() => vi.useRealTimers());

  it("reads the database at most once a second, however often and however concurrently it is asked", async () => {
    const answers = await Promise.all(Array.from({ length: 50 }, () => GET()));
    expect(answers.every((a) => a.status === 503 || a.status === 200)).toBe(true);
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(40);
      await GET();
    }
    expect(reads.count).toBe(1);
    vi.advanceTimersByTime(300);
    await GET();
    expect(reads.count).toBe(2);
  });
});
