/**
 * The benchmark's large workspace, seeded once with set-based SQL as the owner (no row-by-row
 * inserts): 200 products, 100,000 directory users, 1,000,000 live assignments, unpaid orders,
 * and product_seats rows computed from the assignments themselves so the figures are consistent.
 * A later run finds the marker (the workspace with its seat rows) and reuses it.
 */
import type postgres from "postgres";

export const BENCH = {
  slug: "bench-large",
  products: 200,
  users: 100_000,
  perProduct: 5_000, // 200 × 5,000 = 1,000,000 assignments
  email: "bench.supervisor@bench.example",
  password: "bench-license-console",
} as const;

export type BenchWorkspace = { id: string; supervisorId: string; seeded: boolean; seconds: number };

export async function ensureBenchWorkspace(sql: postgres.Sql, hashPassword: (p: string) => Promise<string>): Promise<BenchWorkspace> {
  const started = Date.now();
  const [marker] = await sql<{ id: string; seats: number }[]>`
    select w.id, (select count(*)::int from product_seats s where s.workspace_id = w.id) as seats
      from workspaces w where w.slug = ${BENCH.slug}`;
  if (marker && marker.seats === BENCH.products) {
    const [acc] = await sql<{ id: string }[]>`select id from accounts where lower(email) = ${BENCH.email}`;
    return { id: marker.id, supervisorId: acc.id, seeded: false, seconds: 0 };
  }
  const passwordHash = await hashPassword(BENCH.password);
  const result = await sql.begin(async (tx) => {
    // A half-made workspace (should not exist: the seed is one transaction) is replaced.
    await tx`delete from workspaces where slug = ${BENCH.slug}`;
    await tx`delete from accounts where lower(email) = ${BENCH.email}`;
    const [pub] = await tx<{ id: string }[]>`
      insert into publishers (slug, name) values ('bench-publisher', 'Bench Software')
      on conflict (slug) do update set name = excluded.name returning id`;
    await tx`
      insert into products (publisher_id, sku, name, family, licensing_model, edition_rank, features)
      select ${pub.id}, 'BENCH-' || lpad(n::text, 4, '0'), 'Bench Product ' || lpad(n::text, 4, '0'), 'bench-' || (n % 20),
             (array['per_user', 'per_device', 'per_host'])[1 + n % 3]::licensing_model, 1 + n % 3, array['core']
        from generate_series(1, ${BENCH.products}) n
      on conflict (sku) do nothing`;
    await tx`
      insert into prices (product_id, currency, unit_amount_minor)
      select p.id, 'PLN', 10000 + (row_number() over (order by p.sku))::int * 100
        from products p where p.sku like 'BENCH-%'
         and not exists (select 1 from prices x where x.product_id = p.id and x.currency = 'PLN')`;
    const [ws] = await tx<{ id: string }[]>`
      insert into workspaces (slug, name, country, currency, locale, time_zone)
      values (${BENCH.slug}, 'Benchmark: 200 products, 100,000 users, 1,000,000 seats', 'PL', 'PLN', 'pl-PL', 'Europe/Warsaw')
      returning id`;
    const [acc] = await tx<{ id: string }[]>`
      insert into accounts (email, name, kind, password_hash) values (${BENCH.email}, 'Bench Supervisor', 'person', ${passwordHash}) returning id`;
    await tx`insert into memberships (workspace_id, account_id, role) values (${ws.id}, ${acc.id}, 'supervisor')`;
    // Anniversary in 20 days: the renewal window is open, so every figure of the Overview is live.
    const [contract] = await tx<{ id: string }[]>`
      insert into contracts (workspace_id, name, anniversary_date)
      values (${ws.id}, 'Annual agreement', (now() at time zone 'Europe/Warsaw')::date + 20) returning id`;
    await tx`
      insert into directory_users (workspace_id, email, name)
      select ${ws.id}, 'user' || n || '@bench.example', 'Bench User ' || lpad(n::text, 6, '0')
        from generate_series(0, ${BENCH.users - 1}) n`;
    await tx`create temp table bench_u on commit drop as
      select id, (row_number() over (order by email) - 1)::int as n from directory_users where workspace_id = ${ws.id}`;
    await tx`create unique index on bench_u (n)`;
    await tx`create temp table bench_p on commit drop as
      select id, (row_number() over (order by sku) - 1)::int as n from products where sku like 'BENCH-%'`;
    // Product p holds users (p·491 + k) mod 100,000 for k < 5,000: distinct per product.
    await tx`
      insert into assignments (workspace_id, product_id, directory_user_id, assigned_at)
      select ${ws.id}, p.id, u.id, now() - make_interval(mins => k)
        from bench_p p cross join generate_series(0, ${BENCH.perProduct - 1}) k
        join bench_u u on u.n = (p.n * 491 + k) % ${BENCH.users}`;
    await tx`
      insert into licenses (workspace_id, product_id, contract_id, name, quantity, licensing_model, source, term_start, term_end, purchased_at)
      select ${ws.id}, p.id, ${contract.id}, pr.name, ${BENCH.perProduct} + 100, pr.licensing_model, 'web_store',
             now() - interval '345 days', now() + interval '20 days', now() - interval '345 days'
        from bench_p p join products pr on pr.id = p.id`;
    // Two unpaid Add licenses orders per product (payment required), one paid renewal on two thirds.
    // Numbered as lib/orders numbers them: a per-workspace sequence (seq 1…400 for these, then
    // the renewals after them) behind "LC-<year>-<seq>".
    await tx`
      insert into orders (workspace_id, product_id, kind, quantity, amount_minor, currency, status, term_start, term_end, created_at, seq, number)
      select ${ws.id}, p.id, 'add_licenses', 5 + (p.n + i) % 7, (5 + (p.n + i) % 7) * 10000, 'PLN', 'unpaid', now(), now() + interval '20 days', now() - make_interval(hours => i),
             p.n * 2 + i, 'LC-' || extract(year from now())::int || '-' || lpad((p.n * 2 + i)::text, 6, '0')
        from bench_p p cross join generate_series(1, 2) i`;
    await tx`
      insert into orders (workspace_id, product_id, kind, quantity, amount_minor, currency, status, term_start, term_end, created_at, paid_at, seq, number)
      select ${ws.id}, p.id, 'renewal', ${BENCH.perProduct} - 50 * (p.n % 4), 1, 'PLN', 'paid', now() + interval '20 days', now() + interval '385 days', now() - interval '2 days', now() - interval '2 days',
             ${BENCH.products * 2 + 1} + p.n, 'LC-' || extract(year from now())::int || '-' || lpad((${BENCH.products * 2 + 1} + p.n)::text, 6, '0')
        from bench_p p where p.n % 3 <> 0`;
    // The seat rows, from the rows they summarise.
    await tx`
      insert into product_seats (workspace_id, product_id, used, purchased, renewed, unpaid)
      select ${ws.id}, p.id,
             (select count(*) from assignments a where a.workspace_id = ${ws.id} and a.product_id = p.id and a.state = 'active'),
             ${BENCH.perProduct} + 100,
             coalesce((select sum(quantity) from orders o where o.workspace_id = ${ws.id} and o.product_id = p.id and o.kind = 'renewal' and o.status = 'paid'), 0),
             coalesce((select sum(quantity) from orders o where o.workspace_id = ${ws.id} and o.product_id = p.id and o.kind <> 'renewal' and o.status = 'unpaid'), 0)
        from bench_p p`;
    return { id: ws.id, supervisorId: acc.id };
  });
  await sql`analyze assignments`;
  await sql`analyze directory_users`;
  await sql`analyze product_seats`;
  await sql`analyze orders`;
  return { ...result, seeded: true, seconds: (Date.now() - started) / 1000 };
}
