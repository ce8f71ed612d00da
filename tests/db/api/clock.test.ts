/** GET/POST /workspaces/{workspace}/clock and POST /clock/advance. */
import { describe, expect, it } from "vitest";
import { advanceClockEndpoint, getClockEndpoint, setClockEndpoint } from "@/lib/api/v1/clock";
import { ownerSql } from "../factories";
import {
  auditRows,
  call,
  concurrently,
  expectError,
  expectFieldError,
  expectOneEffectAnswers,
  expectSlugHidden,
  expectUnauthenticated,
  idemKey,
  newSandbox,
  plainWorkspace,
  roleToken,
  seatsOf,
  STUDIO,
  type Case,
} from "./helpers";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const plus = (iso: string, ms: number) => new Date(new Date(iso).getTime() + ms).toISOString();

async function clockOf(workspaceId: string): Promise<string | null> {
  const [row] = await ownerSql()<{ now: Date }[]>`select now from workspace_clocks where workspace_id = ${workspaceId}`;
  return row ? row.now.toISOString() : null;
}

describe("GET /clock", () => {
  it("a sandbox reads its frozen test clock", async () => {
    const sb = await newSandbox();
    const viewer = await roleToken(sb, "viewer");
    const res = await call(getClockEndpoint, { workspace: sb.slug }, { token: viewer.token });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ now: sb.clockNow, testClock: true });
    await new Promise((r) => setTimeout(r, 5));
    expect((await call(getClockEndpoint, { workspace: sb.slug }, { token: sb.token })).body.now).toBe(sb.clockNow);
  });

  it("a real workspace reads real time", async () => {
    const ws = await plainWorkspace();
    const before = Date.now();
    const res = await call(getClockEndpoint, { workspace: ws.slug }, { token: ws.token });
    expect(res.status).toBe(200);
    expect(res.body.testClock).toBe(false);
    expect(new Date(res.body.now).getTime()).toBeGreaterThanOrEqual(before);
    expect(new Date(res.body.now).getTime()).toBeLessThanOrEqual(Date.now());
  });
});

describe("POST /clock/advance", () => {
  it("moves the clock forward by the duration and records clock.advanced", async () => {
    const sb = await newSandbox();
    const res = await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days: 1, hours: 2, minutes: 3, seconds: 4 } });
    expect(res.status, res.text).toBe(200);
    const expected = plus(sb.clockNow, DAY + 2 * HOUR + 3 * 60_000 + 4000);
    expect(res.body).toEqual({ now: expected, testClock: true });
    expect((await call(getClockEndpoint, { workspace: sb.slug }, { token: sb.token })).body).toEqual({ now: expected, testClock: true });
    expect(await clockOf(sb.id)).toBe(expected);
    const audit = await auditRows(sb.id, "clock.advanced");
    expect(audit).toHaveLength(1);
    expect(audit[0].data).toMatchObject({ from: sb.clockNow, to: expected });
    expect(audit[0].occurredAt.toISOString()).toBe(expected);
  });

  it("an admin may advance; a viewer may not (403, clock unchanged)", async () => {
    const sb = await newSandbox();
    const admin = await roleToken(sb, "admin");
    const viewer = await roleToken(sb, "viewer");
    expectError(await call(advanceClockEndpoint, { workspace: sb.slug }, { token: viewer.token, json: { days: 1 } }), 403, "forbidden");
    expectError(await call(setClockEndpoint, { workspace: sb.slug }, { token: viewer.token, json: { now: plus(sb.clockNow, DAY) } }), 403, "forbidden");
    expect(await clockOf(sb.id)).toBe(sb.clockNow);
    const res = await call(advanceClockEndpoint, { workspace: sb.slug }, { token: admin.token, json: { hours: 1 } });
    expect(res.body.now).toBe(plus(sb.clockNow, HOUR));
  });

  it("422 for a zero, negative, fractional or non-numeric duration; the clock does not move", async () => {
    const sb = await newSandbox();
    const ws = { workspace: sb.slug };
    const zero = await call(advanceClockEndpoint, ws, { token: sb.token, json: {} });
    expectError(zero, 422, "validation_failed");
    expect(zero.body.error.details.formErrors).toEqual([expect.any(String)]);
    expectError(await call(advanceClockEndpoint, ws, { token: sb.token, json: { days: 0, hours: 0 } }), 422, "validation_failed");
    expectFieldError(await call(advanceClockEndpoint, ws, { token: sb.token, json: { days: -1 } }), "days");
    expectFieldError(await call(advanceClockEndpoint, ws, { token: sb.token, json: { hours: 1.5 } }), "hours");
    expectFieldError(await call(advanceClockEndpoint, ws, { token: sb.token, json: { minutes: "10" } }), "minutes");
    expectFieldError(await call(advanceClockEndpoint, ws, { token: sb.token, json: { days: 3651 } }), "days");
    expectFieldError(await call(advanceClockEndpoint, ws, { token: sb.token, json: { seconds: Number.MAX_SAFE_INTEGER } }), "seconds");
    expect(await clockOf(sb.id)).toBe(sb.clockNow);
    expect(await auditRows(sb.id, "clock.advanced")).toEqual([]);
  });

  it("409 on a workspace that is not a sandbox", async () => {
    const ws = await plainWorkspace();
    expectError(await call(advanceClockEndpoint, { workspace: ws.slug }, { token: ws.token, json: { days: 1 } }), 409, "conflict");
    expect(await clockOf(ws.id)).toBeNull();
  });

  it("replays with the same key (the clock moves once); refuses the key with another duration", async () => {
    const sb = await newSandbox();
    const key = idemKey();
    const first = await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days: 1 }, idempotencyKey: key });
    const replay = await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days: 1 }, idempotencyKey: key });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await clockOf(sb.id)).toBe(plus(sb.clockNow, DAY));
    // Defaults are part of the request: {days: 1} and {days: 1, hours: 0} are the same request.
    const sameWithDefaults = await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days: 1, hours: 0 }, idempotencyKey: key });
    expect(sameWithDefaults.headers.get("idempotent-replayed")).toBe("true");
    expectError(await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days: 2 }, idempotencyKey: key }), 422, "idempotency_key_reused");
    expect(await clockOf(sb.id)).toBe(plus(sb.clockNow, DAY));
    expect(await auditRows(sb.id, "clock.advanced")).toHaveLength(1);
  });

  it("10 concurrent advances with one key move the clock once; without a key, ten times", async () => {
    const sb = await newSandbox();
    const key = idemKey();
    const responses = await concurrently(10, () => call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { hours: 1 }, idempotencyKey: key }));
    expectOneEffectAnswers(responses, 200);
    expect(responses[0].body.now).toBe(plus(sb.clockNow, HOUR));
    expect(await clockOf(sb.id)).toBe(plus(sb.clockNow, HOUR));
    expect(await auditRows(sb.id, "clock.advanced")).toHaveLength(1);

    // Without a key every advance counts, and they serialise on the clock row.
    const plain = await concurrently(10, () => call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { minutes: 1 } }));
    expect(plain.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(await clockOf(sb.id)).toBe(plus(sb.clockNow, HOUR + 10 * 60_000));
    expect(new Set(plain.map((r) => r.body.now)).size).toBe(10);
  });

  it("advancing past the renewal window's close takes the unrenewed seats away (seed 003)", async () => {
    const sb = await newSandbox("renewal-window-50-45"); // anniversary in 10 days, window closes 30 days after
    const before = await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days: 30 } });
    expect(before.status, before.text).toBe(200);
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 50, noAccess: 0 });
    const after = await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days: 12 } });
    expect(after.status, after.text).toBe(200);
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 45, purchased: 45, noAccess: 5 });
  });
});

describe("POST /clock", () => {
  it("sets the clock to a later moment (any offset) and records clock.set", async () => {
    const sb = await newSandbox();
    const target = plus(sb.clockNow, 3 * DAY);
    const withOffset = new Date(target).toISOString().replace("Z", "+00:00");
    const res = await call(setClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { now: withOffset } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ now: target, testClock: true });
    expect(await clockOf(sb.id)).toBe(target);
    expect((await auditRows(sb.id, "clock.set"))[0].data).toMatchObject({ from: sb.clockNow, to: target });

    // The same moment again is not backwards.
    expect((await call(setClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { now: target } })).status).toBe(200);
  });

  it("422 for a moment before the clock's; the clock stays", async () => {
    const sb = await newSandbox();
    const res = await call(setClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { now: plus(sb.clockNow, -1) } });
    expectError(res, 422, "validation_failed");
    expect(await clockOf(sb.id)).toBe(sb.clockNow);
    expect(await auditRows(sb.id, "clock.set")).toEqual([]);
  });

  it("422 for a value that is not an ISO date-time with an offset", async () => {
    const sb = await newSandbox();
    for (const now of ["tomorrow", "2030-01-01", "2030-01-01T10:00:00", 1893456000000, null]) {
      expectFieldError(await call(setClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { now } }), "now");
    }
    expectFieldError(await call(setClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: {} }), "now");
    expect(await clockOf(sb.id)).toBe(sb.clockNow);
  });

  it("409 on a workspace that is not a sandbox", async () => {
    const ws = await plainWorkspace();
    const res = await call(setClockEndpoint, { workspace: ws.slug }, { token: ws.token, json: { now: new Date(Date.now() + DAY).toISOString() } });
    expectError(res, 409, "conflict");
    expect(await clockOf(ws.id)).toBeNull();
    expect((await call(getClockEndpoint, { workspace: ws.slug }, { token: ws.token })).body.testClock).toBe(false);
  });

  it("10 concurrent sets with one key: one move, one audit row, equal answers", async () => {
    const sb = await newSandbox();
    const key = idemKey();
    const now = plus(sb.clockNow, 5 * DAY);
    const responses = await concurrently(10, () => call(setClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { now }, idempotencyKey: key }));
    expectOneEffectAnswers(responses, 200);
    expect(await auditRows(sb.id, "clock.set")).toHaveLength(1);
    expectError(await call(setClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { now: plus(now, DAY) }, idempotencyKey: key }), 422, "idempotency_key_reused");
    expect(await clockOf(sb.id)).toBe(now);
  });
});

describe("access", () => {
  const cases: Case[] = [
    { endpoint: getClockEndpoint },
    { endpoint: setClockEndpoint, json: { now: "2099-01-01T00:00:00Z" } },
    { endpoint: advanceClockEndpoint, json: { days: 1 } },
  ];

  it("401 without a token, with a bogus, a revoked or a non-bearer one; the clock stays", async () => {
    const sb = await newSandbox();
    await expectUnauthenticated(cases, sb);
    expect(await clockOf(sb.id)).toBe(sb.clockNow);
  });

  it("another workspace's slug answers exactly like a missing one; its clock stays", async () => {
    const a = await newSandbox();
    const b = await newSandbox();
    await expectSlugHidden(cases, a.token, b.slug);
    expect(await clockOf(b.id)).toBe(b.clockNow);
  });
});
