/** Renewal orders, price previews, order e-mails and concurrent settling (issue 4). */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withScope } from "@/db/scope";
import { seedId } from "@/lib/demo-data/ids";
import { loadActor } from "@/lib/auth/accounts";
import { openWorkspace } from "@/lib/access/workspace";
import { advanceClockEndpoint } from "@/lib/api/v1/clock";
import { createOrderEndpoint, getOrderEndpoint, payOrderEndpoint, quoteOrderEndpoint } from "@/lib/api/v1/orders";
import { createOrder } from "@/lib/orders";
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

async function mailOf(workspaceId: string, kind: string) {
  return ownerSql()<{ recipients: string[]; subject: string; text: string }[]>`
    select recipients, subject, text from mail_messages where workspace_id = ${workspaceId} and kind = ${kind} order by created_at`;
}

const supervisorEmail = (sb: { body: Json }) => String(sb.body.signIns.supervisor.email).toLowerCase();

describe("renewal orders", () => {
  it("inside the window: a renewal for the coming year, full price, renewed only once paid, confirmed by e-mail", async () => {
    const sb = await newSandbox("renewal-window-50-45");
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 50, renewed: 45, unpaid: 0 });
    const res = await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: STUDIO, kind: "renewal", quantity: 5 } });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ kind: "renewal", quantity: 5, amountMinor: 5 * STUDIO_PLN, currency: "PLN", status: "unpaid" });
    // The term is the coming contract year: anniversary to anniversary.
    const [c] = await ownerSql()<{ anniversary: string }[]>`select anniversary_date::text as anniversary from contracts where workspace_id = ${sb.id}`;
    const [{ start, end }] = await ownerSql()<{ start: string; end: string }[]>`
      select (term_start at time zone 'Europe/Warsaw')::date::text as start, (term_end at time zone 'Europe/Warsaw')::date::text as end
        from orders where id = ${res.body.id}`;
    expect(start).toBe(c.anniversary);
    expect(end).toBe(`${Number(c.anniversary.slice(0, 4)) + 1}${c.anniversary.slice(4)}`);
    // Not renewed and not "payment required" until paid.
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 50, renewed: 45, unpaid: 0, purchased: 50 });

    const [confirmation] = await mailOf(sb.id, "order.confirmation");
    expect(confirmation.recipients).toEqual([supervisorEmail(sb)]);
    // Nobody chose a language: the pl-PL workspace's words, dates and money.
    expect(confirmation.subject).toBe(`Potwierdzenie zamówienia ${res.body.number}: 5 × Northwind Studio — All Apps`);
    expect(confirmation.text).toContain(`Zamówienie: ${res.body.number} (Odnowienie)`);
    expect(confirmation.text).toMatch(/Kwota: 17\s995,00\szł/); // pl-PL, PLN

    const paid = await call(payOrderEndpoint, { workspace: sb.slug, orderId: res.body.id }, { token: sb.token });
    expect(paid.status, paid.text).toBe(200);
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 50, renewed: 50, unpaid: 0, purchased: 50 });
    const [receipt] = await mailOf(sb.id, "order.paid");
    expect(receipt).toMatchObject({ recipients: [supervisorEmail(sb)], subject: `Otrzymano płatność ${res.body.number}: 5 × Northwind Studio — All Apps` });
    expect(await auditRows(sb.id, "payment.confirmed")).toEqual([
      expect.objectContaining({ subjectId: res.body.id, data: expect.objectContaining({ provider: "manual", reference: `manual:${res.body.id}` }) }),
    ]);
  });

  it("outside the window: 409 with a message, nothing ordered, no e-mail", async () => {
    const sb = await newSandbox("outside-window");
    const res = await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: STUDIO, kind: "renewal", quantity: 5 } });
    expectError(res, 409, "renewal_window_closed");
    expect(res.body.error.message).toMatch(/^Renewal orders open with the renewal window on /);
    expect(await countRows("orders", sb.id)).toBe(1);
    expect(await mailOf(sb.id, "order.confirmation")).toEqual([]);
    const quote = await call(quoteOrderEndpoint, { workspace: sb.slug }, { token: sb.token, query: { productId: STUDIO, kind: "renewal", quantity: 1 } });
    expectError(quote, 409, "renewal_window_closed");
  });

  it("a workspace without a contract cannot renew; an unlicensed product cannot be renewed", async () => {
    const empty = await newSandbox("empty");
    await call(createOrderEndpoint, { workspace: empty.slug }, { token: empty.token, json: { productId: PHOTO, kind: "add_products", quantity: 1 } });
    expectError(await call(createOrderEndpoint, { workspace: empty.slug }, { token: empty.token, json: { productId: PHOTO, kind: "renewal", quantity: 1 } }), 409, "renewal_window_closed");
    const sb = await newSandbox("renewal-window-50-45");
    expectFieldError(await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: PHOTO, kind: "renewal", quantity: 1 } }), "kind");
  });

  it("an unpaid renewal cannot be paid once its window has closed", async () => {
    const sb = await newSandbox("renewal-window-50-45"); // anniversary in 10 days, window closes 30 days later
    const res = await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: STUDIO, kind: "renewal", quantity: 5 } });
    expect(res.status).toBe(201);
    const adv = await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days: 45 } });
    expect(adv.status, adv.text).toBe(200);
    const pay = await call(payOrderEndpoint, { workspace: sb.slug, orderId: res.body.id }, { token: sb.token });
    expectError(pay, 409, "renewal_window_closed");
    // The window-close job let the unpaid renewal lapse; the seats were not renewed by it.
    const [row] = await ownerSql()`select status from orders where id = ${res.body.id}`;
    expect(row.status).toBe("lapsed");
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ renewed: 0, purchased: 45, used: 45, noAccess: 5 });
  });

  it("a viewer may not renew (403); replay and 10 concurrent requests with one key make one renewal", async () => {
    const sb = await newSandbox("renewal-window-50-45");
    const viewer = await roleToken(sb, "viewer");
    const json = { productId: STUDIO, kind: "renewal", quantity: 5 };
    expectError(await call(createOrderEndpoint, { workspace: sb.slug }, { token: viewer.token, json }), 403, "forbidden");
    const key = idemKey();
    const responses = await concurrently(10, () => call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json, idempotencyKey: key }));
    expectOneEffectAnswers(responses, 201);
    const replay = await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json, idempotencyKey: key });
    expect(replay.body).toEqual(responses[0].body);
    const [{ n }] = await ownerSql()<{ n: number }[]>`select count(*)::int as n from orders where workspace_id = ${sb.id} and kind = 'renewal' and status = 'unpaid'`; // the template's own renewal is paid
    expect(n).toBe(1);
    expect(await mailOf(sb.id, "order.confirmation")).toHaveLength(1);
  });
});

describe("GET /orders/quote", () => {
  it("prices added seats pro rata to the anniversary and creates nothing", async () => {
    const sb = await newSandbox("outside-window");
    const res = await call(quoteOrderEndpoint, { workspace: sb.slug }, { token: sb.token, query: { productId: STUDIO, kind: "add_licenses", quantity: "3" } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      productId: STUDIO,
      kind: "add_licenses",
      quantity: 3,
      currency: "PLN",
      unitAmountMinor: STUDIO_PLN,
      listUnitAmountMinor: STUDIO_PLN,
      offerName: null,
      yearDays: expect.any(Number),
    });
    expect(res.body.chargedDays).toBeGreaterThanOrEqual(119);
    expect(res.body.chargedDays).toBeLessThanOrEqual(121);
    expect(res.body.amountMinor).toBe(Math.round((3 * STUDIO_PLN * res.body.chargedDays) / res.body.yearDays));
    // The order then costs exactly the quote.
    const order = await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: STUDIO, kind: "add_licenses", quantity: 3 } });
    expect(order.body.amountMinor).toBe(res.body.amountMinor);
  });

  it("applies a special offer valid on the workspace-local date", async () => {
    const sb = await newSandbox("empty");
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(new Date(sb.clockNow));
    await ownerSql()`insert into prices (product_id, currency, unit_amount_minor, offer_name, valid_from, valid_until)
      values (${PHOTO}, 'PLN', 99900, ${`Offer ${sb.slug}`}, ${today}, ${today})`;
    try {
      const res = await call(quoteOrderEndpoint, { workspace: sb.slug }, { token: sb.token, query: { productId: PHOTO, kind: "add_products", quantity: 2 } });
      expect(res.body).toMatchObject({ unitAmountMinor: 99900, offerName: `Offer ${sb.slug}`, chargedDays: res.body.yearDays, amountMinor: 2 * 99900 });
    } finally {
      await ownerSql()`delete from prices where offer_name = ${`Offer ${sb.slug}`}`;
    }
  });

  it("422 for invalid fields; 404 for an unknown product; a viewer may preview", async () => {
    const sb = await newSandbox("outside-window");
    const ws = { workspace: sb.slug };
    expectFieldError(await call(quoteOrderEndpoint, ws, { token: sb.token, query: { productId: STUDIO, kind: "add_licenses", quantity: 0 } }), "quantity");
    expectFieldError(await call(quoteOrderEndpoint, ws, { token: sb.token, query: { productId: "x", kind: "add_licenses", quantity: 1 } }), "productId");
    expectFieldError(await call(quoteOrderEndpoint, ws, { token: sb.token, query: { productId: STUDIO, kind: "add_products", quantity: 1 } }), "kind");
    expectError(await call(quoteOrderEndpoint, ws, { token: sb.token, query: { productId: randomId(), kind: "add_products", quantity: 1 } }), 404, "not_found");
    const viewer = await roleToken(sb, "viewer");
    expect((await call(quoteOrderEndpoint, ws, { token: viewer.token, query: { productId: STUDIO, kind: "add_licenses", quantity: 1 } })).status).toBe(200);
  });
});

describe("GET /orders/{orderId}", () => {
  it("returns an order; another workspace's order answers like a random id", async () => {
    const a = await newSandbox("outside-window");
    const b = await newSandbox("outside-window");
    const own = await call(getOrderEndpoint, { workspace: a.slug, orderId: seedId(`order:${a.slug}:NW-PDF-PRO:add`) }, { token: a.token });
    expect(own.status, own.text).toBe(200);
    expect(own.body).toMatchObject({ productId: PDF_PRO, quantity: 5, status: "unpaid" });
    const foreign = await call(getOrderEndpoint, { workspace: a.slug, orderId: seedId(`order:${b.slug}:NW-PDF-PRO:add`) }, { token: a.token });
    const random = await call(getOrderEndpoint, { workspace: a.slug, orderId: randomId() }, { token: a.token });
    expectError(foreign, 404, "not_found");
    expect(answer(foreign)).toEqual(answer(random));
  });

  const cases = (orderId: string): Case[] => [
    { endpoint: getOrderEndpoint, params: { orderId } },
    { endpoint: quoteOrderEndpoint, query: { productId: STUDIO, kind: "add_licenses", quantity: 1 } },
  ];

  it("401 without a valid token; another workspace's slug is hidden", async () => {
    const a = await newSandbox("outside-window");
    const b = await newSandbox("outside-window");
    await expectUnauthenticated(cases(seedId(`order:${a.slug}:NW-PDF-PRO:add`)), a);
    await expectSlugHidden(cases(seedId(`order:${b.slug}:NW-PDF-PRO:add`)), a.token, b.slug);
  });
});

describe("order e-mails", () => {
  it("Add licenses: confirmation to the ordering person and the supervisors, in the workspace's locale and currency", async () => {
    const sb = await newSandbox("outside-window", "DE");
    const adminEmail = String(sb.body.signIns.admin.email).toLowerCase();
    const [admin] = await ownerSql()<{ id: string }[]>`select id from accounts where lower(email) = ${adminEmail}`;
    const ctx = await openWorkspace((await loadActor(admin.id))!, sb.slug);
    const { runOperation } = await import("@/lib/operations");
    const { result } = await runOperation(createOrder, ctx, { productId: STUDIO, kind: "add_licenses", quantity: 2 });
    const [mail] = await mailOf(sb.id, "order.confirmation");
    expect(mail.recipients.sort()).toEqual([adminEmail, supervisorEmail(sb)].sort());
    expect(mail.text).toContain("Produkt: Northwind Studio — All Apps");
    expect(mail.text).toContain("Menge: 2 Plätze");
    expect(mail.text).toMatch(/Betrag: [\d.]+,\d\d\s€/); // de-DE, EUR
    expect(mail.text).toContain(`Bestellung: ${result.number} (Lizenzen hinzufügen)`);
    expect(mail.text).toMatch(/Laufzeit: \d{1,2}\. \S+ \d{4} – \d{1,2}\. \S+ \d{4}/);
  });

  it("the confirmation is queued in the order's transaction: rolled back together", async () => {
    const sb = await newSandbox("outside-window");
    const supervisor = String(sb.body.signIns.supervisor.email).toLowerCase();
    const [acc] = await ownerSql()<{ id: string }[]>`select id from accounts where lower(email) = ${supervisor}`;
    const ctx = await openWorkspace((await loadActor(acc.id))!, sb.slug);
    await expect(
      withScope({ kind: "account", accountId: acc.id, workspaceId: sb.id }, async (tx) => {
        await createOrder.run({ ...ctx, auditActor: { accountId: acc.id, label: supervisor } }, { productId: STUDIO, kind: "add_licenses", quantity: 1, purchaseOrder: null }, tx);
        const [inside] = await tx.execute<{ n: number }>(sql`select count(*)::int as n from mail_messages where kind = 'order.confirmation'`);
        expect(inside.n).toBe(1);
        throw new Error("the payment provider is down");
      }),
    ).rejects.toThrow("the payment provider is down");
    expect(await mailOf(sb.id, "order.confirmation")).toEqual([]);
    expect(await countRows("orders", sb.id)).toBe(1);
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ unpaid: 0 });
  });

  it("paying the template's unpaid order sends one receipt, even when paid 8 times at once", async () => {
    const sb = await newSandbox("outside-window");
    const orderId = seedId(`order:${sb.slug}:NW-PDF-PRO:add`);
    const responses = await concurrently(8, () => call(payOrderEndpoint, { workspace: sb.slug, orderId }, { token: sb.token }));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(await seatsOf(sb.id, PDF_PRO)).toMatchObject({ purchased: 15, unpaid: 0 });
    const receipts = await mailOf(sb.id, "order.paid");
    expect(receipts).toHaveLength(1);
    expect(receipts[0].text).toMatch(/^(Liczba: 5 stanowisk|Menge: 5 Plätze)$/m);
    expect(await auditRows(sb.id, "payment.confirmed")).toHaveLength(1);
  });
});
