/**
 * The reseller's licenses list at scale: 1,000 linked workspaces holding 100,000 licenses.
 *
 *   DATABASE_URL=postgres://... npm run bench:reseller
 *
 * Seeds once (generate_series, as the owner; later runs reuse the data), then times the page
 * query (rows + count) through the app's own path — the app role, row-level security, the
 * reseller scope — beside the very same SQL run raw as the owner (no RLS). Prints figures only.
 */
import postgres from "postgres";
import { closeAppDb } from "../db/client";
import { openDatabase } from "../db/launch";
import { seedCatalog } from "../db/seed/catalog";
import { asOwner } from "../db/seed/owner";
import { loadActor } from "../lib/auth/accounts";
import { inReseller, listResellerWorkspaces, openReseller } from "../lib/reseller";
import { listResellerLicenses, resellerLicenseQueries, type ResellerLicenseQuery } from "../lib/reseller/licenses";

const WORKSPACES = 1_000;
const LICENSES = 100_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const SLUG = "bench-reseller";
const STAFF = "bench-staff@bench-reseller.example";

const db = await openDatabase({ name: "postgres-bench" });
const owner = postgres(db.ownerUrl, { max: 2, onnotice: () => {} });

async function seed(): Promise<void> {
  const [{ n }] = await owner<{ n: number }[]>`select count(*)::int as n from products`;
  if (n === 0) await asOwner(db.ownerUrl, seedCatalog);
  const [existing] = await owner<{ licenses: number }[]>`
    select count(*)::int as licenses from licenses l join reseller_workspaces rw on rw.workspace_id = l.workspace_id
      join resellers r on r.id = rw.reseller_id where r.slug = ${SLUG}`;
  if (existing && existing.licenses >= LICENSES) return;
  const started = Date.now();
  await owner.begin(async (tx) => {
    await tx`delete from workspaces where slug like 'bench-rws-%'`;
    await tx`delete from resellers where slug = ${SLUG}`;
    await tx`delete from accounts where email = ${STAFF}`;
    const [r] = await tx<{ id: string }[]>`insert into resellers (slug, name) values (${SLUG}, 'Bench Reseller') returning id`;
    await tx`insert into accounts (email, name, password_hash, reseller_id) values (${STAFF}, 'Bench Staff', 'not-a-hash', ${r.id})`;
    await tx`
      insert into workspaces (slug, name, country, currency, locale, time_zone)
      select 'bench-rws-' || lpad(g::text, 4, '0'), 'Bench customer ' || lpad(g::text, 4, '0'),
             case when g % 2 = 0 then 'PL' else 'DE' end, case when g % 2 = 0 then 'PLN' else 'EUR' end,
             case when g % 2 = 0 then 'pl-PL' else 'de-DE' end, case when g % 2 = 0 then 'Europe/Warsaw' else 'Europe/Berlin' end
        from generate_series(1, ${WORKSPACES}) g`;
    await tx`insert into reseller_workspaces (reseller_id, workspace_id) select ${r.id}, id from workspaces where slug like 'bench-rws-%'`;
    await tx`
      with ws as (select array_agg(id order by slug) as ids from workspaces where slug like 'bench-rws-%'),
           pr as (select array_agg(id order by sku) as ids, array_agg(name order by sku) as names,
                         array_agg(licensing_model order by sku) as models, count(*)::int as n from products)
      insert into licenses (workspace_id, product_id, name, quantity, licensing_model, source, state, term_start, term_end, purchased_at)
      select ws.ids[1 + g % ${WORKSPACES}], pr.ids[1 + g % pr.n], pr.names[1 + g % pr.n] || ' #' || g, 1 + (g * 7) % 200,
             pr.models[1 + g % pr.n],
             (array['web_store', 'reseller', 'activation_code', 'request_key'])[1 + g % 4]::license_source,
             (array['active', 'active', 'active', 'expired', 'provisional', 'replaced'])[1 + g % 6]::license_state,
             now() - ((g * 13) % 700) * interval '1 day',
             now() + (((g * 37) % 760) - 120) * interval '1 day',
             timestamptz '2018-06-01' + ((g * 11) % 2900) * interval '1 day'
        from generate_series(1, ${LICENSES}) g, ws, pr`;
    await tx`
      insert into product_seats (workspace_id, product_id, used, purchased, unpaid)
      select l.workspace_id, l.product_id, sum(l.quantity)::int, sum(l.quantity)::int - 3, 2
        from licenses l join workspaces w on w.id = l.workspace_id where w.slug like 'bench-rws-%'
       group by l.workspace_id, l.product_id
      on conflict do nothing`;
  });
  await owner`analyze workspaces`;
  await owner`analyze licenses`;
  await owner`analyze reseller_workspaces`;
  console.log(`seeded ${WORKSPACES} workspaces, ${LICENSES} licenses in ${Date.now() - started} ms`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await fn(); // warm
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

await seed();
const [staff] = await owner<{ id: string }[]>`select id from accounts where email = ${STAFF}`;
const [sampleWs] = await owner<{ slug: string }[]>`select slug from workspaces where slug = 'bench-rws-0500'`;
const [sampleProduct] = await owner<{ id: string }[]>`select id from products order by sku limit 1`;
const actor = await loadActor(staff.id);
if (!actor) throw new Error("bench staff missing");
const ctx = await openReseller(actor, SLUG);

const base: ResellerLicenseQuery = { page: 1, size: 25, sort: "termEnd", dir: "asc", q: "", filters: {} };
const cases: [string, ResellerLicenseQuery][] = [
  ["termEnd asc, page 1", base],
  ["termEnd desc, page 40", { ...base, dir: "desc", page: 40 }],
  ["name asc, page 1", { ...base, sort: "name" }],
  ["workspace asc, page 1", { ...base, sort: "workspace" }],
  ["product desc, size 100", { ...base, sort: "product", dir: "desc", size: 100 }],
  ["filter workspace", { ...base, filters: { workspace: sampleWs.slug } }],
  ["filter product", { ...base, filters: { product: sampleProduct.id } }],
  ["filter state=expired", { ...base, filters: { state: "expired" } }],
  ["expires within 30 days", { ...base, filters: { expires: 30 } }],
  ["search 'Ultimate #99'", { ...base, q: "Ultimate #99" }],
];

const pad = (s: string, n: number) => s.padEnd(n);
const num = (n: number) => n.toFixed(1).padStart(8);
console.log(`runs per case: ${RUNS}`);
console.log(`${pad("case", 26)}${pad("rows", 6)}${pad("total", 8)}   app p50   app p95   raw p50   raw p95   (ms; app = app role + RLS + reseller scope; raw = same SQL as owner)`);
for (const [label, q] of cases) {
  const page = await inReseller(ctx, (tx) => listResellerLicenses(tx, ctx.reseller.id, q));
  const app = await time(() => inReseller(ctx, (tx) => listResellerLicenses(tx, ctx.reseller.id, q)));
  const { rows, count } = await inReseller(ctx, async (tx) => {
    const qs = resellerLicenseQueries(tx, ctx.reseller.id, q);
    return { rows: qs.rows.toSQL(), count: qs.count.toSQL() };
  });
  const raw = await time(() =>
    Promise.all([owner.unsafe(rows.sql, rows.params as postgres.ParameterOrJSON<never>[]), owner.unsafe(count.sql, count.params as postgres.ParameterOrJSON<never>[])]),
  );
  console.log(`${pad(label, 26)}${pad(String(page.rows.length), 6)}${pad(String(page.total), 8)}${num(app.p50)}  ${num(app.p95)}  ${num(raw.p50)}  ${num(raw.p95)}`);
}
const wsPage = { page: 1, size: 25, sort: "name" as const, dir: "asc" as const, q: "" };
const wsTime = await time(() => inReseller(ctx, (tx) => listResellerWorkspaces(tx, ctx.reseller.id, wsPage)));
const wsByShortage = await time(() => inReseller(ctx, (tx) => listResellerWorkspaces(tx, ctx.reseller.id, { ...wsPage, sort: "shortage", dir: "desc" })));
console.log(`${pad("workspaces page, by name", 40)}${num(wsTime.p50)}  ${num(wsTime.p95)}`);
console.log(`${pad("workspaces page, by shortage", 40)}${num(wsByShortage.p50)}  ${num(wsByShortage.p95)}`);

await owner.end();
await closeAppDb();
await db.stop();
