/**
 * Issue 12: one truth about every license. A term is renewed once whichever path (the
 * workspace's renewal order, the reseller's online renewal), unpaid orders lapse when their term
 * can no longer start, renewal mail goes to people, refusals say what is true.
 */
import { describe, expect, it } from "vitest";
import { getLicenseEndpoint } from "@/lib/api/v1/activation";
import { advanceClockEndpoint } from "@/lib/api/v1/clock";
import { addRequestKeyEndpoint } from "@/lib/api/v1/keys";
import { cancelOrderEndpoint, createOrderEndpoint, getOrderEndpoint, listOrdersEndpoint, payOrderEndpoint } from "@/lib/api/v1/orders";
import { assignEndpoint } from "@/lib/api/v1/products";
import { getRenewalEndpoint, renewLicenseEndpoint } from "@/lib/api/v1/renewals";
import { bulkCreateUsersEndpoint, createUserEndpoint } from "@/lib/api/v1/users";
import { ownerSql } from "../factories";
import { call, expectError, idemKey, newSandbox, PDF_PRO, PHOTO, roleToken, seatsOf, STUDIO, type TestSandbox } from "./helpers";

/** "outside-window" moved 100 days on: the anniversary is 20 days away, its renewal window open. */
async function windowOpen(): Promise<TestSandbox> {
  const sb = await newSandbox("outside-window", "PL");
  const adv = await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days: 100 } });
  expect(adv.status, adv.text).toBe(200);
  return sb;
}

async function studioLicense(sb: TestSandbox): Promise<string> {
  const [row] = await ownerSql()<{ id: string }[]>`select id from licenses where workspace_id = ${sb.id} and product_id = ${STUDIO} and state = 'active'`;
  return row.id;
}

const renewalOrder = (sb: TestSandbox, quantity = 20) =>
  call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: STUDIO, kind: "renewal", quantity } });

/** The online renewal exactly as the checkout sends it: the term end and total it was shown. */
async function renewOnline(sb: TestSandbox, licenseId: string, key = idemKey()) {
  const view = await call(getRenewalEndpoint, { workspace: sb.slug, licenseId }, { token: sb.token });
  const body = { expectedTermEnd: view.body.termEnd, expectedAmountMinor: view.body.quote?.amountMinor ?? 0 };
  return call(renewLicenseEndpoint, { workspace: sb.slug, licenseId }, { token: sb.token, json: body, idempotencyKey: key });
}

async function renewalsOf(licenseId: string) {
  return ownerSql()<{ via: string; seats: number; term_start: Date; term_end: Date }[]>`
    select via, seats, term_start, term_end from license_terms where license_id = ${licenseId} and renews_term_end is not null`;
}

async function paidRenewalOrders(workspaceId: string): Promise<number> {
  const [{ n }] = await ownerSql()<{ n: number }[]>`select count(*)::int as n from orders where workspace_id = ${workspaceId} and kind = 'renewal' and status = 'paid'`;
  return n;
}

describe("a term is renewed once, whichever path", () => {
  it("renewal order paid first: the online renewal reads 'renewed until' and is refused, nothing charged twice", async () => {
    const sb = await windowOpen();
    const license = await studioLicense(sb);
    const order = await renewalOrder(sb);
    expect(order.status, order.text).toBe(201);
    expect((await call(payOrderEndpoint, { workspace: sb.slug, orderId: order.body.id }, { token: sb.token })).status).toBe(200);

    const view = await call(getRenewalEndpoint, { workspace: sb.slug, licenseId: license }, { token: sb.token });
    expect(view.body).toMatchObject({ eligible: false, reasons: ["already_renewed"], quote: null });
    expect(view.body.renewedUntil).toBe(order.body.termEnd);
    const online = await renewOnline(sb, license);
    expectError(online, 409, "term_already_renewed");
    expect(online.body.error.details).toMatchObject({ renewedUntil: order.body.termEnd, via: "renewal_order", seats: 20 });
    expect(await paidRenewalOrders(sb.id)).toBe(1);
    const renewals = await renewalsOf(license);
    expect(renewals).toHaveLength(1);
    // The ledger's term is the order's term: both paths name the same dates.
    expect([renewals[0].term_start.toISOString(), renewals[0].term_end.toISOString()]).toEqual([order.body.termStart, order.body.termEnd]);
  });

  it("online renewal first: the workspace's renewal order is refused when placed and when an earlier one is paid", async () => {
    const sb = await windowOpen();
    const license = await studioLicense(sb);
    const early = await renewalOrder(sb);
    expect(early.status).toBe(201);
    const online = await renewOnline(sb, license);
    expect(online.status, online.text).toBe(201);
    expect(online.body.orderNumber).toMatch(/^LC-\d{4}-\d{6}$/);

    expectError(await renewalOrder(sb), 409, "term_already_renewed");
    expectError(await call(payOrderEndpoint, { workspace: sb.slug, orderId: early.body.id }, { token: sb.token }), 409, "term_already_renewed");
    // The online renewal's 25 seats, counted once: the refused order added none.
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ renewed: 25 });
    expect(await paidRenewalOrders(sb.id)).toBe(1);
    const renewals = await renewalsOf(license);
    expect(renewals.map((r) => r.via)).toEqual(["online_renewal"]);
    // The online renewal's order runs from the old end, the dates the ledger holds.
    const [paid] = await ownerSql()<{ term_start: Date; term_end: Date }[]>`select term_start, term_end from orders where id = ${online.body.orderId}`;
    expect(paid.term_start.toISOString()).toBe(online.body.previousTermEnd);
    expect([renewals[0].term_start, renewals[0].term_end].map((d) => d.toISOString())).toEqual([paid.term_start.toISOString(), paid.term_end.toISOString()]);
  });

  it("a renewal order and an online renewal at the same moment: exactly one renews the term", async () => {
    const sb = await windowOpen();
    const license = await studioLicense(sb);
    const order = await renewalOrder(sb);
    const view = await call(getRenewalEndpoint, { workspace: sb.slug, licenseId: license }, { token: sb.token });
    const body = { expectedTermEnd: view.body.termEnd, expectedAmountMinor: view.body.quote.amountMinor };
    const [paid, online, online2] = await Promise.all([
      call(payOrderEndpoint, { workspace: sb.slug, orderId: order.body.id }, { token: sb.token }),
      call(renewLicenseEndpoint, { workspace: sb.slug, licenseId: license }, { token: sb.token, json: body, idempotencyKey: idemKey() }),
      call(renewLicenseEndpoint, { workspace: sb.slug, licenseId: license }, { token: sb.token, json: body, idempotencyKey: idemKey() }),
    ]);
    const statuses = [paid.status, online.status, online2.status];
    expect(statuses.filter((s) => s === 200 || s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(2);
    expect(await renewalsOf(license)).toHaveLength(1);
    expect(await paidRenewalOrders(sb.id)).toBe(1);
  });

  it("more renewal orders of the same term add their seats to it (a partial renewal completed later)", async () => {
    const sb = await windowOpen();
    const license = await studioLicense(sb);
    for (const quantity of [15, 5]) {
      const o = await renewalOrder(sb, quantity);
      expect((await call(payOrderEndpoint, { workspace: sb.slug, orderId: o.body.id }, { token: sb.token })).status).toBe(200);
    }
    expect((await renewalsOf(license)).map((r) => [r.via, r.seats])).toEqual([["renewal_order", 20]]);
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ renewed: 20 });
  });
});

describe("an online renewal lasts (found by the consistency oracle)", () => {
  it("renewed online inside the window: the window's close keeps the license and its users", async () => {
    const sb = await windowOpen();
    const license = await studioLicense(sb);
    const online = await renewOnline(sb, license);
    expect(online.status, online.text).toBe(201);
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 20, renewed: 25 });
    expect((await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days: 60 } })).status).toBe(200);
    const read = await call(getLicenseEndpoint, { workspace: sb.slug, licenseId: license }, { token: sb.token });
    expect(read.body.state).not.toBe("expired");
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 20, purchased: 25, noAccess: 0 });
  });

  it("renewed online after the close ended it: its seats are paid seats again", async () => {
    const sb = await newSandbox("outside-window", "PL");
    expect((await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days: 160 } })).status).toBe(200);
    const [ended] = await ownerSql()<{ id: string }[]>`select id from licenses where workspace_id = ${sb.id} and product_id = ${STUDIO} and state = 'expired'`;
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ purchased: 0 });
    const online = await renewOnline(sb, ended.id);
    expect(online.status, online.text).toBe(201);
    const read = await call(getLicenseEndpoint, { workspace: sb.slug, licenseId: ended.id }, { token: sb.token });
    expect(read.body.state).toBe("active");
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ purchased: read.body.quantity });
  });
});

describe("unpaid orders lapse when their term can no longer start", () => {
  it("an Add licenses order placed before a no-renewal close and paid after it: 409, nothing created, told by e-mail", async () => {
    const sb = await newSandbox("outside-window", "PL");
    const list = await call(listOrdersEndpoint, { workspace: sb.slug }, { token: sb.token });
    const stale = list.body.data.find((o: { productId: string; kind: string }) => o.productId === PDF_PRO && o.kind === "add_licenses");
    expect(stale).toMatchObject({ status: "unpaid", lapseReason: null });
    expect(stale.termEnd).not.toBeNull();
    // Past the anniversary and the window's close: PDF Pro was not renewed.
    expect((await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days: 160 } })).status).toBe(200);
    const before = await ownerSql()`select id, state, quantity, term_end from licenses where workspace_id = ${sb.id} and product_id = ${PDF_PRO} order by id`;

    const read = await call(getOrderEndpoint, { workspace: sb.slug, orderId: stale.id }, { token: sb.token });
    expect(read.body).toMatchObject({ status: "lapsed", lapseReason: "term_ended" });
    const pay = await call(payOrderEndpoint, { workspace: sb.slug, orderId: stale.id }, { token: sb.token });
    expectError(pay, 409, "order_lapsed");
    expect(pay.body.error.message).toMatch(/lapsed/);
    expect(await ownerSql()`select id, state, quantity, term_end from licenses where workspace_id = ${sb.id} and product_id = ${PDF_PRO} order by id`).toEqual(before);
    expect(before.every((l) => l.state !== "active")).toBe(true);
    expect(await seatsOf(sb.id, PDF_PRO)).toMatchObject({ unpaid: 0, purchased: 0 });
    const [row] = await ownerSql()`select status from orders where id = ${stale.id}`;
    expect(row.status).toBe("lapsed");
    const mails = await ownerSql()<{ subject: string; text: string }[]>`select subject, text from mail_messages where workspace_id = ${sb.id} and kind = 'order.lapsed'`;
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain(stale.number);
  });

  it("an Add products order left unpaid past the window's close lapses at the close and stops counting as payment required", async () => {
    const sb = await windowOpen();
    const order = await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: PHOTO, kind: "add_products", quantity: 2 } });
    expect(order.status, order.text).toBe(201);
    expect(await seatsOf(sb.id, PHOTO)).toMatchObject({ unpaid: 2 });
    expect((await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days: 60 } })).status).toBe(200);
    const [row] = await ownerSql()<{ status: string }[]>`select status from orders where id = ${order.body.id}`;
    expect(row.status).toBe("lapsed");
    expect((await seatsOf(sb.id, PHOTO))?.unpaid ?? 0).toBe(0);
  });

  it("the supervisor cancels an unpaid order (an admin may not); it can no longer be paid and its seats are released", async () => {
    const sb = await newSandbox("outside-window", "PL");
    const order = await call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: STUDIO, kind: "add_licenses", quantity: 3, purchaseOrder: "PO-7781/2026" } });
    expect(order.body).toMatchObject({ purchaseOrder: "PO-7781/2026", number: expect.stringMatching(/^LC-\d{4}-\d{6}$/) });
    const [confirmation] = await ownerSql()<{ text: string }[]>`select text from mail_messages where workspace_id = ${sb.id} and kind = 'order.confirmation' order by created_at desc limit 1`;
    expect(confirmation.text).toContain("Twoje zamówienie zakupu (PO): PO-7781/2026");
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ unpaid: 3 });
    const admin = await roleToken(sb, "admin");
    expectError(await call(cancelOrderEndpoint, { workspace: sb.slug, orderId: order.body.id }, { token: admin.token }), 403, "forbidden");
    const cancelled = await call(cancelOrderEndpoint, { workspace: sb.slug, orderId: order.body.id }, { token: sb.token });
    expect(cancelled.status, cancelled.text).toBe(200);
    expect(cancelled.body.status).toBe("cancelled");
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ unpaid: 0, purchased: 25 });
    expect((await call(cancelOrderEndpoint, { workspace: sb.slug, orderId: order.body.id }, { token: sb.token })).body.status).toBe("cancelled");
    expectError(await call(payOrderEndpoint, { workspace: sb.slug, orderId: order.body.id }, { token: sb.token }), 409, "conflict");
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ unpaid: 0, purchased: 25 });
  });

  it("orders are numbered in sequence per workspace, also under concurrency", async () => {
    const sb = await newSandbox("outside-window", "PL");
    const made = await Promise.all(
      [1, 2, 3, 4, 5].map(() => call(createOrderEndpoint, { workspace: sb.slug }, { token: sb.token, json: { productId: STUDIO, kind: "add_licenses", quantity: 1 } })),
    );
    expect(made.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const seqs = (await ownerSql()<{ seq: number }[]>`select seq from orders where workspace_id = ${sb.id} order by seq`).map((r) => r.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });
});

describe("renewal e-mails and refusals", () => {
  it("a renewal by an API token is mailed to the workspace's people, never to the token's placeholder address", async () => {
    const sb = await windowOpen();
    const res = await renewOnline(sb, await studioLicense(sb));
    expect(res.status, res.text).toBe(201);
    expect(res.body.mailedTo.length).toBeGreaterThan(0);
    expect(res.body.mailedTo.some((e: string) => e.endsWith(".invalid"))).toBe(false);
    const [mail] = await ownerSql()<{ recipients: string[]; text: string }[]>`select recipients, text from mail_messages where workspace_id = ${sb.id} and kind = 'license.renewed'`;
    expect(mail.recipients).toEqual(res.body.mailedTo);
    expect(mail.recipients.join(",")).not.toMatch(/api-tokens\.invalid/);
    expect(mail.text).not.toMatch(/activation code/i);
  });

  it("assigning a product whose subscription was not renewed says so, and not 'unassign a user first'", async () => {
    const sb = await newSandbox("outside-window", "PL");
    expect((await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days: 160 } })).status).toBe(200);
    const user = await call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, json: { name: "Ewa Nowak", email: `ewa.${Date.now()}@example.com` } });
    const res = await call(assignEndpoint, { workspace: sb.slug, productId: PDF_PRO }, { token: sb.token, json: { userId: user.body.id } });
    expectError(res, 409, "conflict");
    expect(res.body.error.message).toMatch(/subscription ended/);
    expect(res.body.error.message).not.toMatch(/unassign/i);
  });

  it("a supervisor-only endpoint refuses an admin before it reads the body (403, not a detailed 422)", async () => {
    const sb = await newSandbox("empty", "PL");
    const admin = await roleToken(sb, "admin");
    expectError(await call(addRequestKeyEndpoint, { workspace: sb.slug }, { token: admin.token, json: { requestKey: "not digits" } }), 403, "forbidden");
    expectError(await call(addRequestKeyEndpoint, { workspace: sb.slug }, { token: sb.token, json: { requestKey: "not digits" } }), 422, "validation_failed");
  });

  it("a batch with dup@ and DUP@ creates one user and reports the second as skipped", async () => {
    const sb = await newSandbox("empty", "PL");
    const res = await call(bulkCreateUsersEndpoint, { workspace: sb.slug }, {
      token: sb.token,
      json: { users: [{ name: "Dup One", email: "dup@x.example" }, { name: "Dup Two", email: "DUP@x.example" }] },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.created).toHaveLength(1);
    expect(res.body.skipped).toEqual([{ email: "dup@x.example", reason: "duplicate_in_batch" }]);
  });
});
