/**
 * Issue 12: the consistency oracle. Random sequences of what people and publishers do to a
 * workspace — assign, unassign, bulk unassign, order, pay, cancel, renew online, apply an
 * activation code, install a key, report a host, decide a reset, advance the clock — run through
 * the API's own route handlers on sandboxes of every licensing model. After every step each
 * product's figures in GET …/products must equal the Overview's and a recount from the base
 * tables, and the ledger invariants must hold: no term renewed twice, no paid order without its
 * effect, no effect without a paid order, no license live after its end.
 *
 * Bounded by default (ORACLE_RUNS sequences of up to ORACLE_STEPS steps). On failure fast-check
 * prints the seed, the path and the shrunk sequence; replay with FC_SEED=<seed> FC_PATH=<path>.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withScope } from "@/db/scope";
import { openPublisher } from "@/lib/access/publisher";
import { applyActivationCodeEndpoint, getLicenseEndpoint, issueActivationCodeEndpoint } from "@/lib/api/v1/activation";
import { advanceClockEndpoint, getClockEndpoint } from "@/lib/api/v1/clock";
import { reportUnusableEndpoint } from "@/lib/api/v1/hosts";
import { addRequestKeyEndpoint, checkOnlineEndpoint } from "@/lib/api/v1/keys";
import { cancelOrderEndpoint, createOrderEndpoint, payOrderEndpoint } from "@/lib/api/v1/orders";
import { assignEndpoint, listProductsEndpoint, unassignEndpoint } from "@/lib/api/v1/products";
import { getRenewalEndpoint, renewLicenseEndpoint } from "@/lib/api/v1/renewals";
import { unassignUsersEndpoint } from "@/lib/api/v1/unassignments";
import { loadActor } from "@/lib/auth/accounts";
import { AppError } from "@/lib/errors";
import { decideResetItem } from "@/lib/hosts/publisher";
import { demoRequestKey } from "@/lib/request-keys/demo";
import { getOverview } from "@/lib/overview";
import { renewalState } from "@/lib/renewal/state";
import { ownerSql } from "./factories";
import { call, idemKey, newSandbox, type ApiResponse, type Json, type SandboxTemplateName, type TestSandbox } from "./api/helpers";
import { recountSeats } from "./recount";

const RUNS = Number(process.env.ORACLE_RUNS ?? 10);
const STEPS = Number(process.env.ORACLE_STEPS ?? 8);

/** Every licensing model: per user (inside and outside the window), per device, per host. */
const TEMPLATES: SandboxTemplateName[] = ["outside-window", "renewal-window-50-45", "activation-devices", "hosts-two-publishers"];

/** Catalogue SKUs an activation code or an order may name (a licensed product or not). */
const SKUS = ["NW-STUDIO-ALL", "NW-PDF-PRO", "FB-ESC-PLUS", "FB-ESC", "CT-MIXER"];
/** Product lines of the local key service's request keys (Studio, PDF Pro, Mixer). */
const KEY_LINES = ["11", "13", "31"];

type Step =
  | { op: "assign"; product: number; user: number }
  | { op: "unassign"; product: number; user: number }
  | { op: "bulkUnassign"; product: number; users: number[] }
  | { op: "order"; product: number; kind: "add_licenses" | "add_products" | "renewal"; quantity: number }
  | { op: "pay"; order: number }
  | { op: "cancel"; order: number }
  | { op: "renewOnline"; license: number }
  | { op: "applyCode"; license: number; sku: number; quantity: number; termDays: number }
  | { op: "installKey"; line: number; seats: number; serial: number }
  | { op: "reportHost"; host: number }
  | { op: "decideReset"; item: number; approve: boolean }
  | { op: "advanceClock"; days: number }
  | { op: "together"; steps: [Step, Step] };

const pick = fc.nat({ max: 1000 });
const oneStep: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant("assign" as const), product: pick, user: pick }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("unassign" as const), product: pick, user: pick }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("bulkUnassign" as const), product: pick, users: fc.array(pick, { minLength: 1, maxLength: 4 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant("order" as const),
      product: pick,
      kind: fc.constantFrom("add_licenses" as const, "add_products" as const, "renewal" as const),
      quantity: fc.integer({ min: 1, max: 8 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("pay" as const), order: pick }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("cancel" as const), order: pick }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("renewOnline" as const), license: pick }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("applyCode" as const),
      license: pick,
      sku: fc.nat({ max: SKUS.length - 1 }),
      quantity: fc.integer({ min: 1, max: 60 }),
      termDays: fc.constantFrom(30, 365),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("installKey" as const), line: fc.nat({ max: KEY_LINES.length - 1 }), seats: fc.integer({ min: 1, max: 30 }), serial: fc.integer({ min: 1, max: 9999 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("reportHost" as const), host: pick }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("decideReset" as const), item: pick, approve: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("advanceClock" as const), days: fc.integer({ min: 1, max: 90 }) }) },
);
/** Mostly one step at a time; now and then two at the same moment (counts must hold under races too). */
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: oneStep },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("together" as const), steps: fc.tuple(oneStep, oneStep) }) },
);

const at = <T>(rows: T[], i: number): T | undefined => (rows.length === 0 ? undefined : rows[i % rows.length]);

// ---------------------------------------------------------------------------------------------
// The sandbox's rows, read as the owner (what a step may pick from)

const productsOf = (sb: TestSandbox) =>
  ownerSql()<{ id: string; sku: string; model: string }[]>`
    select p.id, p.sku, p.licensing_model::text as model from product_seats s join products p on p.id = s.product_id
     where s.workspace_id = ${sb.id} order by p.sku`;
const catalogue = () => ownerSql()<{ id: string; sku: string }[]>`select id, sku from products where sku = any(${SKUS}) order by sku`;
const usersOf = (sb: TestSandbox) => ownerSql()<{ id: string }[]>`select id from directory_users where workspace_id = ${sb.id} order by id`;
const ordersOf = (sb: TestSandbox) => ownerSql()<{ id: string }[]>`select id from orders where workspace_id = ${sb.id} order by seq`;
const licensesOf = (sb: TestSandbox) => ownerSql()<{ id: string }[]>`select id from licenses where workspace_id = ${sb.id} order by id`;
const hostsOf = (sb: TestSandbox) => ownerSql()<{ id: string }[]>`select id from hosts where workspace_id = ${sb.id} order by id`;
const pendingItems = (sb: TestSandbox) =>
  ownerSql()<{ id: string; publisherSlug: string }[]>`
    select i.id, p.slug as "publisherSlug" from reset_request_items i join publishers p on p.id = i.publisher_id
     where i.workspace_id = ${sb.id} and i.decision = 'pending' order by i.id`;

async function publisherScope(sb: TestSandbox, publisher: string) {
  const signIn = (sb.body.publisherSignIns ?? []).find((p: { publisher: string }) => p.publisher === publisher);
  if (!signIn) return null;
  const [row] = await ownerSql()<{ id: string }[]>`select id from accounts where email = ${signIn.email}`;
  return openPublisher((await loadActor(row.id))!, publisher);
}

// ---------------------------------------------------------------------------------------------
// One step through the API

/**
 * Answers a step may give: what it did, or a refusal of what the state does not allow (404, 409,
 * 422 naming the rule). A 5xx, or a 401/403 to the supervisor's own token, is a defect.
 */
const accepted = (res: ApiResponse) => res.status < 500 && res.status !== 401 && res.status !== 403;

async function run(sb: TestSandbox, step: Step): Promise<ApiResponse | null> {
  const ws = { workspace: sb.slug };
  const token = sb.token;
  switch (step.op) {
    case "assign":
    case "unassign": {
      const product = at(await productsOf(sb), step.product);
      const user = at(await usersOf(sb), step.user);
      if (!product || !user) return null;
      return step.op === "assign"
        ? call(assignEndpoint, { ...ws, productId: product.id }, { token, json: { userId: user.id }, idempotencyKey: idemKey() })
        : call(unassignEndpoint, { ...ws, productId: product.id, userId: user.id }, { token, idempotencyKey: idemKey() });
    }
    case "bulkUnassign": {
      const product = at(await productsOf(sb), step.product);
      const users = await usersOf(sb);
      if (!product || users.length === 0) return null;
      const userIds = [...new Set(step.users.map((u) => at(users, u)!.id))];
      return call(unassignUsersEndpoint, { ...ws, productId: product.id }, { token, json: { userIds }, idempotencyKey: idemKey() });
    }
    case "order": {
      const product = at(step.kind === "add_products" ? await catalogue() : await productsOf(sb), step.product);
      if (!product) return null;
      return call(createOrderEndpoint, ws, { token, json: { productId: product.id, kind: step.kind, quantity: step.quantity }, idempotencyKey: idemKey() });
    }
    case "pay":
    case "cancel": {
      const order = at(await ordersOf(sb), step.order);
      if (!order) return null;
      return call(step.op === "pay" ? payOrderEndpoint : cancelOrderEndpoint, { ...ws, orderId: order.id }, { token, idempotencyKey: idemKey() });
    }
    case "renewOnline": {
      const license = at(await licensesOf(sb), step.license);
      if (!license) return null;
      const view = await call(getRenewalEndpoint, { ...ws, licenseId: license.id }, { token });
      if (view.status !== 200) return view;
      const body = { expectedTermEnd: view.body.termEnd, expectedAmountMinor: view.body.quote?.amountMinor ?? 0 };
      return call(renewLicenseEndpoint, { ...ws, licenseId: license.id }, { token, json: body, idempotencyKey: idemKey() });
    }
    case "applyCode": {
      const license = at(await licensesOf(sb), step.license);
      if (!license) return null;
      const issued = await call(issueActivationCodeEndpoint, ws, { token, json: { sku: SKUS[step.sku], quantity: step.quantity, termDays: step.termDays } });
      if (issued.status !== 201) return issued;
      return call(applyActivationCodeEndpoint, { ...ws, licenseId: license.id }, { token, json: { code: issued.body.code }, idempotencyKey: idemKey() });
    }
    case "installKey": {
      const requestKey = demoRequestKey(KEY_LINES[step.line], step.seats, step.serial);
      const added = await call(addRequestKeyEndpoint, ws, { token, json: { requestKey }, idempotencyKey: idemKey() });
      if (added.status !== 201) return added;
      return call(checkOnlineEndpoint, ws, { token, json: { apply: true }, idempotencyKey: idemKey() });
    }
    case "reportHost": {
      const host = at(await hostsOf(sb), step.host);
      if (!host) return null;
      return call(reportUnusableEndpoint, { ...ws, hostId: host.id }, { token, json: { reason: "Oracle: the machine is gone.", understood: true }, idempotencyKey: idemKey() });
    }
    case "decideReset": {
      // A publisher's decision: its staff sign in to the console, which no workspace token stands for,
      // so the decision runs through the same lib function the publisher endpoint calls.
      const item = at(await pendingItems(sb), step.item);
      if (!item) return null;
      const ctx = await publisherScope(sb, item.publisherSlug);
      if (!ctx) return null;
      try {
        await decideResetItem(ctx, { itemId: item.id, decision: step.approve ? "approved" : "denied" });
        return null;
      } catch (e) {
        // A refusal (another decision won a race) is an answer like the API's; anything else is a defect.
        if (e instanceof AppError) return { status: e.status, headers: new Headers(), body: { error: { code: e.code } }, text: e.message };
        throw e;
      }
    }
    case "advanceClock":
      return call(advanceClockEndpoint, ws, { token, json: { days: step.days } });
    case "together": {
      const answers = await Promise.all(step.steps.map((s) => run(sb, s)));
      return answers.find((r) => r && !accepted(r)) ?? answers.find((r) => r !== null) ?? null;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The checks after every step

const SEAT_KEYS = ["used", "purchased", "purchasedThisTerm", "renewed", "needsRenewal", "paymentRequired", "noAccess"] as const;
const seatsOf = (row: Record<string, unknown>) => Object.fromEntries(SEAT_KEYS.map((k) => [k, row[k]]));

/** Every way the sandbox's figures and ledgers disagree with each other or the rules (empty when all hold). */
async function violations(sb: TestSandbox): Promise<string[]> {
  const out: string[] = [];
  const sql = ownerSql();
  const [ws] = await sql<{ id: string; timeZone: string; currency: string }[]>`
    select id, time_zone as "timeZone", currency from workspaces where id = ${sb.id}`;
  const clock = await call(getClockEndpoint, { workspace: sb.slug }, { token: sb.token });
  const now = new Date(clock.body.now);

  // 1. The API's seat figures == the Overview's == a recount from the base tables.
  const api = await call(listProductsEndpoint, { workspace: sb.slug }, { token: sb.token });
  if (api.status !== 200) return [`GET products answered ${api.status}: ${api.text}`];
  const overview = await withScope({ kind: "system", workspaceId: ws.id }, async (tx) => {
    const state = await renewalState(tx, ws);
    return { state, view: await getOverview(tx, ws) };
  });
  const apiById = new Map<string, Json>(api.body.data.map((p: Json) => [p.id, p]));
  const counted = new Map((await recountSeats(ws.id)).map((r) => [r.productId, r]));
  const unpaid = new Map(
    (
      await sql<{ productId: string; n: number }[]>`
        select product_id as "productId", sum(quantity)::int as n from orders
         where workspace_id = ${ws.id} and status = 'unpaid' and kind <> 'renewal' group by product_id`
    ).map((r) => [r.productId, r.n]),
  );
  // Paid seats of the current term: what the product's live licenses hold. Between the anniversary
  // and the window's close the ended term's seats are still held (renewed or taken back at the close).
  const afterAnniversary = overview.state.inWindow && (overview.state.primary?.daysToAnniversary ?? 1) <= 0;
  const held = new Map(
    (
      await sql<{ productId: string; n: number }[]>`
        select product_id as "productId", sum(quantity)::int as n from licenses
         where workspace_id = ${ws.id} and state in ('active', 'provisional') and replaced_by_id is null and term_end > ${now}
         group by product_id`
    ).map((r) => [r.productId, r.n]),
  );
  const overviewIds = new Set(overview.view.products.map((p) => p.productId));
  for (const id of apiById.keys()) if (!overviewIds.has(id)) out.push(`product ${apiById.get(id).sku} in the API but not on the Overview`);
  for (const p of overview.view.products) {
    const a = apiById.get(p.productId);
    if (!a) {
      out.push(`product ${p.name} on the Overview but not in the API`);
      continue;
    }
    const [apiSeats, ovSeats] = [JSON.stringify(seatsOf(a.seats)), JSON.stringify(seatsOf(p))];
    if (apiSeats !== ovSeats) out.push(`${a.sku}: API ${apiSeats} != Overview ${ovSeats}`);
    const c = counted.get(p.productId);
    if (!c) out.push(`${a.sku}: no seat row to recount`);
    else if (c.counted !== a.seats.used || c.stored !== c.counted) out.push(`${a.sku}: used API ${a.seats.used}, stored ${c.stored}, counted ${c.counted}`);
    const live = held.get(p.productId) ?? 0;
    if (!afterAnniversary && a.seats.purchasedThisTerm !== live) out.push(`${a.sku}: purchasedThisTerm ${a.seats.purchasedThisTerm}, live licenses hold ${live}`);
    const owed = unpaid.get(p.productId) ?? 0;
    if (a.seats.paymentRequired !== owed) out.push(`${a.sku}: paymentRequired ${a.seats.paymentRequired}, unpaid orders hold ${owed}`);
  }

  // 2. No term renewed twice (the unique index is the guard; this checks nothing slipped past it).
  for (const r of await sql<{ licenseId: string; n: number }[]>`
    select license_id as "licenseId", count(*)::int as n from license_terms
     where workspace_id = ${ws.id} and renews_term_end is not null group by license_id, renews_term_end having count(*) > 1`)
    out.push(`license ${r.licenseId}: one term renewed ${r.n} times`);

  // 3. No paid renewal order without its term in the ledger, no renewal in the ledger without a paid
  // order, and a renewed term holds exactly the seats its paid orders bought. Terms compare by the
  // workspace's calendar day: a seeded license ends at a time of day, an order's term at midnight.
  const day = (col: string) => sql.unsafe(`(${col} at time zone '${ws.timeZone.replace(/'/g, "")}')::date`);
  for (const o of await sql<{ number: string }[]>`
    select o.number from orders o
     where o.workspace_id = ${ws.id} and o.status = 'paid' and o.kind = 'renewal'
       and not exists (select 1 from license_terms t join licenses l on l.workspace_id = t.workspace_id and l.id = t.license_id
                        where t.workspace_id = o.workspace_id and l.product_id = o.product_id
                          and t.via in ('renewal_order', 'online_renewal') and ${day("t.term_end")} = ${day("o.term_end")})`)
    out.push(`paid renewal order ${o.number} renewed no term`);
  for (const t of await sql<{ id: string; via: string; status: string | null }[]>`
    select t.id, t.via::text as via, o.status::text as status from license_terms t left join orders o on o.id = t.order_id
     where t.workspace_id = ${ws.id} and t.via in ('renewal_order', 'online_renewal') and (o.id is null or o.status <> 'paid')`)
    out.push(`term ${t.id} renewed ${t.via} without a paid order (order ${t.status ?? "missing"})`);
  // (per product and term: a replaced license's renewal and its successor's count together)
  for (const t of await sql<{ productId: string; seats: number; bought: number }[]>`
    select x."productId", sum(x.seats)::int as seats,
           (select coalesce(sum(o.quantity), 0)::int from orders o
             where o.workspace_id = ${ws.id} and o.product_id = x."productId" and o.status = 'paid'
               and o.kind = 'renewal' and ${day("o.term_end")} = x.day) as bought
      from (select l.product_id as "productId", t.seats, ${day("t.term_end")} as day
              from license_terms t join licenses l on l.workspace_id = t.workspace_id and l.id = t.license_id
             where t.workspace_id = ${ws.id} and t.via = 'renewal_order') x
     group by x."productId", x.day`)
    if (t.seats !== t.bought) out.push(`product ${t.productId}: a term renewed for ${t.seats} seats, its paid renewal orders bought ${t.bought}`);
  // Paid Add licenses / Add products orders: their seats are purchased (a live license of the product holds them).
  for (const o of await sql<{ number: string }[]>`
    select o.number from orders o
     where o.workspace_id = ${ws.id} and o.status = 'paid' and o.kind <> 'renewal'
       and not exists (select 1 from licenses l where l.workspace_id = o.workspace_id and l.product_id = o.product_id)`)
    out.push(`paid order ${o.number} created no license`);

  // 4. No license live after its end, in what the API answers.
  for (const l of await licensesOf(sb)) {
    const res = await call(getLicenseEndpoint, { workspace: sb.slug, licenseId: l.id }, { token: sb.token });
    if (res.status !== 200) out.push(`GET license ${l.id} answered ${res.status}`);
    else if (["active", "expiring", "provisional"].includes(res.body.state) && new Date(res.body.expiresAt) <= now)
      out.push(`license ${res.body.name} is ${res.body.state} at ${now.toISOString()}, ended ${res.body.expiresAt}`);
  }
  // ... and none ended while a paid renewal covers now (also between the anniversary and the
  // window's close, before the close moves the license's row to the new term).
  for (const l of await sql<{ id: string; termEnd: Date }[]>`
    select distinct l.id, t.term_end as "termEnd" from license_terms t
      join licenses l on l.workspace_id = t.workspace_id and l.id = t.license_id
      join orders o on o.id = t.order_id and o.status = 'paid'
     where t.workspace_id = ${ws.id} and t.renews_term_end is not null and t.term_start <= ${now} and t.term_end > ${now}
       and l.replaced_by_id is null and l.state <> 'cancelled'`) {
    const res = await call(getLicenseEndpoint, { workspace: sb.slug, licenseId: l.id }, { token: sb.token });
    if (!["active", "expiring", "provisional"].includes(res.body?.state)) out.push(`license ${l.id} is ${res.body?.state} though renewed and paid until ${l.termEnd.toISOString()}`);
  }
  return out;
}

type Trace = { step: Step; status: number | null; error?: string };

async function runSequence(template: SandboxTemplateName, steps: Step[], stats: { steps: number }) {
  const sb = await newSandbox(template, "PL");
  const trace: Trace[] = [];
  const before = await violations(sb);
  expect(before, `${template} before any step`).toEqual([]);
  for (const step of steps) {
    const res = await run(sb, step);
    stats.steps++;
    trace.push({ step, status: res?.status ?? null, error: res?.body?.error?.code });
    if (res && !accepted(res)) throw new Error(`${template}: ${step.op} answered ${res.status}: ${res.text}\n${JSON.stringify(trace)}`);
    const found = await violations(sb);
    if (found.length > 0) throw new Error(`${template} after ${trace.length} steps:\n  ${found.join("\n  ")}\ntrace: ${JSON.stringify(trace)}`);
  }
}

/**
 * CI replays one fixed set of sequences, so a red build points at a change rather than at a new
 * draw; elsewhere each run draws afresh (and prints its seed on failure).
 */
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261202 : undefined;

describe("the consistency oracle", () => {
  it(`${RUNS} random sequences of up to ${STEPS} steps keep every figure and ledger consistent`, { timeout: 600_000 + RUNS * STEPS * 5_000 }, async () => {
    const stats = { runs: 0, steps: 0 };
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TEMPLATES), fc.array(stepArb, { minLength: Math.ceil(STEPS / 2), maxLength: STEPS }), async (template, steps) => {
        stats.runs++;
        await runSequence(template, steps, stats);
      }),
      {
        numRuns: RUNS,
        seed: SEED,
        path: process.env.FC_PATH,
        endOnFailure: process.env.ORACLE_SHRINK !== "1",
        verbose: 1,
      },
    );
    console.info(`oracle: ${stats.runs} runs, ${stats.steps} steps, ${((Date.now() - started) / 1000).toFixed(1)} s, 0 violations`);
  });
});

describe("the oracle itself", () => {
  it("sees a drifted seat row, a renewal without a paid order and seats no live license holds", async () => {
    const sb = await newSandbox("renewal-window-50-45", "PL");
    expect(await violations(sb)).toEqual([]);
    const sql = ownerSql();
    await sql`update product_seats set unpaid = unpaid + 2 where workspace_id = ${sb.id}`;
    await sql`update orders set status = 'cancelled' where workspace_id = ${sb.id} and kind = 'renewal'`;
    await sql`update licenses set state = 'expired' where workspace_id = ${sb.id}`;
    const found = (await violations(sb)).join("\n");
    expect(found).toMatch(/paymentRequired 2, unpaid orders hold 0/);
    expect(found).toMatch(/renewed renewal_order without a paid order \(order cancelled\)/);
    expect(found).toMatch(/purchasedThisTerm 50, live licenses hold 0/);
  });
});
