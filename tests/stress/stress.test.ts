/**
 * Nothing freezes, nothing leaks (issue 21), against the production build over HTTP:
 * 50 concurrent calls with mixed valid and invalid bodies for every mutating operation of
 * /api/v1, then the domain invariants and the pool's health; then SIGKILL in the middle of a
 * tracked bulk unassignment and of a renewal window's close, a restart, and exactly the right
 * users without their seats, once.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENDPOINTS } from "@/lib/api/v1";
import type { Json } from "../db/api/helpers";
import { must, sandbox, send, type Res, type Sandbox } from "./http";
import { CALLS, plans, STUDIO } from "./operations";
import { openStressDatabase, startServer, type RunningServer, type StressDatabase } from "./server";

let db: StressDatabase;
let server: RunningServer;
/** A sandbox whose reads tell whether the server still reaches its database. */
let probe: Sandbox;

beforeAll(async () => {
  db = await openStressDatabase();
  server = await startServer(db.url, { seed: true });
  probe = await sandbox();
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await db?.stop();
}, 60_000);

const mutating = () => ENDPOINTS.filter((e) => e.method !== "GET");

type Row = { operation: string; attempts: number; ok2xx: number; err4xx: number; s500: number; s5xx: number; hangs: number; violations: number; maxMs: number };
const figures: Row[] = [];
const problems: string[] = [];

function printTable(title: string, rows: Row[]) {
  const head = ["operation", "attempts", "2xx", "4xx", "500s", "other 5xx", "hangs", "invariant violations", "slowest ms"];
  const lines = rows.map((r) => [r.operation, r.attempts, r.ok2xx, r.err4xx, r.s500, r.s5xx, r.hangs, r.violations, Math.round(r.maxMs)].map(String));
  const total = rows.reduce(
    (t, r) => ({ a: t.a + r.attempts, o: t.o + r.ok2xx, f: t.f + r.err4xx, s: t.s + r.s500, x: t.x + r.s5xx, h: t.h + r.hangs, v: t.v + r.violations }),
    { a: 0, o: 0, f: 0, s: 0, x: 0, h: 0, v: 0 },
  );
  lines.push(["TOTAL", total.a, total.o, total.f, total.s, total.x, total.h, total.v, ""].map(String));
  const width = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (l: string[]) => l.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join("  ");
  console.log(`\n${title}\n${fmt(head)}\n${width.map((w) => "-".repeat(w)).join("  ")}\n${lines.map(fmt).join("\n")}\n`);
}

describe("load and faults, per mutating operation", () => {
  it("has a load plan for every mutating operation of the OpenAPI document", () => {
    const missing = mutating().map((e) => e.operationId).filter((id) => !(id in plans()));
    expect(missing).toEqual([]);
    expect(mutating().length).toBeGreaterThanOrEqual(25);
  });

  it("answers 50 concurrent mixed calls of each, never with 500, never hanging, and keeps each operation's invariants", { timeout: 900_000 }, async () => {
    const all = plans();
    for (const endpoint of mutating()) {
      const plan = all[endpoint.operationId];
      const row: Row = { operation: endpoint.operationId, attempts: 0, ok2xx: 0, err4xx: 0, s500: 0, s5xx: 0, hangs: 0, violations: 0, maxMs: 0 };
      figures.push(row);
      let ctx: Json;
      try {
        ctx = await plan.setup(db.sql);
      } catch (e) {
        row.violations++;
        problems.push(`${endpoint.operationId}: setup failed: ${(e as Error).message}`);
        continue;
      }
      const requests = Array.from({ length: CALLS }, (_, i) => plan.request(i, ctx));
      const answers: Res[] = await Promise.all(requests.map((r) => send(r)));
      answers.forEach((a, i) => {
        row.attempts++;
        row.maxMs = Math.max(row.maxMs, a.ms);
        if (a.hung) {
          row.hangs++;
          problems.push(`${endpoint.operationId} #${i}: no answer (${a.error}) to ${requests[i].method} ${requests[i].path}`);
        } else if (a.status === 500) {
          row.s500++;
          problems.push(`${endpoint.operationId} #${i}: 500 to ${requests[i].method} ${requests[i].path} ${JSON.stringify(requests[i].json ?? requests[i].raw ?? "").slice(0, 120)}`);
        } else if (a.status > 500) {
          row.s5xx++;
          problems.push(`${endpoint.operationId} #${i}: ${a.status} ${a.text.slice(0, 120)}`);
        } else if (a.status >= 400) row.err4xx++;
        else row.ok2xx++;
      });
      const broken = plan.check ? await plan.check(db.sql, ctx, answers).catch((e) => [`check failed: ${(e as Error).message}`]) : [];
      row.violations += broken.length;
      problems.push(...broken.map((b) => `${endpoint.operationId}: ${b}`));
      if (row.hangs && !(await healthy())) {
        // Frozen for good: say so, and measure the remaining operations on a fresh process.
        problems.push(`${endpoint.operationId}: the server stopped answering altogether; restarted it to go on`);
        server.kill();
        server = await startServer(db.url, { seed: false });
      }
    }
    const invariants = await domainInvariants();
    figures.push({ operation: "(all workspaces) domain invariants", attempts: 0, ok2xx: 0, err4xx: 0, s500: 0, s5xx: 0, hangs: 0, violations: invariants.length, maxMs: 0 });
    problems.push(...invariants);
    printTable("Load and faults: 50 concurrent calls per operation", figures);
    if (problems.length) console.log(`Problems (${problems.length}):\n  ${problems.slice(0, 80).join("\n  ")}`);
    // Every valid request of some operations must have worked: a burst of refusals proves nothing.
    const meantToSucceed = mutating().filter((e) => !all[e.operationId]?.refusedBy).length;
    expect(figures.filter((r) => r.ok2xx > 0).length, "operations with at least one success").toBeGreaterThanOrEqual(meantToSucceed - 4);
    expect(problems).toEqual([]);
  });

  it("keeps the pool healthy afterwards: a read answers in under a second", async () => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await send({ method: "GET", path: `/workspaces/${probe.slug}/products`, token: probe.token }, 10_000);
      expect(res.status, res.text).toBe(200);
      times.push(res.ms);
    }
    console.log(`pool health: reads after the load answered in ${times.map((t) => `${Math.round(t)} ms`).join(", ")}`);
    expect(Math.max(...times)).toBeLessThan(1_000);
  });
});

async function healthy(): Promise<boolean> {
  const res = await send({ method: "GET", path: `/workspaces/${probe.slug}/products`, token: probe.token }, 10_000);
  return !res.hung;
}

/** Seat figures agree with a recount, assigned never exceeds paid, a code redeems once. */
async function domainInvariants(): Promise<string[]> {
  const out: string[] = [];
  const drift = await db.sql`
    select s.workspace_id, s.product_id, s.used, s.purchased,
           (select count(*)::int from assignments a where a.workspace_id = s.workspace_id and a.product_id = s.product_id and a.state = 'active') as recount
      from product_seats s join products p on p.id = s.product_id
     where p.licensing_model = 'per_user'`;
  for (const d of drift) {
    if (d.recount !== d.used) out.push(`workspace ${d.workspace_id} product ${d.product_id}: used ${d.used}, recount ${d.recount}`);
    if (d.recount > d.purchased) out.push(`workspace ${d.workspace_id} product ${d.product_id}: ${d.recount} assigned > ${d.purchased} paid`);
  }
  const redeemed = await db.sql`
    select c.id, count(l.id)::int as n from activation_codes c join licenses l on l.id = c.redeemed_license_id or l.replaced_by_id = c.redeemed_license_id
     where c.redeemed_at is not null group by c.id having count(l.id) > 2`;
  out.push(...redeemed.map((r) => `activation code ${r.id} redeemed into ${r.n} licenses`));
  const keys = await db.sql`select workspace_id, key, count(*)::int as n from idempotency_keys group by 1, 2 having count(*) > 1`;
  out.push(...keys.map((k) => `Idempotency-Key ${k.key} stored ${k.n} times`));
  return out;
}

// ---------------------------------------------------------------------------------------------
// SIGKILL mid-operation

/** `n` more directory users of `ws`, each holding a paid seat of STUDIO (assigned before now). */
async function addSeatHolders(ws: Sandbox, n: number) {
  const tag = randomUUID().slice(0, 8);
  await db.sql.begin(async (sql) => {
    await sql`insert into directory_users (workspace_id, name, email)
              select ${ws.id}, 'Crash ' || g, 'crash-' || ${tag} || '-' || g || '@example.test' from generate_series(1, ${n}) g`;
    await sql`insert into assignments (workspace_id, product_id, directory_user_id, assigned_at)
              select ${ws.id}, ${STUDIO}, id, now() - interval '1 day' + (row_number() over (order by email)) * interval '1 second'
                from directory_users where workspace_id = ${ws.id} and email like ${`crash-${tag}-%`}`;
    await sql`update product_seats set used = used + ${n}, purchased = purchased + ${n} where workspace_id = ${ws.id} and product_id = ${STUDIO}`;
  });
}

const liveSeats = async (wsId: string) =>
  (await db.sql`select directory_user_id as id from assignments where workspace_id = ${wsId} and product_id = ${STUDIO} and state = 'active'
                 order by assigned_at desc, id desc`).map((r) => r.id as string);

async function endings(wsId: string) {
  return db.sql<{ id: string; n: number; reasons: string[] }[]>`
    select directory_user_id as id, count(*)::int as n, array_agg(distinct end_reason::text) as reasons from assignments
     where workspace_id = ${wsId} and product_id = ${STUDIO} and state <> 'active' group by 1`;
}

async function waitFor<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeoutMs: number, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

describe("a server killed mid-operation", () => {
  it("finishes a tracked unassignment of thousands of users and a window close after a restart, each user losing the seat once", { timeout: 400_000 }, async () => {
    // A tracked operation of 8,200 seats (9 chunks) and a window close with a shortage of 4,005.
    const bulk = await sandbox("bulk-1200");
    await addSeatHolders(bulk, 7_000);
    const bulkHolders = await liveSeats(bulk.id);
    const window = await sandbox("renewal-window-50-45");
    await addSeatHolders(window, 4_000);
    const [seats] = await db.sql`select used, renewed from product_seats where workspace_id = ${window.id} and product_id = ${STUDIO}`;
    const shortage = seats.used - seats.renewed;
    const losers = (await liveSeats(window.id)).slice(0, shortage);
    const closeKey = `stress-close-${randomUUID()}`;

    const queued = await must({ method: "POST", path: `/workspaces/${bulk.slug}/products/${STUDIO}/unassignments`, token: bulk.token, json: { allMatching: {} } });
    expect(queued).toMatchObject({ status: "queued", selected: bulkHolders.length });
    await waitFor(
      "the first chunk",
      async () => {
        const [op] = await db.sql`select done from bulk_jobs where id = ${queued.operationId}`;
        return op.done >= 1_000;
      },
      60_000,
      20,
    );
    const close = send({ method: "POST", path: `/workspaces/${window.slug}/clock/advance`, token: window.token, json: { days: 42 }, idempotencyKey: closeKey }, 60_000);
    await new Promise((r) => setTimeout(r, 400));
    server.kill();
    const killed = await close;

    const [mid] = await db.sql`select done, total, status from bulk_jobs where id = ${queued.operationId}`;
    const [closedBeforeKill] = await db.sql`select count(*)::int as n from idempotency_keys where workspace_id = ${window.id} and key = ${closeKey}`;
    console.log(
      `killed: bulk operation at ${mid.done}/${mid.total} (${mid.status}); window close ${closedBeforeKill.n ? "had committed" : "had not committed"} (client saw ${killed.status || killed.error})`,
    );
    expect(mid.done).toBeLessThan(mid.total);

    server = await startServer(db.url, { seed: false });
    // The caller retries its close with the same key: it runs now, or answers what it did.
    const retried = await must({ method: "POST", path: `/workspaces/${window.slug}/clock/advance`, token: window.token, json: { days: 42 }, idempotencyKey: closeKey }, 200);
    expect(retried.testClock).toBe(true);

    // The worker's sweep picks the stalled operation up (after 30 s idle, on its minute tick).
    const finished = await waitFor(
      "the resumed operation",
      async () => {
        const [op] = await db.sql`select done, total, changed, status from bulk_jobs where id = ${queued.operationId}`;
        return op.status === "done" ? op : null;
      },
      180_000,
      1_000,
    );
    expect(finished).toMatchObject({ done: bulkHolders.length, total: bulkHolders.length, changed: bulkHolders.length });

    const bulkEnded = await endings(bulk.id);
    expect(await liveSeats(bulk.id)).toEqual([]);
    expect(bulkEnded.map((e) => e.id).sort()).toEqual([...bulkHolders].sort());
    expect(bulkEnded.filter((e) => e.n !== 1)).toEqual([]);

    const windowEnded = await endings(window.id);
    expect(windowEnded.map((e) => e.id).sort()).toEqual([...losers].sort());
    expect(windowEnded.filter((e) => e.n !== 1 || e.reasons.join() !== "window_closed")).toEqual([]);
    const [after] = await db.sql`select used, purchased from product_seats where workspace_id = ${window.id} and product_id = ${STUDIO}`;
    expect(after.used).toBe(seats.used - shortage);
    expect(after.used).toBeLessThanOrEqual(after.purchased);
    const [closes] = await db.sql`select count(*)::int as n from audit_events where workspace_id = ${window.id} and action = 'renewal.window_closed'`;
    expect(closes.n).toBe(1);
    expect(await domainInvariants()).toEqual([]);
  });
});
