/**
 * Resolving a shortage (seed 003): the preview, the Requires renewal list, bulk and tracked
 * unassignment, bad input, and the races between admins and the window-close job.
 */
import { describe, expect, it } from "vitest";
import { advanceClockEndpoint } from "@/lib/api/v1/clock";
import { listAssignmentsEndpoint, unassignEndpoint } from "@/lib/api/v1/products";
import { getOperationEndpoint, previewUnassignEndpoint, unassignUsersEndpoint } from "@/lib/api/v1/unassignments";
import { processBulkJob, resumeStalledBulkJobs } from "@/lib/jobs/bulk";
import { createWorkspace, ownerSql } from "./factories";
import {
  auditRows,
  call,
  concurrently,
  expectError,
  expectOneEffectAnswers,
  idemKey,
  issueTestToken,
  newSandbox,
  productIdOf,
  randomId,
  roleToken,
  seatsOf,
  STUDIO,
  type TestSandbox,
} from "./api/helpers";

/** The live seats of STUDIO, most recently assigned first (the order that decides who goes). */
async function mostRecent(sb: { id: string }) {
  return ownerSql()<{ userId: string; email: string }[]>`
    select directory_user_id as "userId", u.email from assignments a join directory_users u on u.id = a.directory_user_id
     where a.workspace_id = ${sb.id} and a.product_id = ${STUDIO} and a.state = 'active'
     order by a.assigned_at desc, a.id desc`;
}

const preview = (sb: TestSandbox, json: unknown, token = sb.token) => call(previewUnassignEndpoint, { workspace: sb.slug, productId: STUDIO }, { token, json });
const unassign = (sb: TestSandbox, json: unknown, opts: { token?: string; idempotencyKey?: string } = {}) =>
  call(unassignUsersEndpoint, { workspace: sb.slug, productId: STUDIO }, { token: opts.token ?? sb.token, json, idempotencyKey: opts.idempotencyKey });

/** How many times each user's seat ended (must never exceed 1 per live seat they had). */
async function endings(workspaceId: string) {
  return ownerSql()<{ userId: string; n: number }[]>`
    select directory_user_id as "userId", count(*)::int as n from assignments
     where workspace_id = ${workspaceId} and product_id = ${STUDIO} and state <> 'active' group by 1`;
}

describe("the unassignment preview", () => {
  it("unassigning 2 listed and 1 unlisted user of a shortage of 5 leaves 2 on the list", async () => {
    const sb = await newSandbox("renewal-window-50-45");
    const ranked = await mostRecent(sb);
    // The list is the 5 most recent, shown oldest first.
    const list = ranked.slice(0, 5).reverse();
    const chosen = [list[4].userId, list[2].userId, ranked[30].userId];

    const p = await preview(sb, { userIds: chosen });
    expect(p.status, p.text).toBe(200);
    expect(p.body).toMatchObject({ selected: 3, unassigned: 3, withoutSeat: 0, shortageBefore: 5, shortageAfter: 2, listBefore: 5, listAfter: 2, tracked: false });
    // Who leaves the list: the two unassigned, and the first listed user (dropped, not unassigned).
    expect(p.body.leavingList.map((u: { userId: string; unassigned: boolean }) => [u.userId, u.unassigned])).toEqual([
      [list[0].userId, false],
      [list[2].userId, true],
      [list[4].userId, true],
    ]);
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 50 }); // a preview changes nothing

    const done = await unassign(sb, { userIds: chosen });
    expect(done.body).toEqual({ operationId: null, status: "done", selected: 3, unassigned: 3, withoutSeat: 0 });
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 47, renewed: 45 });
    const after = await preview(sb, { allMatching: { requiresRenewal: true } });
    expect(after.body).toMatchObject({ selected: 2, shortageBefore: 2, listBefore: 2 });
    expect(after.body.leavingList.map((u: { userId: string }) => u.userId)).toEqual([list[1].userId, list[3].userId]);

    // Each is in the audit log: who did it, whom, why.
    const events = await auditRows(sb.id, "assignment.ended");
    expect(events.map((e) => e.subjectId).sort()).toEqual([...chosen].sort());
    expect(events.every((e) => e.data.reason === "manual" && e.actorAccountId !== null)).toBe(true);
    // Their data stays.
    const [{ n }] = await ownerSql()<{ n: number }[]>`select count(*)::int as n from directory_users where workspace_id = ${sb.id}`;
    expect(n).toBe(60);
  });

  it("unassigning the whole Requires renewal list ends the shortage and the flag", async () => {
    const sb = await newSandbox("renewal-window-50-45");
    const res = await unassign(sb, { allMatching: { requiresRenewal: true } });
    expect(res.body).toMatchObject({ status: "done", selected: 5, unassigned: 5 });
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 45, renewed: 45 });
    const p = await preview(sb, { allMatching: { requiresRenewal: true } });
    expect(p.body).toMatchObject({ selected: 0, shortageBefore: 0, listBefore: 0 });
  });

  it("'all matching' a search takes exactly the users the product list shows for it", async () => {
    const sb = await newSandbox("renewal-window-50-45");
    const [target] = await mostRecent(sb);
    const res = await unassign(sb, { allMatching: { q: target.email.toUpperCase() } });
    expect(res.body).toMatchObject({ selected: 1, unassigned: 1 });
    expect((await mostRecent(sb)).map((r) => r.userId)).not.toContain(target.userId);
  });

  it("'all matching' the Requires renewal list with a search takes the listed users that match, never others", async () => {
    const sb = await newSandbox("renewal-window-50-45");
    const ranked = await ownerSql()<{ userId: string; name: string; email: string }[]>`
      select directory_user_id as "userId", u.name, u.email from assignments a join directory_users u on u.id = a.directory_user_id
       where a.workspace_id = ${sb.id} and a.product_id = ${STUDIO} and a.state = 'active'
       order by a.assigned_at desc, a.id desc`;
    // A first name of a listed user that unlisted seat holders share: the search matches both kinds.
    const matching = (q: string) => ranked.filter((r) => r.name.toLowerCase().includes(q.toLowerCase()) || r.email.toLowerCase().includes(q.toLowerCase()));
    const q = ranked
      .slice(0, 5)
      .map((r) => r.name.split(" ")[0])
      .find((first) => matching(first).some((r) => ranked.indexOf(r) >= 5))!;
    expect(q).toBeTruthy();
    const expected = matching(q).filter((r) => ranked.indexOf(r) < 5);
    const p = await preview(sb, { allMatching: { q, requiresRenewal: true } });
    expect(p.body).toMatchObject({ selected: expected.length, unassigned: expected.length, shortageBefore: 5, shortageAfter: 5 - expected.length });
    const res = await unassign(sb, { allMatching: { q, requiresRenewal: true } });
    expect(res.body).toMatchObject({ selected: expected.length, unassigned: expected.length });
    const gone = new Set(expected.map((r) => r.userId));
    expect((await mostRecent(sb)).map((r) => r.userId)).toEqual(ranked.filter((r) => !gone.has(r.userId)).map((r) => r.userId));
  });
});

describe("bad input changes nothing", () => {
  it("an unknown or foreign user refuses the whole request; users without a seat are a no-op", async () => {
    const sb = await newSandbox("renewal-window-50-45");
    const other = await newSandbox("renewal-window-50-45");
    const [mine] = await mostRecent(sb);
    const [theirs] = await mostRecent(other);
    for (const stranger of [randomId(), theirs.userId]) {
      const res = await unassign(sb, { userIds: [mine.userId, stranger] });
      expectError(res, 404, "not_found");
      expect(res.body.error.details.unknownUserIds).toEqual([stranger]);
      expectError(await preview(sb, { userIds: [stranger] }), 404, "not_found");
    }
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 50 });

    const withoutSeat = (await ownerSql()<{ id: string }[]>`
      select id from directory_users u where workspace_id = ${sb.id}
         and not exists (select 1 from assignments a where a.directory_user_id = u.id and a.state = 'active') limit 2`).map((r) => r.id);
    const res = await unassign(sb, { userIds: [...withoutSeat, mine.userId, mine.userId] });
    expect(res.body).toMatchObject({ selected: 3, unassigned: 1, withoutSeat: 2 });
    const again = await unassign(sb, { userIds: [mine.userId] });
    expect(again.body).toMatchObject({ unassigned: 0, withoutSeat: 1 });
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 49 });
  });

  it("malformed selections are 422 with the field named", async () => {
    const sb = await newSandbox("renewal-window-50-45");
    for (const json of [{}, { userIds: [] }, { userIds: ["nope"] }, { userIds: [randomId()], allMatching: {} }, { allMatching: { q: "x".repeat(201) } }]) {
      const res = await unassign(sb, json);
      expect({ json, status: res.status, code: res.body?.error?.code }).toEqual({ json, status: 422, code: "validation_failed" });
    }
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 50 });
  });

  it("401 without a token, 403 for a viewer, 404 for another workspace's product", async () => {
    const sb = await newSandbox("renewal-window-50-45");
    const [u] = await mostRecent(sb);
    const viewer = await roleToken(sb, "viewer");
    expectError(await unassign(sb, { userIds: [u.userId] }, { token: "" }), 401, "unauthenticated");
    expectError(await unassign(sb, { userIds: [u.userId] }, { token: viewer.token }), 403, "forbidden");
    expectError(await preview(sb, { userIds: [u.userId] }, viewer.token), 403, "forbidden");
    // A product this workspace does not license, and a foreign workspace's slug.
    const notLicensed = await call(unassignUsersEndpoint, { workspace: sb.slug, productId: productIdOf("FB-ENDPOINT-CLOUD-PLUS") }, { token: sb.token, json: { userIds: [u.userId] } });
    expect(notLicensed.status).toBe(404);
    const foreign = await newSandbox("renewal-window-50-45");
    expectError(await call(unassignUsersEndpoint, { workspace: foreign.slug, productId: STUDIO }, { token: sb.token, json: { userIds: [u.userId] } }), 404, "not_found");
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 50 });
    expect(await seatsOf(foreign.id, STUDIO)).toMatchObject({ used: 50 });
  });

  it("a double-clicked confirm (one Idempotency-Key, sent 6 times at once) unassigns once", async () => {
    const sb = await newSandbox("renewal-window-50-45");
    const key = idemKey();
    const answers = await concurrently(6, () => unassign(sb, { allMatching: { requiresRenewal: true } }, { idempotencyKey: key }));
    expectOneEffectAnswers(answers, 200);
    expect(answers[0].body).toMatchObject({ unassigned: 5 });
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 45 });
  });
});

describe("races", () => {
  it("two admins unassigning overlapping users at once: exact counts, nobody unassigned twice (20 rounds)", async () => {
    for (let round = 0; round < 20; round++) {
      const sb = await newSandbox("renewal-window-50-45");
      const admin2 = await roleToken(sb, "admin");
      const ranked = await mostRecent(sb);
      const a = ranked.slice(0, 12).map((r) => r.userId);
      const b = ranked.slice(6, 20).map((r) => r.userId);
      const [ra, rb, rc] = await Promise.all([
        unassign(sb, { userIds: a }),
        unassign(sb, { userIds: b }, { token: admin2.token }),
        // A single unassignment of one of the shared users, through the other endpoint.
        call(unassignEndpoint, { workspace: sb.slug, productId: STUDIO, userId: a[8] }, { token: admin2.token }),
      ]);
      const union = new Set([...a, ...b]);
      expect(ra.body.unassigned + rb.body.unassigned + (rc.body.changed ? 1 : 0)).toBe(union.size);
      expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 50 - union.size });
      const ended = await endings(sb.id);
      expect(ended.length).toBe(union.size);
      expect(ended.every((e) => e.n === 1)).toBe(true);
      expect((await auditRows(sb.id, "assignment.ended")).length).toBe(union.size);
    }
  });

  it("an admin unassigning while the window closes: at most the shortage goes by the job, never over paid seats (10 rounds)", async () => {
    for (let round = 0; round < 10; round++) {
      const sb = await newSandbox("renewal-window-50-45");
      const ranked = await mostRecent(sb);
      // Two listed users and three unlisted ones, at the moment the window closes.
      const manual = [ranked[0], ranked[3], ranked[10], ranked[20], ranked[40]].map((r) => r.userId);
      const [adv, un] = await Promise.all([
        call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days: 45 } }),
        unassign(sb, { userIds: manual }),
      ]);
      expect(adv.status, adv.text).toBe(200);
      expect(un.status, un.text).toBe(200);
      const seats = await seatsOf(sb.id, STUDIO);
      expect(seats.used).toBeLessThanOrEqual(seats.purchased);
      expect(seats.purchased).toBe(45);
      const ended = await endings(sb.id);
      expect(ended.every((e) => e.n === 1)).toBe(true);
      const [{ manualN, jobN }] = await ownerSql()<{ manualN: number; jobN: number }[]>`
        select count(*) filter (where end_reason = 'manual')::int as "manualN", count(*) filter (where end_reason = 'window_closed')::int as "jobN"
          from assignments where workspace_id = ${sb.id} and product_id = ${STUDIO} and state <> 'active'`;
      // Admin first: 5 by hand, no shortage left for the job. Job first: it takes the 5 most
      // recent (two of the admin's choice among them), and the admin's request finds 3 to do.
      expect([[5, 0], [3, 5]]).toContainEqual([manualN, jobN]);
      expect(seats.used).toBe(50 - manualN - jobN);
      expect(seats.noAccess).toBe(jobN);
    }
  });
});

describe("a tracked operation for thousands of users", () => {
  /** A real (non-sandbox) workspace with `n` users holding seats of one product. */
  async function bigWorkspace(n: number) {
    const ws = await createWorkspace();
    const sql = ownerSql();
    await sql`insert into directory_users (workspace_id, name, email)
              select ${ws.id}, 'User ' || g, 'user' || g || '@big.example' from generate_series(1, ${n}) g`;
    await sql`insert into product_seats (workspace_id, product_id, used, purchased) values (${ws.id}, ${STUDIO}, ${n}, ${n})`;
    await sql`insert into assignments (workspace_id, product_id, directory_user_id, assigned_at)
              select ${ws.id}, ${STUDIO}, id, now() - (row_number() over (order by email)) * interval '1 minute'
                from directory_users where workspace_id = ${ws.id}`;
    const token = await issueTestToken(ws.id, "admin");
    return { ...ws, token: token.token, tokenId: token.id, clockNow: "", body: null } satisfies TestSandbox;
  }

  it("unassigns 2,500 users in chunks, with progress, once, even with two workers and a concurrent admin", { timeout: 60_000 }, async () => {
    const ws = await bigWorkspace(2_500);
    const res = await unassign(ws, { allMatching: {} });
    expect(res.body).toMatchObject({ status: "queued", selected: 2_500, unassigned: 0 });
    const opId = res.body.operationId as string;
    const status = () => call(getOperationEndpoint, { workspace: ws.slug, operationId: opId }, { token: ws.token });

    // A concurrent admin takes 10 of the same users while two workers run the operation.
    const ten = (await ownerSql()<{ id: string }[]>`select id from directory_users where workspace_id = ${ws.id} order by email limit 10`).map((r) => r.id);
    await Promise.all([processBulkJob(ws.id, opId), processBulkJob(ws.id, opId), unassign(ws, { userIds: ten })]);

    const done = await status();
    expect(done.body).toMatchObject({ status: "done", total: 2_500, done: 2_500 });
    expect(done.body.changed).toBeGreaterThanOrEqual(2_490);
    expect(await seatsOf(ws.id, STUDIO)).toMatchObject({ used: 0 });
    const ended = await endings(ws.id);
    expect(ended.length).toBe(2_500);
    expect(ended.every((e) => e.n === 1)).toBe(true);
    expect((await auditRows(ws.id, "assignment.ended")).length).toBe(2_500);
    expect((await auditRows(ws.id, "assignments.bulk_unassign_finished")).length).toBe(1);
  });

  it("resumes where a stopped process left it", { timeout: 60_000 }, async () => {
    const ws = await bigWorkspace(1_800);
    const res = await unassign(ws, { allMatching: {} });
    const opId = res.body.operationId as string;
    // As if a process died after the first chunk: progress 1,000 committed, then nothing.
    await processBulkJob(ws.id, opId).catch(() => {});
    await ownerSql()`update bulk_jobs set status = 'running', done = 1000, changed = 1000, finished_at = null,
                       updated_at = now() - interval '5 minutes' where id = ${opId}`;
    await ownerSql()`update assignments set state = 'active', ended_at = null, end_reason = null
                      where workspace_id = ${ws.id} and directory_user_id in (
                        select unnest(user_ids[1001:1800]) from bulk_jobs where id = ${opId})`;
    await ownerSql()`update product_seats set used = 800 where workspace_id = ${ws.id}`;
    expect(await resumeStalledBulkJobs(60)).toBeGreaterThanOrEqual(1);
    const op = await call(getOperationEndpoint, { workspace: ws.slug, operationId: opId }, { token: ws.token });
    expect(op.body).toMatchObject({ status: "done", done: 1_800 });
    expect(await seatsOf(ws.id, STUDIO)).toMatchObject({ used: 0 });
  });

  it("an operation is another workspace's 404", async () => {
    const ws = await bigWorkspace(1_100);
    const res = await unassign(ws, { allMatching: {} });
    const other = await newSandbox();
    expectError(await call(getOperationEndpoint, { workspace: other.slug, operationId: res.body.operationId }, { token: other.token }), 404, "not_found");
    expectError(await call(getOperationEndpoint, { workspace: ws.slug, operationId: randomId() }, { token: ws.token }), 404, "not_found");
  });
});

describe("the assignments list", () => {
  it("still pages most recently assigned first", async () => {
    const sb = await newSandbox("renewal-window-50-45");
    const res = await call(listAssignmentsEndpoint, { workspace: sb.slug, productId: STUDIO }, { token: sb.token, query: { limit: 5 } });
    expect(res.body.data.map((r: { userId: string }) => r.userId)).toEqual((await mostRecent(sb)).slice(0, 5).map((r) => r.userId));
  });
});
