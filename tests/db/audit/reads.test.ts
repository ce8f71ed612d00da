/**
 * The audit log's reads (lib/audit/reads.ts) as the Audit tab and the API run them: newest first,
 * keyset pages both ways without a skipped or repeated event, each filter, the export, and
 * tenancy (another workspace's events never show, whatever the filter or a forged context says).
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { withScope } from "@/db/scope";
import { openWorkspace, type WorkspaceContext } from "@/lib/access/workspace";
import { recordAuditEvents, type AuditActor } from "@/lib/audit";
import type { AuditFilter } from "@/lib/audit/filters";
import { auditExport, auditPage } from "@/lib/audit/reads";
import type { AuditRow } from "@/lib/audit/queries";
import { loadActor } from "@/lib/auth/accounts";
import { runRead } from "@/lib/operations/read";
import { addMembership, createAccount, createWorkspace, ownerSql, type TestWorkspace } from "../factories";

const ANA: AuditActor = { accountId: randomUUID(), label: "ana@example.test" };
const JOB: AuditActor = { accountId: null, label: "job:renewal.window_close" };

let A: TestWorkspace;
let B: TestWorkspace;
let viewerA: WorkspaceContext;
let adminA: WorkspaceContext;
let adminB: WorkspaceContext;

/** `n` events at `at` (one statement: same moment, ids ascending), as a change would record them. */
async function record(ws: TestWorkspace, actor: AuditActor, at: string, events: { action: string; subjectType: string; subjectId?: string; data?: Record<string, unknown> }[]) {
  await withScope({ kind: "system", workspaceId: ws.id }, (tx) => recordAuditEvents(tx, ws.id, actor, events, new Date(at)));
}

async function member(ws: TestWorkspace, role: "viewer" | "admin"): Promise<WorkspaceContext> {
  const account = await createAccount();
  await addMembership(ws.id, account.id, role);
  return openWorkspace((await loadActor(account.id))!, ws.slug);
}

const page = (ctx: WorkspaceContext, filter: AuditFilter, more: { limit?: number; after?: AuditRow; before?: AuditRow } = {}) =>
  runRead(
    ctx,
    auditPage.with({
      filter,
      limit: more.limit ?? 50,
      ...(more.before ? { before: { occurredAt: more.before.occurredAt, id: more.before.id } } : { after: more.after ? { occurredAt: more.after.occurredAt, id: more.after.id } : null }),
    }),
  );

/** Every event of A as the owner sees it, newest first: the oracle. */
async function allOf(ws: TestWorkspace) {
  const rows = await ownerSql()<{ id: string }[]>`select id::text from audit_events where workspace_id = ${ws.id} order by occurred_at desc, id desc`;
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  // PL workspaces: Europe/Warsaw, UTC+1 in winter (the day filter's edges are checked against it).
  A = await createWorkspace({ country: "PL" });
  B = await createWorkspace({ country: "PL" });
  // 3 events in one statement (one moment), then one an hour.
  await record(A, ANA, "2026-03-01T22:30:00.000Z", [
    { action: "directory_user.created", subjectType: "directory_user", subjectId: "u1", data: { name: "Ala" } },
    { action: "directory_user.created", subjectType: "directory_user", subjectId: "u2", data: { name: "Ola" } },
    { action: "directory_user.created", subjectType: "directory_user", subjectId: "u3", data: { name: "Ela" } },
  ]);
  for (let i = 0; i < 9; i++) {
    await record(A, i % 3 === 0 ? JOB : ANA, `2026-03-02T0${i}:00:00.000Z`, [
      { action: i % 2 ? "license.renewed" : "assignment.ended", subjectType: "license", subjectId: `l${i % 2}`, data: { before: { seats: i }, after: { seats: i + 1 } } },
    ]);
  }
  // B: the same subjects, actors and actions: a filter that matches them must still not show them in A.
  await record(B, ANA, "2026-03-02T01:00:00.000Z", [{ action: "license.renewed", subjectType: "license", subjectId: "l1", data: { secret: "B" } }]);
  viewerA = await member(A, "viewer");
  adminA = await member(A, "admin");
  adminB = await member(B, "admin");
});

describe("audit reads", () => {
  it("pages newest first by keyset, forwards and back, without skipping or repeating an event of the same moment", async () => {
    const oracle = await allOf(A);
    expect(oracle).toHaveLength(12);
    const seen: string[] = [];
    const pages: AuditRow[][] = [];
    let after: AuditRow | undefined;
    for (;;) {
      const rows = await page(adminA, {}, { limit: 4, after });
      pages.push(rows);
      seen.push(...rows.map((r) => r.id));
      if (rows.length < 4) break;
      after = rows.at(-1);
    }
    expect(seen).toEqual(oracle);
    // Back from the third page's first row: exactly the second page.
    const back = await page(adminA, {}, { limit: 4, before: pages[2][0] });
    expect(back.map((r) => r.id)).toEqual(pages[1].map((r) => r.id));
    expect(pages[0][0]).toMatchObject({ action: "assignment.ended", actorKind: "person", occurredAt: "2026-03-02T08:00:00.000000Z", data: { before: { seats: 8 }, after: { seats: 9 } } });
  });

  it("keeps the microseconds of a moment in its cursor: three events inside one millisecond page one by one", async () => {
    const C = await createWorkspace({ country: "DE" });
    // As the owner, to set moments a JavaScript Date cannot hold (an operation's come from now()).
    await ownerSql()`insert into audit_events (workspace_id, actor_label, action, subject_type, occurred_at)
      select ${C.id}, 'ana@example.test', 'order.created', 'order', ('2026-03-03T10:00:00.00000' || n || 'Z')::timestamptz from generate_series(1, 3) n`;
    const ctx = await member(C, "viewer");
    const seen: string[] = [];
    let after: AuditRow | undefined;
    for (let i = 0; i < 4; i++) {
      const rows = await page(ctx, {}, { limit: 1, after });
      if (rows.length === 0) break;
      seen.push(rows[0].occurredAt);
      after = rows[0];
    }
    expect(seen).toEqual(["2026-03-03T10:00:00.000003Z", "2026-03-03T10:00:00.000002Z", "2026-03-03T10:00:00.000001Z"]);
  });

  it("filters by actor, action, subject and a day range in the workspace's time zone", async () => {
    const ids = async (filter: AuditFilter) => (await page(viewerA, filter)).map((r) => r.action + "@" + r.occurredAt);
    expect(await ids({ actor: JOB.label })).toHaveLength(3);
    expect((await page(viewerA, { actor: JOB.label }))[0].actorKind).toBe("job");
    expect(await ids({ action: "license.renewed" })).toHaveLength(4);
    expect(await ids({ subjectType: "license", subjectId: "l0" })).toHaveLength(5);
    expect(await ids({ subjectType: "directory_user" })).toHaveLength(3);
    // 22:30 UTC on 1 March is 23:30 in Warsaw: still 1 March there; 2 March there starts at 23:00 UTC.
    expect(await ids({ from: "2026-03-01", to: "2026-03-01" })).toHaveLength(3);
    expect(await ids({ from: "2026-03-02" })).toHaveLength(9);
    // A moment range: from inclusive, to exclusive.
    expect(await ids({ from: "2026-03-02T03:00:00Z", to: "2026-03-02T05:00:00Z" })).toEqual([
      "assignment.ended@2026-03-02T04:00:00.000000Z",
      "license.renewed@2026-03-02T03:00:00.000000Z",
    ]);
    expect(await ids({ actor: ANA.label, action: "license.renewed", subjectType: "license", subjectId: "l1" })).toHaveLength(3);
    expect(await ids({ actor: "nobody@example.test" })).toEqual([]);
  });

  it("never shows another workspace's events: not by filter, not with a context pointed at it", async () => {
    const inA = await page(adminA, { subjectType: "license", subjectId: "l1" });
    expect(inA.every((r) => !("secret" in r.data))).toBe(true);
    expect(await page(adminB, {})).toEqual([expect.objectContaining({ data: { secret: "B" } })]);
    // A's viewer with B's workspace in its context (a bug upstream): RLS shows nothing of B.
    const forged = { ...viewerA, workspace: { ...viewerA.workspace, id: B.id } };
    expect(await page(forged, {})).toEqual([]);
    // And B's admin cannot open A at all (the 404 a page and the API answer).
    await expect(openWorkspace(adminB.actor, A.slug)).rejects.toMatchObject({ status: 404 });
  });

  it("exports every selected event in page order, as CSV and as JSON Lines", async () => {
    const write = (out: string[]) => async (text: string) => void out.push(text);
    const csv: string[] = [];
    const n = await runRead(viewerA, auditExport.with({ filter: { subjectType: "license" }, format: "csv", write: write(csv) }));
    expect(n).toBe(9);
    expect(csv[0].startsWith("\ufeff"), "a byte-order mark: Excel reads the file as UTF-8").toBe(true);
    const lines = csv.join("").slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,occurred_at,recorded_at,actor_kind,actor,actor_account_id,action,subject_type,subject_id,data");
    expect(lines).toHaveLength(10);
    expect(lines[1]).toMatch(/^\d+,2026-03-02T08:00:00\.000000Z,[^,]+,person,ana@example\.test,[0-9a-f-]{36},assignment\.ended,license,l0,"\{""after"":\{""seats"":9\},""before"":\{""seats"":8\}\}"$/);
    const jsonl: string[] = [];
    await runRead(viewerA, auditExport.with({ filter: {}, format: "jsonl", write: write(jsonl) }));
    const rows = jsonl.join("").trimEnd().split("\n").map((l) => JSON.parse(l) as AuditRow);
    expect(rows.map((r) => r.id)).toEqual(await allOf(A));
  });
});
