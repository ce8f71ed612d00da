/**
 * Issue 16's figures for reading the audit log: one workspace with a million events (by default),
 * the Audit tab's newest page, a filtered page deep in the list, and a full export as the API's
 * export streams it (the declared read writing into the response body's stream, read to the end
 * as a client would; outside Next, so without the route's authentication) with the process's
 * peak heap, each beside its
 * raw SQL floor (the same query as the owner on a plain connection: no scope, no RLS, no Node
 * work). Prints figures and the filtered page's plan, never a verdict.
 *
 *   npm run bench:audit-read [-- --events 1000000 --runs 20]
 * On DATABASE_URL, or the embedded bench server (EMBEDDED_PG_PORT). Builds a fresh workspace.
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { openDatabase } from "@/db/launch";
import { openWorkspace } from "@/lib/access/workspace";
import { streamOf } from "@/lib/api/stream";
import { AUDIT_COLUMNS } from "@/lib/audit/queries";
import { auditExport, auditPage } from "@/lib/audit/reads";
import { AUDIT_ACTIONS } from "@/lib/audit/vocabulary";
import { loadActor } from "@/lib/auth/accounts";
import { runRead } from "@/lib/operations/read";

const { values } = parseArgs({ options: { events: { type: "string", default: "1000000" }, runs: { type: "string", default: "20" } } });
const EVENTS = Number(values.events);
const RUNS = Number(values.runs);
const PAGE = 50;
/** The filtered page: one action of the vocabulary's 33 (about 30,000 events of a million), 20,000 rows down its list. */
const ACTION = "license.renewed";
const DEPTH = Math.min(20_000, Math.floor(EVENTS / AUDIT_ACTIONS.length / 2));

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const out = await fn();
  return [performance.now() - t0, out];
}

/** Median of `RUNS` runs after one warm-up. */
async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) ms.push((await timed(fn))[0]);
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)];
}

/** The keyset order as lib/audit/queries.ts spells it (NEWEST_FIRST), for the floors' plain SQL. */
const ORDER = "e.occurred_at desc nulls last, e.id desc nulls last";

const fmt = (ms: number) => (ms < 100 ? ms.toFixed(1) : Math.round(ms).toLocaleString("en"));
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

const db = await openDatabase({ name: "postgres-bench" });
const sql = postgres(db.ownerUrl, { max: 2, onnotice: () => {} });
try {
  const id = randomUUID();
  const slug = `bench-audit-read-${id.slice(0, 8)}`;
  await sql`insert into workspaces (id, slug, name, country, currency, locale, time_zone) values (${id}, ${slug}, ${slug}, 'PL', 'PLN', 'pl-PL', 'Europe/Warsaw')`;
  const [account] = await sql<{ id: string }[]>`
    insert into accounts (email, name, password_hash) values (${`${slug}@bench.test`}, 'Bench Admin', 'x') returning id`;
  await sql`insert into memberships (workspace_id, account_id, role) values (${id}, ${account.id}, 'admin')`;

  // A year and a half of events, one every ~45 s, 50 actors, 33 actions, 10,000 subjects. The chain
  // trigger is off for the fill (bench:audit measures it); reading does not look at hashes.
  console.log(`audit read bench: ${EVENTS.toLocaleString("en")} events in one workspace, ${RUNS} runs per page figure (median)`);
  const fill = async () => {
    for (let done = 0; done < EVENTS; done += 50_000) {
      await sql`insert into audit_events (workspace_id, actor_account_id, actor_label, action, subject_type, subject_id, data, occurred_at, recorded_at)
        select ${id}, ${account.id}, 'person' || (g % 50) || '@bench.test', (${AUDIT_ACTIONS as unknown as string[]}::text[])[1 + g % ${AUDIT_ACTIONS.length}],
               'directory_user', 'user-' || (g % 10000), jsonb_build_object('before', jsonb_build_object('seats', g % 7), 'after', jsonb_build_object('seats', g % 7 + 1), 'note', 'zażółć'),
               timestamptz '2025-06-01' + make_interval(secs => g * 45.0), timestamptz '2025-06-01' + make_interval(secs => g * 45.0)
          from generate_series(${done + 1}::int, ${Math.min(EVENTS, done + 50_000)}::int) g`;
    }
  };
  await sql`alter table audit_events disable trigger audit_events_chain`;
  const [fillMs] = await timed(() => fill().finally(() => sql`alter table audit_events enable trigger audit_events_chain`));
  await sql`vacuum analyze audit_events`;
  console.log(`fill: ${fmt(fillMs)} ms`);

  const ctx = await openWorkspace((await loadActor(account.id))!, slug);

  // The newest page, as the Audit tab reads it (one more row than a page).
  const newest = await median(() => runRead(ctx, auditPage.with({ filter: {}, after: null, limit: PAGE + 1 })));
  const newestFloor = await median(
    () => sql`select ${sql.unsafe(columnsText())} from audit_events e where e.workspace_id = ${id} order by ${sql.unsafe(ORDER)} limit ${PAGE + 1}`,
  );
  console.log(`newest page (${PAGE} + 1 rows): ${fmt(newest)} ms; SQL floor ${fmt(newestFloor)} ms`);
  const newestPlan = await sql.unsafe(`explain (costs off) select id from audit_events e where e.workspace_id = $1 order by ${ORDER} limit ${PAGE + 1}`, [id]);
  for (const line of newestPlan) console.log(`    ${(line as Record<string, string>)["QUERY PLAN"]}`);

  // A page of one action, DEPTH rows down its list (the cursor a user reaches by paging, or a link).
  const [edge] = await sql<{ occurredAt: string; id: string }[]>`
    select app_audit_instant(occurred_at) as "occurredAt", id::text from audit_events
     where workspace_id = ${id} and action = ${ACTION} order by occurred_at desc, id desc offset ${DEPTH} limit 1`;
  const deep = await median(() => runRead(ctx, auditPage.with({ filter: { action: ACTION }, after: edge, limit: PAGE + 1 })));
  const deepSql = `select ${columnsText()} from audit_events e where e.workspace_id = $1 and e.action = $2
     and (e.occurred_at, e.id) < ($3::timestamptz, $4::bigint) order by ${ORDER} limit ${PAGE + 1}`;
  const deepFloor = await median(() => sql.unsafe(deepSql, [id, ACTION, edge.occurredAt, edge.id]));
  console.log(`filtered page (action = ${ACTION}, ${DEPTH.toLocaleString("en")} rows deep): ${fmt(deep)} ms; SQL floor ${fmt(deepFloor)} ms`);
  const plan = await sql.unsafe(`explain (analyze, buffers, costs off) ${deepSql}`, [id, ACTION, edge.occurredAt, edge.id]);
  for (const line of plan) console.log(`    ${(line as Record<string, string>)["QUERY PLAN"]}`);

  // The full export, CSV, streamed as the export endpoint streams it; peak heap sampled meanwhile.
  global.gc?.();
  const baseHeap = process.memoryUsage().heapUsed;
  let peakHeap = baseHeap;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  }, 20);
  const [exportMs, { bytes, lines }] = await timed(async () => {
    let failure: unknown = null;
    const body = streamOf(
      (write) => runRead(ctx, auditExport.with({ filter: {}, format: "csv", write })),
      (e) => (failure = e),
    );
    let bytes = 0;
    let lines = 0;
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      for (const b of chunk) if (b === 10) lines++;
    }
    if (failure) throw failure;
    return { bytes, lines };
  });
  clearInterval(sampler);
  // The floor: PostgreSQL writing the same rows as CSV itself (COPY), read and discarded.
  const [copyMs, copyBytes] = await timed(async () => {
    let n = 0;
    // COPY takes no parameters: the id is this bench's own uuid.
    const stream = await sql.unsafe(`copy (select ${columnsText()} from audit_events e where e.workspace_id = '${id}' order by ${ORDER}) to stdout with csv`).readable();
    for await (const chunk of stream) n += (chunk as Buffer).byteLength;
    return n;
  });
  console.log(
    `export CSV, all ${(lines - 1).toLocaleString("en")} events (${mib(bytes)}): ${fmt(exportMs)} ms streamed, peak heap ${mib(peakHeap)} ` +
      `(+${mib(peakHeap - baseHeap)} over the start), peak RSS ${mib(peakRss)}; SQL floor (COPY … to stdout, ${mib(copyBytes)}) ${fmt(copyMs)} ms`,
  );
} finally {
  await sql.end();
  const { closeAppDb } = await import("@/db/client");
  await closeAppDb();
  await db.stop();
}

/** The Audit tab's column list as plain SQL text, for the floors on the owner's plain connection. */
function columnsText(): string {
  const chunks = (AUDIT_COLUMNS as unknown as { queryChunks: { value: string[] }[] }).queryChunks;
  return chunks.map((c) => c.value.join("")).join("");
}
