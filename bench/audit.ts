/**
 * Issue 16's figures for the audit chain: what the chain trigger adds to an audited insert (one
 * event per transaction through the app role, in sequence and in a concurrent burst on one
 * workspace, with the trigger on and off), and how fast `verifyChain` recomputes a long chain,
 * beside SQL floors over the same rows in the same run. Prints figures, never a verdict.
 *
 *   npm run bench:audit [-- --events 10000 --chain 100000 --lanes 8]
 * On DATABASE_URL, or the embedded bench server (EMBEDDED_PG_PORT). Builds fresh workspaces.
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { openDatabase } from "@/db/launch";
import * as schema from "@/db/schema";
import { withScope } from "@/db/scope";
import { recordAuditEvents } from "@/lib/audit";
import { verifyChain, type BatchRunner } from "@/lib/audit/verify";

const { values } = parseArgs({ options: { events: { type: "string", default: "10000" }, chain: { type: "string", default: "100000" }, lanes: { type: "string", default: "8" } } });
const EVENTS = Number(values.events);
const CHAIN = Number(values.chain);
const LANES = Number(values.lanes);
const ACTOR = { accountId: null, label: "bench:audit" };

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const out = await fn();
  return [performance.now() - t0, out];
}

/** The chain's two triggers: each row's link, and the head moved once per statement. */
async function chainTriggers(sql: postgres.Sql, how: "enable" | "disable"): Promise<void> {
  for (const trigger of ["audit_events_chain", "audit_events_chain_head"]) await sql.unsafe(`alter table audit_events ${how} trigger ${trigger}`);
}

async function newWorkspace(sql: postgres.Sql): Promise<string> {
  const id = randomUUID();
  const slug = `bench-audit-${id.slice(0, 8)}`;
  await sql`insert into workspaces (id, slug, name, country, currency, locale, time_zone) values (${id}, ${slug}, ${slug}, 'PL', 'PLN', 'pl-PL', 'Europe/Warsaw')`;
  return id;
}

/** `n` audited changes of one workspace, one event per transaction (as an operation writes it), in `lanes` parallel lanes. */
async function insertEvents(workspaceId: string, n: number, lanes: number): Promise<void> {
  let next = 0;
  const at = new Date();
  const lane = async () => {
    for (let i = next++; i < n; i = next++) {
      await withScope({ kind: "system", workspaceId }, (tx) =>
        recordAuditEvents(tx, workspaceId, ACTOR, [{ action: "bench.changed", subjectType: "directory_user", subjectId: randomUUID(), data: { i, productId: randomUUID() } }], at),
      );
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
}

const perSecond = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString("en")}/s`;
const per = (ms: number, n: number) => `${((ms / n) * 1000).toFixed(0)} µs/event`;

const db = await openDatabase({ name: "postgres-bench" });
const sql = postgres(db.ownerUrl, { max: 2, onnotice: () => {} });
try {
  console.log(`audit chain bench: ${EVENTS.toLocaleString("en")} audited inserts, burst of ${LANES} lanes, verify over ${CHAIN.toLocaleString("en")} events`);
  // Warm the pool, the plans and the trigger.
  await insertEvents(await newWorkspace(sql), 200, LANES);

  for (const [label, lanes] of [["sequential", 1], [`burst (${LANES} lanes, one workspace)`, LANES]] as const) {
    await chainTriggers(sql, "disable");
    const [off] = await timed(async () => insertEvents(await newWorkspace(sql), EVENTS, lanes));
    await chainTriggers(sql, "enable");
    const ws = await newWorkspace(sql);
    const [on] = await timed(() => insertEvents(ws, EVENTS, lanes));
    const check = await verifyChain((fn) => withScope({ kind: "system", workspaceId: ws }, fn, { readOnly: true }), "workspace", ws);
    console.log(
      `insert ${label}: without chain ${perSecond(EVENTS, off)} (${per(off, EVENTS)}), with chain ${perSecond(EVENTS, on)} (${per(on, EVENTS)}), ` +
        `${on >= off ? "+" : ""}${(((on - off) / off) * 100).toFixed(0)} % (commit-bound: noise of a shared machine shows here); chain ${check.broken ? `BROKEN at ${check.broken.id}` : "verifies"} (${check.events} events)`,
    );
  }

  // A long chain, inserted in multi-row statements as the owner (the trigger links each row): the
  // trigger's own cost per row, without a commit per event, beside the same fill without it.
  const fill = async (workspaceId: string) => {
    for (let done = 0; done < CHAIN; done += 5000) {
      await sql`insert into audit_events (workspace_id, actor_label, action, subject_type, subject_id, data, occurred_at)
                select ${workspaceId}, 'bench:audit', 'bench.changed', 'directory_user', gen_random_uuid()::text, jsonb_build_object('i', g, 'note', 'zażółć'), now()
                  from generate_series(1, ${Math.min(5000, CHAIN - done)}) g`;
    }
  };
  await chainTriggers(sql, "disable");
  const unchained = await newWorkspace(sql);
  const [plainFill] = await timed(() => fill(unchained));
  await chainTriggers(sql, "enable");
  await sql`delete from workspaces where id = ${unchained}`;
  const long = await newWorkspace(sql);
  const [chainFill] = await timed(() => fill(long));
  console.log(
    `fill ${CHAIN.toLocaleString("en")} events in 5,000-row statements: without chain ${perSecond(CHAIN, plainFill)} (${per(plainFill, CHAIN)}), ` +
      `with chain ${perSecond(CHAIN, chainFill)} (${per(chainFill, CHAIN)})`,
  );
  await sql`vacuum analyze audit_events`;

  const owner = drizzle(sql, { schema, casing: "snake_case" });
  const asOwner: BatchRunner = (fn) => owner.transaction(fn, { accessMode: "read only" });
  const [countMs] = await timed(() => sql`select count(*) from audit_events where workspace_id = ${long}`);
  const [shaMs] = await timed(
    () => sql`select sum(length(sha256(convert_to(data::text || coalesce(prev_hash, ''), 'UTF8')))) from audit_events where workspace_id = ${long}`,
  );
  const [sqlChainMs, [{ bad }]] = await timed(
    () => sql<{ bad: number }[]>`select count(*) filter (where app_audit_event_hash(e) <> e.hash)::int as bad from audit_events e where e.workspace_id = ${long}`,
  );
  const [verifyMs, report] = await timed(() => verifyChain(asOwner, "workspace", long));
  const [appMs] = await timed(() => verifyChain((fn) => withScope({ kind: "system", workspaceId: long }, fn, { readOnly: true }), "workspace", long));
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(`verify ${report.events.toLocaleString("en")} events: lib/audit/verify.ts ${Math.round(verifyMs)} ms (${perSecond(report.events, verifyMs)}) as owner, ${Math.round(appMs)} ms through the app role; ${report.broken ? "BROKEN" : "verifies"}; heap ${heap.toFixed(0)} MiB`);
  console.log(
    `  SQL floors, same rows: count(*) ${Math.round(countMs)} ms; sha256 over data per row ${Math.round(shaMs)} ms; ` +
      `the chain's own hash recomputed in SQL (no link check) ${Math.round(sqlChainMs)} ms, ${bad} mismatches`,
  );
} finally {
  await sql.end();
  const { closeAppDb } = await import("@/db/client");
  await closeAppDb();
  await db.stop();
}
