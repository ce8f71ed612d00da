/** GET/POST /workspaces/{workspace}/orders and POST /orders/{orderId}/pay. */
import { describe, expect, it } from "vitest";
import { seedId } from "@/lib/demo-data/ids";
import { localDate } from "@/lib/clock/rules";
import { previousAnniversary, proratedAmount } from "@/lib/orders/rules";
import { daysBetween } from "@/lib/renewal/window";
import { createOrderEndpoint, listOrdersEndpoint, payOrderEndpoint } from "@/lib/api/v1/orders";
import { listProductsEndpoint } from "@/lib/api/v1/products";
import { ownerSql } from "../factories";
import {
  answer,
  auditRows,
  call,
  concurrently,
  countRows,
  expectError,
  expectFieldError,
  expectOneEffectAnswers,
  expectSlugHidden,
  expectUnauthenticated,
  idemKey,
  newSandbox,
  PDF_PRO,
  PHOTO,
  randomId,
  roleToken,
  seatsOf,
  STUDIO,
  type Case,
  type Json,
} from "./helpers";

const STUDIO_PLN = 359900;
const STUDIO_EUR = 83900;
const PHOTO_PLN = 119900;

/**
 * The price rule's figure for added seats, from the sandbox's own contract and clock: the seats
 * run to the anniversary and are charged pro rata by days (lib/orders/rules.ts).
 */
async function addedSeatsAmount(sb: { id: string; clockNow: string }, unit: number, quantity: number) {
  const [row] = await ownerSql()<{ anniversary: string; timeZone: string }[]>`
    select c.anniversary_date::text as anniversary, w.time_zone as "timeZone"
      from contracts c join workspaces w on w.id = c.workspace_id where c.workspace_id = ${sb.id}`;
  const today = localDate(new Date(sb.clockNow), row.timeZone);
  const amount = proratedAmount(unit, quantity, daysBetween(today, row.anniversary), daysBetween(previousAnniversary(row.anniversary), row.anniversary));
  expect(amount).toBeLessThan(unit * quantity); // 120 of 365 days
  return amount;
}

const licenseQuantity = async (workspaceId: string, productId: string) => {
  const rows = await ownerSql()<{ quantity: number }[]>`
    select quantity from licenses where workspace_id = ${workspaceId} and product_id = ${productId} and state = 'active'`;
  return rows.map((r) => r.quantity);
};

describe("POST /orders", () => {
  it("add_licenses: an unpaid order in the workspace's currency; seats show it as payment required", async () => {
    const sb = await newSandbox("outside-window", "PL");
    const res = await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: STUDIO, kind: "add_licenses", quantity: 3 } });
    expect(res.status, res.text).toBe(201);
    const amount = await addedSeatsAmount(sb, STUDIO_PLN, 3);
    expect(res.body).toEqual({
      id: expect.any(String),
      number: expect.stringMatching(/^LC-\d{4}-\d{6}$/),
      purchaseOrder: null,
      lapseReason: null,
      productId: STUDIO,
      productName: "Northwind Studio — All Apps",
      kind: "add_licenses",
      quantity: 3,
      amountMinor: amount,
      currency: "PLN",
      status: "unpaid",
      termStart: expect.any(String),
      termEnd: expect.any(String),
      createdAt: sb.clockNow,
      paidAt: null,
    });
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 20, purchased: 25, unpaid: 3 });
    expect(await auditRows(sb.id, "order.created")).toEqual([
      expect.objectContaining({ subjectId: res.body.id, data: expect.objectContaining({ kind: "add_licenses", productId: STUDIO, quantity: 3, unitAmountMinor: STUDIO_PLN }) }),
    ]);
    const [row] = await ownerSql()`select status, amount_minor::float8 as amount_minor, currency from orders where id = ${res.body.id}`;
    expect(row).toEqual({ status: "unpaid", amount_minor: amount, currency: "PLN" });
  });

  it("prices in EUR for a German workspace", async () => {
    const sb = await newSandbox("outside-window", "DE");
    const res = await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: STUDIO, kind: "add_licenses", quantity: 2 } });
    expect(res.body).toMatchObject({ amountMinor: await addedSeatsAmount(sb, STUDIO_EUR, 2), currency: "EUR" });
  });

  it("add_products: licenses a new product with its seats unpaid", async () => {
    const sb = await newSandbox("empty");
    const res = await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: PHOTO, kind: "add_products", quantity: "4" } });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ productId: PHOTO, kind: "add_products", quantity: 4, amountMinor: 4 * PHOTO_PLN, status: "unpaid" });
    expect(await seatsOf(sb.id, PHOTO)).toEqual({ used: 0, purchased: 0, renewed: 0, unpaid: 4, noAccess: 0 });
    const products = await call(listProductsEndpoint, { workspace: sb.slug }, { token: sb.token });
    expect(products.body.data).toEqual([expect.objectContaining({ id: PHOTO, seats: { used: 0, purchased: 0, purchasedThisTerm: 0, renewed: 0, needsRenewal: 0, paymentRequired: 4, noAccess: 0 } })]);
  });

  it("422 for the wrong kind for the product, and for each invalid field", async () => {
    const sb = await newSandbox("outside-window");
    const ws = { workspace: sb.slug };
    const t = { token: sb.token };
    expectFieldError(await call(createOrderEndpoint, ws, { ...t, json: { productId: STUDIO, kind: "add_products", quantity: 1 } }), "kind");
    expectFieldError(await call(createOrderEndpoint, ws, { ...t, json: { productId: PHOTO, kind: "add_licenses", quantity: 1 } }), "kind");
    expectFieldError(await call(createOrderEndpoint, ws, { ...t, json: { productId: STUDIO, kind: "refund", quantity: 1 } }), "kind");
    expectFieldError(await call(createOrderEndpoint, ws, { ...t, json: { productId: "abc", kind: "add_licenses", quantity: 1 } }), "productId");
    for (const quantity of [0, -1, 1.5, 100_001, "many", null]) {
      expectFieldError(await call(createOrderEndpoint, ws, { ...t, json: { productId: STUDIO, kind: "add_licenses", quantity } }), "quantity");
    }
    const empty = await call(createOrderEndpoint, ws, { ...t, json: {} });
    for (const field of ["productId", "kind", "quantity"]) expectFieldError(empty, field);
    expect(await countRows("orders", sb.id)).toBe(1); // the template's own unpaid order
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ unpaid: 0 });
  });

  it("404 for a product id that is not in the catalogue", async () => {
    const sb = await newSandbox("outside-window");
    expectError(await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: randomId(), kind: "add_products", quantity: 1 } }), 404, "not_found");
  });

  it("a viewer may not order (403); an admin may", async () => {
    const sb = await newSandbox("outside-window");
    const viewer = await roleToken(sb, "viewer");
    const admin = await roleToken(sb, "admin");
    const json = { productId: STUDIO, kind: "add_licenses", quantity: 1 };
    expectError(await call(createOrderEndpoint, { workspace: sb.slug }, { token: viewer.token, json }), 403, "forbidden");
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ unpaid: 0 });
    expect((await call(createOrderEndpoint, { workspace: sb.slug }, { token: admin.token, json })).status).toBe(201);
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ unpaid: 1 });
  });

  it("replays with the same Idempotency-Key; refuses it with another body", async () => {
    const sb = await newSandbox("outside-window");
    const key = idemKey();
    const json = { productId: STUDIO, kind: "add_licenses", quantity: 2 };
    const first = await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json, idempotencyKey: key });
    const replay = await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json, idempotencyKey: key });
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await countRows("orders", sb.id)).toBe(2);
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ unpaid: 2 });
    expectError(await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { ...json, quantity: 3 }, idempotencyKey: key }), 422, "idempotency_key_reused");
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ unpaid: 2 });
  });

  it("10 concurrent requests with one key: one order, unpaid seats counted once, equal answers", async () => {
    const sb = await newSandbox("outside-window");
    const key = idemKey();
    const json = { productId: STUDIO, kind: "add_licenses", quantity: 5 };
    const responses = await concurrently(10, () => call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json, idempotencyKey: key }));
    expectOneEffectAnswers(responses, 201);
    expect(await countRows("orders", sb.id)).toBe(2);
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ unpaid: 5 });
    expect(await auditRows(sb.id, "order.created")).toHaveLength(1);
  });

  it("two concurrent add_products orders for one new product never answer 500", async () => {
    const sb = await newSandbox("empty");
    const responses = await Promise.all(
      [1, 2].map((quantity) => call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: PHOTO, kind: "add_products", quantity } })),
    );
    for (const r of responses) expect(r.status, r.text).toBeLessThan(500);
    const created = responses.filter((r) => r.status === 201).map((r) => r.body.quantity as number);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(await seatsOf(sb.id, PHOTO)).toMatchObject({ unpaid: created.reduce((a, b) => a + b, 0) });
  });
});

describe("GET /orders", () => {
  it("lists orders newest first and pages them with a cursor: 7 orders, limit 3 -> 3, 3, 1", async () => {
    const sb = await newSandbox("outside-window"); // comes with one unpaid order, a day old
    for (let q = 1; q <= 6; q++) {
      const r = await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: STUDIO, kind: "add_licenses", quantity: q } });
      expect(r.status).toBe(201);
    }
    const pages: Json[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: Json = await call(listOrdersEndpoint, { workspace: sb.slug }, { token: sb.token, query: { limit: 3, ...(cursor ? { cursor } : {}) } });
      expect(res.status, res.text).toBe(200);
      pages.push(res.body);
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    expect(pages.map((p) => p.data.length)).toEqual([3, 3, 1]);
    const all = pages.flatMap((p) => p.data);
    expect(new Set(all.map((o: Json) => o.id)).size).toBe(7);
    // The seeded order is the oldest; the six new ones share the frozen clock's moment.
    expect(all.at(-1)).toMatchObject({ id: seedId(`order:${sb.slug}:NW-PDF-PRO:add`), productId: PDF_PRO, kind: "add_licenses", quantity: 5, status: "unpaid" });
    expect(all.slice(0, 6).map((o: Json) => o.quantity).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const keys = all.map((o: Json) => `${o.createdAt}|${o.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it("422 for a tampered cursor (garbage, or a well-formed one whose moment is not a time)", async () => {
    const sb = await newSandbox("outside-window");
    const notATime = Buffer.from(JSON.stringify(["yesterday-ish", randomId()])).toString("base64url");
    for (const cursor of ["@@@", Buffer.from('["x"]').toString("base64url"), notATime]) {
      expectFieldError(await call(listOrdersEndpoint, { workspace: sb.slug }, { token: sb.token, query: { cursor } }), "cursor");
    }
    expectFieldError(await call(listOrdersEndpoint, { workspace: sb.slug }, { token: sb.token, query: { limit: 500 } }), "limit");
  });
});

describe("POST /orders/{orderId}/pay", () => {
  it("the supervisor marks an order paid: seats move from unpaid to purchased, the license grows, audited", async () => {
    const sb = await newSandbox("outside-window");
    const created = await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: STUDIO, kind: "add_licenses", quantity: 3 } });
    const params = { workspace: sb.slug, orderId: created.body.id };
    const res = await call(payOrderEndpoint, params, { token: sb.token });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ ...created.body, status: "paid", paidAt: sb.clockNow });
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 20, purchased: 28, unpaid: 0 });
    expect(await licenseQuantity(sb.id, STUDIO)).toEqual([28]);
    expect(await auditRows(sb.id, "order.paid")).toEqual([
      expect.objectContaining({ subjectId: created.body.id, data: { number: created.body.number, productId: STUDIO, quantity: 3, amountMinor: created.body.amountMinor, currency: "PLN" } }),
    ]);

    // Paying a paid order changes nothing.
    const again = await call(payOrderEndpoint, params, { token: sb.token });
    expect(answer(again)).toEqual(answer(res));
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ purchased: 28, unpaid: 0 });
    expect(await auditRows(sb.id, "order.paid")).toHaveLength(1);
  });

  it("paying an add_products order creates the product's license", async () => {
    const sb = await newSandbox("empty");
    const created = await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: PHOTO, kind: "add_products", quantity: 2 } });
    const res = await call(payOrderEndpoint, { workspace: sb.slug, orderId: created.body.id }, { token: sb.token });
    expect(res.body.status).toBe("paid");
    expect(await seatsOf(sb.id, PHOTO)).toMatchObject({ purchased: 2, unpaid: 0 });
    expect(await licenseQuantity(sb.id, PHOTO)).toEqual([2]);
  });

  it("only the supervisor pays: an admin and a viewer get 403 and nothing changes", async () => {
    const sb = await newSandbox("outside-window");
    const admin = await roleToken(sb, "admin");
    const viewer = await roleToken(sb, "viewer");
    const orderId = seedId(`order:${sb.slug}:NW-PDF-PRO:add`);
    expectError(await call(payOrderEndpoint, { workspace: sb.slug, orderId }, { token: admin.token }), 403, "forbidden");
    expectError(await call(payOrderEndpoint, { workspace: sb.slug, orderId }, { token: viewer.token }), 403, "forbidden");
    expect(await seatsOf(sb.id, PDF_PRO)).toMatchObject({ purchased: 10, unpaid: 5 });
    // The template's unpaid order, paid by the supervisor.
    const paid = await call(payOrderEndpoint, { workspace: sb.slug, orderId }, { token: sb.token });
    expect(paid.body).toMatchObject({ id: orderId, status: "paid" });
    expect(await seatsOf(sb.id, PDF_PRO)).toMatchObject({ purchased: 15, unpaid: 0 });
  });

  it("another workspace's order id answers exactly like a random one; a malformed id is 404", async () => {
    const a = await newSandbox("outside-window");
    const b = await newSandbox("outside-window");
    const bOrder = seedId(`order:${b.slug}:NW-PDF-PRO:add`);
    const foreign = await call(payOrderEndpoint, { workspace: a.slug, orderId: bOrder }, { token: a.token });
    const random = await call(payOrderEndpoint, { workspace: a.slug, orderId: randomId() }, { token: a.token });
    expect(answer(foreign)).toEqual(answer(random));
    expectError(foreign, 404, "not_found");
    for (const orderId of ["abc", "1", "not-a-uuid-at-all"]) {
      expectError(await call(payOrderEndpoint, { workspace: a.slug, orderId }, { token: a.token }), 404, "not_found");
    }
    expect(await seatsOf(b.id, PDF_PRO)).toMatchObject({ purchased: 10, unpaid: 5 });
    const [row] = await ownerSql()`select status from orders where id = ${bOrder}`;
    expect(row.status).toBe("unpaid");
  });

  it("replays with the same key; 10 concurrent payments with one key move the seats once", async () => {
    const sb = await newSandbox("outside-window");
    const orderId = seedId(`order:${sb.slug}:NW-PDF-PRO:add`);
    const key = idemKey();
    const responses = await concurrently(10, () => call(payOrderEndpoint, { workspace: sb.slug, orderId }, { token: sb.token, idempotencyKey: key }));
    expectOneEffectAnswers(responses, 200);
    expect(responses[0].body).toMatchObject({ id: orderId, status: "paid" });
    expect(await seatsOf(sb.id, PDF_PRO)).toMatchObject({ purchased: 15, unpaid: 0 });
    expect(await auditRows(sb.id, "order.paid")).toHaveLength(1);

    const other = await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: STUDIO, kind: "add_licenses", quantity: 1 } });
    expectError(await call(payOrderEndpoint, { workspace: sb.slug, orderId: other.body.id }, { token: sb.token, idempotencyKey: key }), 422, "idempotency_key_reused");
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ unpaid: 1, purchased: 25 });
  });

  it("10 concurrent payments without a key move the seats once", async () => {
    const sb = await newSandbox("outside-window");
    const orderId = seedId(`order:${sb.slug}:NW-PDF-PRO:add`);
    const responses = await concurrently(10, () => call(payOrderEndpoint, { workspace: sb.slug, orderId }, { token: sb.token }));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(await seatsOf(sb.id, PDF_PRO)).toMatchObject({ purchased: 15, unpaid: 0 });
    expect(await licenseQuantity(sb.id, PDF_PRO)).toEqual([15]);
  });
});

describe("access", () => {
  const cases = (orderId: string): Case[] => [
    { endpoint: listOrdersEndpoint },
    { endpoint: createOrderEndpoint, json: { productId: STUDIO, kind: "add_licenses", quantity: 1 } },
    { endpoint: payOrderEndpoint, params: { orderId } },
  ];

  it("401 without a token, with a bogus, a revoked or a non-bearer one; nothing changes", async () => {
    const sb = await newSandbox("outside-window");
    await expectUnauthenticated(cases(seedId(`order:${sb.slug}:NW-PDF-PRO:add`)), sb);
    expect(await countRows("orders", sb.id)).toBe(1);
    expect(await seatsOf(sb.id, PDF_PRO)).toMatchObject({ unpaid: 5 });
  });

  it("another workspace's slug answers exactly like a missing one; nothing changes there", async () => {
    const a = await newSandbox("outside-window");
    const b = await newSandbox("outside-window");
    await expectSlugHidden(cases(seedId(`order:${b.slug}:NW-PDF-PRO:add`)), a.token, b.slug);
    expect(await countRows("orders", b.id)).toBe(1);
    expect(await seatsOf(b.id, PDF_PRO)).toMatchObject({ unpaid: 5, purchased: 10 });
  });
});
