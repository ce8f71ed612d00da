/**
 * Issue 5's figures: unassigning 10,000 users in one operation, and the window-close job over
 * 1,000 workspaces with shortages, each beside the plain SQL of the same change. Prints
 * figures, never a verdict. Every round builds fresh workspaces (the change consumes them).
 *
 *   npm run bench -- unassign
 */
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { seedCatalog } from "@/db/seed/catalog";
import { seedId } from "@/lib/demo-data/ids";
import { asOwner } from "@/db/seed/owner";
import { openWorkspace } from "@/lib/access/workspace";
import { loadActor } from "@/lib/auth/accounts";
import { runDueTimersEverywhere } from "@/lib/jobs";
import { runOperation } from "@/lib/operations";
import { processBulkJob } from "@/lib/jobs/bulk";
import { unassignUsers } from "@/lib/seats/unassign";

const STUDIO = seedId("product:NW-STUDIO-ALL");

type Sql = postgres.Sql;

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const out = await fn();
  return [performance.now() - t0, out];
}

/** A workspace with `users` directory users, all holding a STUDIO seat, and an admin account. */
async function workspaceWithSeats(sql: Sql, users: number) {
  const id = randomUUID();
  const slug = `bench-unassign-${id.slice(0, 8)}`;
  await sql`insert into workspaces (id, slug, name, country, currency, locale, time_zone) values (${id}, ${slug}, ${slug}, 'PL', 'PLN', 'pl-PL', 'Europe/Warsaw')`;
  await sql`insert into directory_users (workspace_id, name, email)
            select ${id}, 'User ' || g, 'u' || g || '@bench.example' from generate_series(1, ${users}) g`;
  await sql`insert into product_seats (workspace_id, product_id, used, purchased) values (${id}, ${STUDIO}, ${users}, ${users})`;
  await sql`insert into assignments (workspace_id, product_id, directory_user_id, assigned_at)
            select ${id}, ${STUDIO}, u.id, now() - (row_number() over (order by u.email)) * interval '1 second'
              from directory_users u where u.workspace_id = ${id}`;
  const accountId = randomUUID();
  await sql`insert into accounts (id, email, name, password_hash) values (${accountId}, ${`admin-${id}@bench.example`}, 'Bench admin', 'x')`;
  await sql`insert into memberships (workspace_id, account_id, role) values (${id}, ${accountId}, 'admin')`;
  await sql`analyze assignments`;
  return { id, slug, accountId };
}

/** The same change as one plain statement set: what the operation costs beyond the floor. */
async function plainUnassign(sql: Sql, workspaceId: string) {
  await sql.begin(async (tx) => {
    await tx`select 1 from product_seats where workspace_id = ${workspaceId} and product_id = ${STUDIO} for update`;
    const ended = await tx`
      with ended as (
        update assignments set state = 'unassigned', ended_at = now(), end_reason = 'manual'
         where workspace_id = ${workspaceId} and product_id = ${STUDIO} and state = 'active'
        returning directory_user_id)
      insert into audit_events (workspace_id, actor_label, action, subject_type, subject_id, data, occurred_at)
      select ${workspaceId}, 'bench', 'assignment.ended', 'directory_user', directory_user_id::text, '{}'::jsonb, now() from ended
      returning 1`;
    await tx`update product_seats set used = used - ${ended.length} where workspace_id = ${workspaceId} and product_id = ${STUDIO}`;
  });
}

/** `n` real-time workspaces, each with 20 users assigned and 15 renewed, their window closed a minute ago. */
async function workspacesAtWindowClose(sql: Sql, n: number): Promise<string[]> {
  const tag = randomUUID().slice(0, 8);
  const ids = await sql<{ id: string }[]>`
    insert into workspaces (slug, name, country, currency, locale, time_zone)
    select 'bench-close-' || ${tag} || '-' || g, 'Bench close ' || g, 'PL', 'PLN', 'pl-PL', 'Europe/Warsaw' from generate_series(1, ${n}) g
    returning id`;
  const list = ids.map((r) => r.id);
  await sql`insert into contracts (workspace_id, name, anniversary_date) select w, 'Annual', current_date - 31 from unnest(${list}::uuid[]) w`;
  await sql`insert into licenses (workspace_id, product_id, contract_id, name, quantity, licensing_model, source, term_start, term_end, purchased_at)
            select c.workspace_id, ${STUDIO}, c.id, 'Studio', 20, 'per_user', 'web_store', now() - interval '1 year', now(), now() - interval '1 year'
              from contracts c where c.workspace_id = any(${list}::uuid[])`;
  await sql`insert into product_seats (workspace_id, product_id, used, purchased, renewed) select w, ${STUDIO}, 20, 20, 15 from unnest(${list}::uuid[]) w`;
  await sql`insert into directory_users (workspace_id, name, email)
            select w, 'User ' || g, 'u' || g || '@close.example' from unnest(${list}::uuid[]) w, generate_series(1, 20) g`;
  await sql`insert into assignments (workspace_id, product_id, directory_user_id, assigned_at)
            select workspace_id, ${STUDIO}, id, now() - (row_number() over (partition by workspace_id order by email)) * interval '1 day'
              from directory_users where workspace_id = any(${list}::uuid[])`;
  await sql`insert into workspace_timers (workspace_id, kind, key, due_at, payload)
            select c.workspace_id, 'renewal.window_close', c.id || ':' || c.anniversary_date, now() - interval '1 minute',
                   jsonb_build_object('contractId', c.id, 'anniversary', c.anniversary_date::text)
              from contracts c where c.workspace_id = any(${list}::uuid[])`;
  await sql`analyze`;
  return list;
}

/** The window close for every one of `ids` as one set-based statement: the floor for the job. */
async function plainWindowClose(sql: Sql, ids: string[]) {
  await sql.begin(async (tx) => {
    await tx`select 1 from product_seats where workspace_id = any(${ids}::uuid[]) for update`;
    await tx`
      with ranked as (
        select a.id, a.workspace_id, row_number() over (partition by a.workspace_id order by a.assigned_at desc, a.id desc) as r, s.used - s.renewed as lose
          from assignments a join product_seats s on s.workspace_id = a.workspace_id and s.product_id = a.product_id
         where a.workspace_id = any(${ids}::uuid[]) and a.state = 'active')
      update assignments a set state = 'no_access', ended_at = now(), end_reason = 'window_closed'
        from ranked where ranked.id = a.id and ranked.r <= ranked.lose`;
    await tx`update product_seats set no_access = no_access + (used - renewed), used = renewed, purchased = renewed, renewed = 0
              where workspace_id = any(${ids}::uuid[])`;
    await tx`update workspace_timers set done_at = now() where workspace_id = any(${ids}::uuid[]) and done_at is null`;
  });
}

export async function benchUnassign(ownerUrl: string, rounds = 3): Promise<void> {
  // The demo catalogue's product (idempotent; the pages bench seeds products of its own).
  await asOwner(ownerUrl, seedCatalog);
  const sql = postgres(ownerUrl, { max: 4, onnotice: () => {} });
  try {
    const op: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const a = await workspaceWithSeats(sql, 10_000);
      const actor = (await loadActor(a.accountId))!;
      const ctx = await openWorkspace(actor, a.slug);
      const [ms] = await timed(async () => {
        const { result } = await runOperation(unassignUsers, ctx, { productId: STUDIO, allMatching: {} });
        await processBulkJob(a.id, result.operationId!);
      });
      const [[{ used }]] = [await sql<{ used: number }[]>`select used from product_seats where workspace_id = ${a.id}`];
      if (used !== 0) throw new Error(`the operation left ${used} seats`);
      op.push(ms);
      const b = await workspaceWithSeats(sql, 10_000);
      plain.push((await timed(() => plainUnassign(sql, b.id)))[0]);
    }

    const job: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < Math.min(rounds, 2); i++) {
      await workspacesAtWindowClose(sql, 1_000);
      const [ms, ran] = await timed(async () => {
        let total = 0;
        for (let n = -1; n !== 0; total += n) n = await runDueTimersEverywhere(new Date(), 100);
        return total;
      });
      if (ran < 1_000) throw new Error(`only ${ran} window closes ran`);
      job.push(ms);
      const ids = await workspacesAtWindowClose(sql, 1_000);
      floor.push((await timed(() => plainWindowClose(sql, ids)))[0]);
    }

    const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    const row = (name: string, app: number[], base: number[]) =>
      `${name.padEnd(46)} ${med(app).toFixed(0).padStart(8)} ms ${med(base).toFixed(0).padStart(8)} ms ${(med(app) / med(base)).toFixed(2).padStart(7)}×`;
    console.log(`\n${"change (median of rounds)".padEnd(46)} ${"console".padStart(11)} ${"plain SQL".padStart(11)} ${"ratio".padStart(8)}`);
    console.log(row(`unassign 10,000 users (${rounds} rounds)`, op, plain));
    console.log(row(`window close, 1,000 workspaces (${job.length} rounds)`, job, floor));
    console.log(
      "\nThe console's figures include what plain SQL skips: per-user audit events with e-mails, chunked commits\n" +
        "with progress, per-workspace transactions and locks, e-mail to each workspace's admins, the next timer.",
    );
  } finally {
    // The rounds consume their workspaces: remove them (rows cascade) so the bench database does not grow.
    await sql`delete from workspaces where slug like 'bench-unassign-%' or slug like 'bench-close-%'`;
    await sql`delete from accounts where email like 'admin-%@bench.example'`;
    await sql.end();
  }
}
