/**
 * Issue 12, the defects the oracle kept finding: a license's state, end and seats follow its
 * terms and the workspace clock. Short activation-code terms end, paid renewal orders keep a
 * license active through the new term before the window's close, a renewal order renews every
 * license of the product, the close takes back per-device and per-host seats too, and the SQL
 * twins answer what the TypeScript rules answer over many random cases.
 */
import fc from "fast-check";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { licenses } from "@/db/schema";
import { withScope } from "@/db/scope";
import { applyActivationCodeEndpoint, getLicenseEndpoint, issueActivationCodeEndpoint } from "@/lib/api/v1/activation";
import { advanceClockEndpoint } from "@/lib/api/v1/clock";
import { createOrderEndpoint, payOrderEndpoint } from "@/lib/api/v1/orders";
import { listProductsEndpoint } from "@/lib/api/v1/products";
import { coveredUntil, licenseStateAt } from "@/lib/licenses/rules";
import { coveredUntilSql, licenseStateSql, renewedUntilSql } from "@/lib/licenses/state";
import { pendingRenewal } from "@/lib/licenses/term-rules";
import { getOverview } from "@/lib/overview";
import { dropUnusedSeats, needsRenewalSql } from "@/lib/seats/ledger";
import { needsRenewal } from "@/lib/seats/rules";
import { call, idemKey, newSandbox, productIdOf, STUDIO, type TestSandbox } from "./api/helpers";
import { createLicense, createProduct, createWorkspace, ownerSql } from "./factories";
import { recountSeats } from "./recount";

const DAY = 86_400_000;
const FB_PLUS = productIdOf("FB-ESC-PLUS");
const system = <T>(workspaceId: string, fn: Parameters<typeof withScope<T>>[1]) => withScope({ kind: "system", workspaceId }, fn);

const advance = async (sb: TestSandbox, days: number) => {
  const res = await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days } });
  expect(res.status, res.text).toBe(200);
};
const seats = async (sb: TestSandbox, productId: string) => {
  const res = await call(listProductsEndpoint, { workspace: sb.slug }, { token: sb.token });
  return res.body.data.find((p: { id: string }) => p.id === productId)?.seats;
};
const liveLicense = async (sb: TestSandbox, productId: string) => {
  const [row] = await ownerSql()<{ id: string }[]>`
    select id from licenses where workspace_id = ${sb.id} and product_id = ${productId} and state = 'active' and replaced_by_id is null order by purchased_at limit 1`;
  return row.id;
};
const payRenewal = async (sb: TestSandbox, productId: string, quantity: number) => {
  const order = await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId, kind: "renewal", quantity }, idempotencyKey: idemKey() });
  expect(order.status, order.text).toBe(201);
  const paid = await call(payOrderEndpoint, { workspace: sb.slug, orderId: order.body.id }, { token: sb.token, idempotencyKey: idemKey() });
  expect(paid.status, paid.text).toBe(200);
  return order.body;
};

describe("a short activation-code term ends with its seats (defect 1)", () => {
  it("30-day code on the Studio license: purchased this term while it runs, not after it ends", async () => {
    const sb = await newSandbox("outside-window", "PL");
    const issued = await call(issueActivationCodeEndpoint, { workspace: sb.slug }, { token: sb.token, json: { sku: "NW-STUDIO-ALL", quantity: 7, termDays: 30 } });
    expect(issued.status, issued.text).toBe(201);
    const license = await liveLicense(sb, STUDIO);
    const applied = await call(applyActivationCodeEndpoint, { workspace: sb.slug, licenseId: license }, { token: sb.token, json: { code: issued.body.code }, idempotencyKey: idemKey() });
    expect(applied.status, applied.text).toBe(200);
    expect(await seats(sb, STUDIO)).toMatchObject({ purchasedThisTerm: 7 });

    await advance(sb, 31); // the code's term has ended; the contract's anniversary is 89 days away
    expect(await seats(sb, STUDIO)).toMatchObject({ purchasedThisTerm: 0, used: 20 });
    const read = await call(getLicenseEndpoint, { workspace: sb.slug, licenseId: applied.body.license.id }, { token: sb.token });
    expect(read.body.state).toBe("expired");
    expect((await recountSeats(sb.id)).every((r) => r.stored === r.counted)).toBe(true);
  });
});

describe("a paid renewal order keeps the license active through its new term (defect 2)", () => {
  it("between the anniversary and the window's close, the license reads active until the new term's end", async () => {
    const sb = await newSandbox("outside-window", "PL");
    await advance(sb, 100); // window open, anniversary in 20 days
    const license = await liveLicense(sb, STUDIO);
    const order = await payRenewal(sb, STUDIO, 25);
    await advance(sb, 21); // past the anniversary, the window closes 30 days after it
    const read = await call(getLicenseEndpoint, { workspace: sb.slug, licenseId: license }, { token: sb.token });
    expect(read.body).toMatchObject({ state: "active", expiresAt: order.termEnd });
    await advance(sb, 40); // the close has moved the row: the same answer
    const after = await call(getLicenseEndpoint, { workspace: sb.slug, licenseId: license }, { token: sb.token });
    expect(after.body).toMatchObject({ state: "active", expiresAt: order.termEnd, quantity: 25 });
  });
});

describe("a renewal order renews every license of the product (defect 7)", () => {
  it("two licenses of the contract: both get their term in the ledger, the seats shared as paid", async () => {
    const sb = await newSandbox("outside-window", "PL");
    await advance(sb, 100);
    const first = await liveLicense(sb, STUDIO);
    const [l] = await ownerSql()<{ contract_id: string; term_start: Date; term_end: Date; purchased_at: Date }[]>`
      select contract_id, term_start, term_end, purchased_at from licenses where id = ${first}`;
    const second = await createLicense(sb.id, STUDIO, {
      contractId: l.contract_id, quantity: 5, termStart: l.term_start, termEnd: l.term_end, purchasedAt: new Date(l.purchased_at.getTime() + 1000),
    });
    await ownerSql()`update product_seats set purchased = purchased + 5 where workspace_id = ${sb.id} and product_id = ${STUDIO}`;
    await payRenewal(sb, STUDIO, 28);
    const terms = await ownerSql()<{ license_id: string; seats: number }[]>`
      select license_id, seats from license_terms where workspace_id = ${sb.id} and renews_term_end is not null and via = 'renewal_order'`;
    expect(Object.fromEntries(terms.map((t) => [t.license_id, t.seats]))).toEqual({ [first]: 25, [second.id]: 3 });

    await advance(sb, 60); // past the close: each license runs the new term with its own seats
    const rows = await ownerSql()<{ id: string; quantity: number; state: string }[]>`
      select id, quantity, state::text from licenses where id in (${first}, ${second.id}) order by purchased_at`;
    expect(rows.map((r) => [r.quantity, r.state])).toEqual([[25, "active"], [3, "active"]]);
    expect(await seats(sb, STUDIO)).toMatchObject({ purchasedThisTerm: 28 });
  });
});

describe("the window's close takes back per-device seats too (defect 8)", () => {
  it("6 devices, 4 renewed: the 2 devices activated last lose the license at the close", async () => {
    const sb = await newSandbox("activation-devices", "PL");
    await advance(sb, 35); // window open, anniversary in 25 days
    await payRenewal(sb, FB_PLUS, 4);
    expect(await seats(sb, FB_PLUS)).toMatchObject({ used: 6, needsRenewal: 2 });
    const newest = await ownerSql()<{ host_id: string }[]>`
      select host_id from activations where workspace_id = ${sb.id} and released_at is null order by activated_at desc, host_id desc limit 2`;
    await advance(sb, 60); // past the close
    expect(await seats(sb, FB_PLUS)).toMatchObject({ used: 4, purchasedThisTerm: 4, noAccess: 2 });
    const released = await ownerSql()<{ host_id: string }[]>`
      select distinct host_id from activations where workspace_id = ${sb.id} and released_at is not null`;
    expect(new Set(released.map((r) => r.host_id))).toEqual(new Set(newest.map((r) => r.host_id)));
    expect((await recountSeats(sb.id)).every((r) => r.stored === r.counted)).toBe(true);
  });
});

describe("figures by the clock, not the stored state (defect 6)", () => {
  it("a product whose only license ended by the clock (its job not run yet) reads lapsed, and its empty seat row may go", async () => {
    const ws = await createWorkspace();
    const product = await createProduct();
    const now = new Date();
    await createLicense(ws.id, product.id, { state: "active", termEnd: new Date(now.getTime() - DAY) });
    await ownerSql()`insert into product_seats (workspace_id, product_id) values (${ws.id}, ${product.id})`;
    const overview = await system(ws.id, (tx) => getOverview(tx, ws));
    expect(overview.products.find((p) => p.productId === product.id)?.lapsed).toBe(true);
    await system(ws.id, (tx) => dropUnusedSeats(tx, ws.id, [product.id]));
    const [{ n }] = await ownerSql()<{ n: number }[]>`select count(*)::int as n from product_seats where workspace_id = ${ws.id}`;
    expect(n).toBe(0);
  });
});

describe("one truth, two languages: the SQL twins equal the rules (defects 3 and 4)", () => {
  it("state, bought-until and renewed-until over random ledgers", async () => {
    const ws = await createWorkspace();
    const product = await createProduct();
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const at = (days: number) => new Date(now.getTime() + days * DAY);
    const dayOffset = fc.oneof(fc.integer({ min: -400, max: 400 }), fc.constantFrom(-30, -1, 0, 1, 29, 30, 31));
    const cases = fc.sample(
      fc.record({
        state: fc.constantFrom("active", "provisional", "expired", "replaced", "cancelled" as const),
        termEnd: dayOffset,
        renewal: fc.option(fc.record({ startShift: fc.constantFrom(0, 0, 0, -5, 3, 20), length: fc.integer({ min: 1, max: 400 }) })),
      }),
      { numRuns: 120, seed: 20261202 },
    );
    for (const c of cases) {
      const termEnd = at(c.termEnd);
      const l = await createLicense(ws.id, product.id, { state: c.state as "active", termStart: new Date(termEnd.getTime() - 365 * DAY), termEnd });
      if (c.renewal) {
        const start = new Date(termEnd.getTime() + c.renewal.startShift * DAY);
        await ownerSql()`insert into license_terms (workspace_id, license_id, via, term_start, term_end, seats, renews_term_end)
          values (${ws.id}, ${l.id}, 'renewal_order', ${start}, ${new Date(start.getTime() + c.renewal.length * DAY)}, 3, ${termEnd})`;
      }
    }
    const rows = await system(ws.id, (tx) =>
      tx
        .select({ id: licenses.id, state: licenses.state, termEnd: licenses.termEnd, replacedById: licenses.replacedById, sqlState: licenseStateSql(now), sqlEnd: coveredUntilSql(now), sqlRenewedUntil: renewedUntilSql(now) })
        .from(licenses)
        .where(eq(licenses.workspaceId, ws.id)),
    );
    const terms = await ownerSql()<{ licenseId: string; via: "renewal_order" | "purchase"; termStart: Date; termEnd: Date; seats: number; renewsTermEnd: Date | null }[]>`
      select license_id as "licenseId", via::text as via, term_start as "termStart", term_end as "termEnd", seats, renews_term_end as "renewsTermEnd"
        from license_terms where workspace_id = ${ws.id}`;
    expect(rows).toHaveLength(cases.length);
    for (const r of rows) {
      const own = terms.filter((t) => t.licenseId === r.id);
      const label = `${r.state} ending ${r.termEnd.toISOString()} with ${JSON.stringify(own)}`;
      expect(r.sqlState, label).toBe(licenseStateAt(r, now, own));
      expect(r.sqlEnd.toISOString(), label).toBe(coveredUntil(r.termEnd, own, now).toISOString());
      expect(r.sqlRenewedUntil?.toISOString() ?? null, label).toBe(pendingRenewal(own, now)?.termEnd.toISOString() ?? null);
    }
  });

  it("needs renewal: the reseller list's SQL and seatView's rule agree inside and outside the window", async () => {
    const cases = fc.sample(fc.record({ used: fc.nat({ max: 60 }), renewed: fc.nat({ max: 60 }), inWindow: fc.boolean() }), { numRuns: 60, seed: 7 });
    const ws = await createWorkspace();
    const answers = await system(ws.id, (tx) =>
      Promise.all(cases.map((c) => tx.execute<{ n: number }>(sql`select ${needsRenewalSql(sql`${c.used}::int`, sql`${c.renewed}::int`, sql`${c.inWindow}::boolean`)}::int as n`))),
    );
    cases.forEach((c, i) => expect(answers[i][0].n, JSON.stringify(c)).toBe(needsRenewal(c, c.inWindow)));
  });
});
