// Issue 21, finding 9: POST …/clock {"now":"9999-12-31T23:59:59Z"} ran over 120 s, then answered 500.
import { describe, expect, it } from "vitest";
import { advanceClockEndpoint, setClockEndpoint } from "@/lib/api/v1/clock";
import { runDueWhileAdvancing } from "@/lib/jobs";
import { withScope } from "@/db/scope";
import { ownerSql } from "../factories";
import { call, expectError, newSandbox } from "../api/helpers";

const clockOf = async (id: string) =>
  (await ownerSql()<{ now: Date }[]>`select now from workspace_clocks where workspace_id = ${id}`)[0].now.toISOString();

describe("test clock moves are bounded", () => {
  it("refuses a jump to 9999 at once with 422, and moves nothing", async () => {
    const sb = await newSandbox("activation-devices");
    const started = performance.now();
    const res = await call(setClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { now: "9999-12-31T23:59:59Z" } });
    const elapsed = performance.now() - started;
    console.log(`[issue 21] clock set to 9999: ${res.status} in ${Math.round(elapsed)} ms`);
    expectError(res, 422, "validation_failed");
    expect(res.body.error.message).toMatch(/at most 2 years/);
    expect(elapsed).toBeLessThan(5000);
    expect(await clockOf(sb.id)).toBe(sb.clockNow);
    expectError(await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days: 3650 } }), 422, "validation_failed");
    expect(await clockOf(sb.id)).toBe(sb.clockNow);
  });

  it("moves two years in one call, and further in steps", async () => {
    const sb = await newSandbox("activation-devices");
    for (let i = 0; i < 3; i++) {
      const res = await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days: 730 } });
      expect(res.status, res.text).toBe(200);
    }
    expect(new Date(await clockOf(sb.id)).getTime() - new Date(sb.clockNow).getTime()).toBe(3 * 730 * 86_400_000);
  });

  it("refuses an advance with more due work than one call may run, rolled back whole", async () => {
    const sb = await newSandbox("activation-devices");
    // Its timer, and a second one due the same moment.
    await ownerSql()`insert into workspace_timers (workspace_id, kind, key, due_at, payload)
      select workspace_id, kind, key || ':again', due_at, payload from workspace_timers where workspace_id = ${sb.id} and done_at is null`;
    const [{ n }] = await ownerSql()<{ n: number }[]>`select count(*)::int as n from workspace_timers where workspace_id = ${sb.id} and done_at is null`;
    expect(n).toBeGreaterThan(1);
    const far = new Date(new Date(sb.clockNow).getTime() + 730 * 86_400_000);
    const err = await withScope({ kind: "system", workspaceId: sb.id }, (tx) => runDueWhileAdvancing(tx, sb.id, far, 1)).catch((e) => e);
    expect(err).toMatchObject({ status: 422, details: { maxTimers: 1 } });
    const [{ left }] = await ownerSql()<{ left: number }[]>`select count(*)::int as left from workspace_timers where workspace_id = ${sb.id} and done_at is null`;
    expect(left).toBe(n);
  });
});
