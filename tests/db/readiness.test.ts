/** GET /api/ready's figures, read as the app role through app_operational_figures(). */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withScope } from "@/db/scope";
import { operationalFigures, readiness, SHIPPED_MIGRATION } from "@/lib/deployment/figures";
import { ownerSql } from "./factories";

const beat = (id: string, started = new Date()) =>
  withScope({ kind: "anonymous" }, (tx) => tx.execute(sql`select app_worker_heartbeat(${id}, ${started.toISOString()}::timestamptz)`));

describe("readiness", () => {
  it("sees this build's migrations applied, and becomes ready once a worker beats", async () => {
    await ownerSql()`delete from worker_heartbeats`;
    const before = await readiness();
    expect(before.checks.database.ok).toBe(true);
    expect(before.checks.migrations).toEqual({ ok: true, detail: "current" });
    expect(before).toMatchObject({ ready: false, checks: { worker: { ok: false, detail: "no worker has ever run" } } });

    await beat(`test-${process.pid}`);
    const after = await readiness();
    expect(after.ready).toBe(true);
    expect((await operationalFigures()).latestMigration).toBe(SHIPPED_MIGRATION);
    await withScope({ kind: "anonymous" }, (tx) => tx.execute(sql`select app_worker_gone(${`test-${process.pid}`})`));
    expect((await readiness()).ready).toBe(false);
  });

  it("the app role reaches the heartbeats only through the functions", async () => {
    await beat(`hidden-${process.pid}`);
    const read = await withScope({ kind: "system" }, (tx) => tx.execute(sql`select * from worker_heartbeats`)).catch((e) => e);
    expect(read?.cause?.code ?? read?.code).toBe("42501");
    const err = await withScope({ kind: "system" }, (tx) => tx.execute(sql`insert into worker_heartbeats values ('forged', now(), now())`)).catch((e) => e);
    expect(err?.cause?.code ?? err?.code).toBe("42501");
    await withScope({ kind: "anonymous" }, (tx) => tx.execute(sql`select app_worker_gone(${`hidden-${process.pid}`})`));
  });
});
