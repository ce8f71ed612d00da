/** GET /workspaces/{workspace}/audit-events, /audit-events/verify and /audit-events/export. */
import { describe, expect, it } from "vitest";
import { exportAuditEventsEndpoint, listAuditEventsEndpoint, verifyAuditEventsEndpoint } from "@/lib/api/v1/audit";
import { createUserEndpoint } from "@/lib/api/v1/users";
import { ownerSql, uniq } from "../factories";
import { call, expectFieldError, expectSlugHidden, expectUnauthenticated, newSandbox, roleToken, type Case, type Json, type TestSandbox } from "./helpers";

async function addUsers(sb: TestSandbox, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, json: { name: `Person ${i}`, email: `${uniq("p")}@example.test` } });
    expect(res.status, res.text).toBe(201);
    ids.push(res.body.id);
  }
  return ids;
}

const list = (sb: { slug: string }, token: string, query: Record<string, string | number> = {}) => call(listAuditEventsEndpoint, { workspace: sb.slug }, { token, query });

describe("GET /audit-events", () => {
  it("lists a change as its API token made it, newest first; a viewer's token reads it too", async () => {
    const sb = await newSandbox();
    const [userId] = await addUsers(sb, 1);
    const viewer = await roleToken(sb, "viewer");
    const res = await list(sb, viewer.token, { action: "directory_user.created" });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      data: [
        {
          id: expect.stringMatching(/^\d+$/),
          occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/),
          recordedAt: expect.stringMatching(/Z$/),
          actorKind: "token",
          actorAccountId: expect.any(String),
          actorLabel: expect.stringMatching(/@api-tokens\.invalid$/),
          action: "directory_user.created",
          subjectType: "directory_user",
          subjectId: userId,
          data: expect.objectContaining({ name: "Person 0" }),
        },
      ],
      nextCursor: null,
    });
  });

  it("hands out cursors that walk every event once, and refuses one it did not issue", async () => {
    const sb = await newSandbox();
    await addUsers(sb, 5);
    const all = await list(sb, sb.token, { limit: 200 });
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await list(sb, sb.token, { limit: 2, ...(cursor ? { cursor } : {}) });
      expect(res.status, res.text).toBe(200);
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      ids.push(...res.body.data.map((e: Json) => e.id));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    expect(ids).toEqual(all.body.data.map((e: Json) => e.id));
    expect(ids.length).toBeGreaterThanOrEqual(6); // the sandbox's own events and five users
    expectFieldError(await list(sb, sb.token, { cursor: "eyJ4IjoxfQ.forged" }), "cursor");
  });

  it("a bad filter is a 422 in the documented shape, naming the field", async () => {
    const sb = await newSandbox();
    expectFieldError(await list(sb, sb.token, { action: "DROP TABLE" }), "action");
    expectFieldError(await list(sb, sb.token, { from: "yesterday" }), "from");
    // ISO's year 0000 passes zod's date checks; PostgreSQL has no year 0 and refused it with a 500.
    expectFieldError(await list(sb, sb.token, { from: "0000-01-01" }), "from");
    expectFieldError(await list(sb, sb.token, { to: "0000-06-01T00:00:00Z" }), "to");
    expectFieldError(await list(sb, sb.token, { from: "2026-03-02", to: "2026-03-01" }), "to");
    expectFieldError(await list(sb, sb.token, { subjectId: "x" }), "subjectId");
    expectFieldError(await list(sb, sb.token, { limit: 1000 }), "limit");
    expectFieldError(await list(sb, sb.token, { actor: "a\u0000b" }), "actor");
    expectFieldError(await call(exportAuditEventsEndpoint, { workspace: sb.slug }, { token: sb.token, query: { format: "xlsx" } }), "format");
  });

  it("answers another workspace's slug as a missing one, and 401 without a valid token", async () => {
    const [sb, other] = [await newSandbox(), await newSandbox()];
    const cases: Case[] = [{ endpoint: listAuditEventsEndpoint }, { endpoint: verifyAuditEventsEndpoint }, { endpoint: exportAuditEventsEndpoint }];
    await expectSlugHidden(cases, other.token, sb.slug);
    await expectUnauthenticated(cases, sb);
  });
});

describe("GET /audit-events/export", () => {
  it("streams the filter's events as CSV and as JSON Lines, in the list's order", async () => {
    const sb = await newSandbox();
    await addUsers(sb, 3);
    const filter = { action: "directory_user.created" };
    const listed = (await list(sb, sb.token, filter)).body.data as Json[];
    const csv = await call(exportAuditEventsEndpoint, { workspace: sb.slug }, { token: sb.token, query: { ...filter, format: "csv" } });
    expect(csv.status, csv.text).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="audit-${sb.slug}-\\d{4}-\\d\\d-\\d\\d\\.csv";`));
    expect(csv.headers.get("ratelimit-limit")).toMatch(/^\d+$/);
    // (Response.text() drops the byte-order mark; tests/db/audit/reads.test.ts sees it written.)
    const lines = csv.text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,occurred_at,recorded_at,actor_kind,actor,actor_account_id,action,subject_type,subject_id,data");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(listed.map((e) => e.id));
    expect(lines[1]).toContain(`,token,${listed[0].actorLabel},${listed[0].actorAccountId},directory_user.created,directory_user,${listed[0].subjectId},"{`);

    const jsonl = await call(exportAuditEventsEndpoint, { workspace: sb.slug }, { token: sb.token, query: { ...filter, format: "jsonl" } });
    expect(jsonl.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(jsonl.text.trimEnd().split("\n").map((l) => JSON.parse(l))).toEqual(listed);
  });

  it("guards cells a spreadsheet would run as formulas", async () => {
    const sb = await newSandbox();
    // Made by hand as the owner: labels and subject ids come from people and integrations.
    await ownerSql()`insert into audit_events (workspace_id, actor_label, action, subject_type, subject_id, occurred_at) values (${sb.id}, '@evil', 'order.created', 'order', '-1+1', now())`;
    const csv = await call(exportAuditEventsEndpoint, { workspace: sb.slug }, { token: sb.token, query: { action: "order.created" } });
    expect(csv.text).toContain(",'@evil,,order.created,order,'-1+1,{}");
  });
});

describe("GET /audit-events/verify", () => {
  it("verifies a clean chain and names the first edited event", async () => {
    const sb = await newSandbox();
    await addUsers(sb, 3);
    const clean = await call(verifyAuditEventsEndpoint, { workspace: sb.slug }, { token: (await roleToken(sb, "viewer")).token });
    expect(clean.status, clean.text).toBe(200);
    expect(clean.body).toEqual({ ok: true, events: expect.any(Number), lastId: expect.any(String), broken: null });
    const [second] = await ownerSql()<{ id: string }[]>`
      select id::text from audit_events where workspace_id = ${sb.id} and action = 'directory_user.created' order by id offset 1 limit 1`;
    await ownerSql()`update audit_events set data = '{"name":"someone else"}' where id = ${second.id}`;
    const broken = await call(verifyAuditEventsEndpoint, { workspace: sb.slug }, { token: sb.token });
    expect(broken.body).toEqual({ ok: false, events: expect.any(Number), lastId: expect.any(String), broken: { id: second.id, reason: "hash", afterId: expect.any(String) } });
  });
});
