/**
 * Tamper evidence (issue 16): every audit event is chained to the previous event of its workspace
 * (of its reseller), and lib/audit/verify.ts names the first link an edit or a deletion broke.
 */
import { describe, expect, it } from "vitest";
import { withScope } from "@/db/scope";
import { drizzle } from "drizzle-orm/postgres-js";
import * as schema from "@/db/schema";
import { recordAuditEvents } from "@/lib/audit";
import { verifyChain, type BatchRunner } from "@/lib/audit/verify";
import { createAuditEvent, createReseller, createWorkspace, ownerSql } from "../factories";

const ACTOR = { accountId: null, label: "test:chain" };

/** Verifies through the app role, as the API will: row-level security shows the workspace's events and head. */
const inWorkspace = (workspaceId: string): BatchRunner => (fn) => withScope({ kind: "system", workspaceId }, fn, { readOnly: true });

/** The owner, as `npm run audit:verify` runs it (the migration owner looks past row-level security). */
const asOwner: BatchRunner = (fn) => drizzle(ownerSql(), { schema, casing: "snake_case" }).transaction(fn);

async function record(workspaceId: string, n: number, action = "test.chained") {
  await withScope({ kind: "system", workspaceId }, (tx) =>
    recordAuditEvents(tx, workspaceId, ACTOR, Array.from({ length: n }, (_, i) => ({ action, subjectType: "test", subjectId: String(i), data: { i, note: "zażółć | 1:x ~" } }))),
  );
}

async function ids(workspaceId: string): Promise<string[]> {
  const rows = await ownerSql()<{ id: string }[]>`select id::text from audit_events where workspace_id = ${workspaceId} order by id`;
  return rows.map((r) => r.id);
}

async function chainedWorkspace(events: number) {
  const ws = await createWorkspace();
  await createAuditEvent(ws.id);
  await record(ws.id, events - 1);
  return ws;
}

describe("the audit chain", () => {
  it("verifies a clean chain, across batches, and keeps other workspaces' chains apart", async () => {
    const ws = await chainedWorkspace(12);
    const other = await chainedWorkspace(3);
    const report = await verifyChain(inWorkspace(ws.id), "workspace", ws.id, { batchSize: 5 });
    expect(report).toMatchObject({ events: 12, broken: null, lastId: (await ids(ws.id)).at(-1) });
    expect(await verifyChain(inWorkspace(other.id), "workspace", other.id)).toMatchObject({ events: 3, broken: null });
    const [first] = await ownerSql()`select prev_hash from audit_events where workspace_id = ${ws.id} order by id limit 1`;
    expect(first.prev_hash).toBeNull();
  });

  it("overwrites whatever an insert says about id, prev_hash and hash", async () => {
    const ws = await chainedWorkspace(2);
    const [row] = await ownerSql()<{ id: string; hash: string; prev_hash: string | null }[]>`
      insert into audit_events (id, workspace_id, actor_label, action, subject_type, occurred_at, prev_hash, hash)
      values (1, ${ws.id}, 'forger', 'test.forged', 'test', now(), 'abc', 'def') returning id::text, hash, prev_hash`;
    expect(row.id).not.toBe("1");
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.prev_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyChain(inWorkspace(ws.id), "workspace", ws.id)).toMatchObject({ events: 3, broken: null });
  });

  it("names a row the owner edited by hand", async () => {
    const ws = await chainedWorkspace(6);
    const target = (await ids(ws.id))[3];
    await ownerSql()`update audit_events set data = '{"i": 99}' where id = ${target}`;
    const report = await verifyChain(inWorkspace(ws.id), "workspace", ws.id, { batchSize: 2 });
    expect(report.broken).toEqual({ id: target, reason: "hash", afterId: (await ids(ws.id))[2] });
  });

  it("names an edit that was re-hashed to hide it: the next link no longer holds", async () => {
    const ws = await chainedWorkspace(5);
    const all = await ids(ws.id);
    await ownerSql()`update audit_events e set actor_label = 'someone else' where id = ${all[1]}`;
    await ownerSql()`update audit_events e set hash = app_audit_event_hash(e) where id = ${all[1]}`;
    expect((await verifyChain(inWorkspace(ws.id), "workspace", ws.id)).broken).toEqual({ id: all[2], reason: "link", afterId: all[1] });
  });

  it("names the event after a deleted one, and a deleted newest event", async () => {
    const ws = await chainedWorkspace(5);
    const all = await ids(ws.id);
    await ownerSql()`delete from audit_events where id = ${all[2]}`;
    expect((await verifyChain(inWorkspace(ws.id), "workspace", ws.id)).broken).toEqual({ id: all[3], reason: "link", afterId: all[1] });

    const tail = await chainedWorkspace(4);
    const tailIds = await ids(tail.id);
    await ownerSql()`delete from audit_events where id = ${tailIds[3]}`;
    expect((await verifyChain(inWorkspace(tail.id), "workspace", tail.id)).broken).toEqual({ id: tailIds[3], reason: "head", afterId: tailIds[2] });
  });

  it("chains parallel transactions of one workspace in one total order", async () => {
    const ws = await chainedWorkspace(1);
    await Promise.all(Array.from({ length: 20 }, (_, i) => record(ws.id, 1 + (i % 3), `test.parallel.${i}`)));
    const report = await verifyChain(inWorkspace(ws.id), "workspace", ws.id, { batchSize: 7 });
    expect(report).toMatchObject({ events: 1 + 20 + 19, broken: null });
  });

  it("chains one statement's events of two workspaces, interleaved, and moves each head to its last", async () => {
    const [a, b] = [await chainedWorkspace(2), await chainedWorkspace(1)];
    const owners = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? b.id : a.id));
    await ownerSql().begin(async (sql) => {
      await sql`insert into audit_events (workspace_id, actor_label, action, subject_type, occurred_at)
                select w, 'test', 'test.interleaved', 'test', now() from unnest(${owners}::uuid[]) w`;
      await sql`insert into audit_events (workspace_id, actor_label, action, subject_type, occurred_at) values (${a.id}, 'test', 'test.again', 'test', now())`;
    });
    expect(await verifyChain(inWorkspace(a.id), "workspace", a.id, { batchSize: 9 })).toMatchObject({ events: 2 + 26 + 1, broken: null });
    expect(await verifyChain(inWorkspace(b.id), "workspace", b.id, { batchSize: 9 })).toMatchObject({ events: 1 + 14, broken: null });
    for (const ws of [a, b]) {
      const [head] = await ownerSql()`select last_id::text, last_hash from audit_chain_heads where workspace_id = ${ws.id}`;
      expect(head.last_id).toBe((await ids(ws.id)).at(-1));
    }
  });

  it("stays append-only for the app role", async () => {
    const ws = await chainedWorkspace(1);
    for (const statement of ["update audit_events set data = '{}'", "delete from audit_events", "update audit_chain_heads set last_hash = ''", "insert into audit_chain_heads values (gen_random_uuid(), 1, 'x')"]) {
      await expect(withScope({ kind: "system", workspaceId: ws.id }, (tx) => tx.execute(statement))).rejects.toMatchObject({ cause: { code: "42501" } });
    }
  });

  it("chains a reseller's own events the same way", async () => {
    const reseller = await createReseller();
    for (let i = 0; i < 3; i++) {
      await ownerSql()`insert into reseller_audit_events (reseller_id, actor_label, action, subject_type, data) values (${reseller.id}, 'test', 'test.reseller', 'test', ${ownerSql().json({ i })})`;
    }
    expect(await verifyChain(asOwner, "reseller", reseller.id)).toMatchObject({ events: 3, broken: null });
    const [second] = await ownerSql()<{ id: string }[]>`select id::text from reseller_audit_events where reseller_id = ${reseller.id} order by id offset 1 limit 1`;
    await ownerSql()`update reseller_audit_events set action = 'test.edited' where id = ${second.id}`;
    expect((await verifyChain(asOwner, "reseller", reseller.id)).broken).toMatchObject({ id: second.id, reason: "hash" });
  });
});
