/**
 * The reseller's console through lib/: the cross-workspace lists, isolation (other resellers,
 * workspace admins, unlinking), and the online renewal with its order, e-mail and audit.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { needsRenewal } from "@/lib/seats/rules";
import { withScope } from "@/db/scope";
import { openWorkspace } from "@/lib/access/workspace";
import { loadActor, type Actor } from "@/lib/auth/accounts";
import { startOfLocalDay } from "@/lib/clock/rules";
import { AppError } from "@/lib/errors";
import { runOperation } from "@/lib/operations";
import { exportResellerLicenses, getResellerLicense, listResellerLicenses, readLicenseFilters, type ResellerLicenseQuery } from "@/lib/reseller/licenses";
import { inReseller, listResellerWorkspaces, openReseller, type ResellerContext } from "@/lib/reseller";
import { renewalQuote, renewLicense } from "@/lib/reseller/renewal";
import {
  createAccount,
  createLicense,
  createMember,
  createProduct,
  createReseller,
  createWorkspace,
  disableAccount,
  linkReseller,
  ownerSql,
  uniq,
  unlinkReseller,
} from "./factories";


async function actorOf(accountId: string): Promise<Actor> {
  const actor = await loadActor(accountId);
  if (!actor) throw new Error("no actor");
  return actor;
}

async function status(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    if (e instanceof AppError) return e.status;
    throw e;
  }
}

const query = (over: Partial<ResellerLicenseQuery> = {}): ResellerLicenseQuery => ({
  page: 1,
  size: 25,
  sort: "termEnd",
  dir: "asc",
  q: "",
  filters: {},
  ...over,
});

async function setClock(workspaceId: string, now: Date) {
  await ownerSql()`insert into workspace_clocks (workspace_id, now) values (${workspaceId}, ${now})
                   on conflict (workspace_id) do update set now = excluded.now`;
}

async function price(productId: string, currency: string, unitAmountMinor: number, offer?: { name: string; from: string; until: string }) {
  await ownerSql()`insert into prices (product_id, currency, unit_amount_minor, offer_name, valid_from, valid_until)
                   values (${productId}, ${currency}, ${unitAmountMinor}, ${offer?.name ?? null}, ${offer?.from ?? null}, ${offer?.until ?? null})`;
}

/** A reseller with two linked workspaces (PL, DE), another reseller's workspace, and an unlinked one. */
async function world() {
  const now = new Date("2026-06-10T10:00:00Z");
  const reseller = await createReseller();
  const other = await createReseller();
  const staff = await createAccount({ resellerId: reseller.id });
  const otherStaff = await createAccount({ resellerId: other.id });
  const pl = await createWorkspace({ country: "PL", name: `A ${uniq()}` });
  const de = await createWorkspace({ country: "DE", name: `B ${uniq()}` });
  const foreign = await createWorkspace({ country: "PL" });
  const unlinked = await createWorkspace({ country: "PL" });
  await linkReseller(reseller.id, pl.id);
  await linkReseller(reseller.id, de.id);
  await linkReseller(other.id, foreign.id);
  for (const ws of [pl, de, foreign, unlinked]) await setClock(ws.id, now);
  const product = await createProduct({ name: `Endpoint Cloud ${uniq()}` });
  const other_product = await createProduct({ name: `Mixer ${uniq()}` });
  await price(product.id, "PLN", 12_900);
  await price(product.id, "EUR", 2_990);
  const waw = (day: string) => startOfLocalDay(day, "Europe/Warsaw");
  const lic = {
    plSoon: await createLicense(pl.id, product.id, { name: "PL soon", quantity: 25, termStart: waw("2025-06-30"), termEnd: waw("2026-06-30"), purchasedAt: waw("2025-06-30") }),
    plLate: await createLicense(pl.id, other_product.id, { name: "PL later", quantity: 5, termStart: waw("2025-12-01"), termEnd: waw("2026-12-01") }),
    plPartner: await createLicense(pl.id, product.id, { name: "PL partner", source: "reseller", termEnd: waw("2026-06-20") }),
    plOld: await createLicense(pl.id, product.id, { name: "PL old", purchasedAt: waw("2019-03-31"), termStart: waw("2025-06-20"), termEnd: waw("2026-06-20") }),
    de: await createLicense(de.id, product.id, { name: "DE soon", quantity: 3, termEnd: startOfLocalDay("2026-06-25", "Europe/Berlin"), state: "active" }),
    foreign: await createLicense(foreign.id, product.id, { name: "Foreign", termEnd: waw("2026-06-25") }),
    unlinked: await createLicense(unlinked.id, product.id, { name: "Unlinked", termEnd: waw("2026-06-25") }),
  };
  await ownerSql()`insert into product_seats (workspace_id, product_id, used, purchased, unpaid) values (${pl.id}, ${product.id}, 30, 25, 4)`;
  const ctx = await openReseller(await actorOf(staff.id), reseller.slug);
  return { now, reseller, other, staff, otherStaff, pl, de, foreign, unlinked, product, other_product, lic, ctx, waw };
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe("the reseller's licenses across workspaces", () => {
  it("lists the licenses of every linked workspace and nothing else, with filters, sort, paging and counts", async () => {
    const w = await world();
    const all = await inReseller(w.ctx, (tx) => listResellerLicenses(tx, w.reseller.id, query()));
    expect(all.total).toBe(5);
    expect(ids(all.rows)).toEqual([w.lic.plSoon.id, w.lic.plLate.id, w.lic.plPartner.id, w.lic.plOld.id, w.lic.de.id].sort());
    // Sorted by term end, ids breaking ties.
    expect(all.rows.map((r) => r.termEnd.getTime())).toEqual([...all.rows.map((r) => r.termEnd.getTime())].sort((a, b) => a - b));
    expect(all.rows.find((r) => r.id === w.lic.plSoon.id)?.daysLeft).toBe(20);

    const byWs = await inReseller(w.ctx, (tx) => listResellerLicenses(tx, w.reseller.id, query({ filters: { workspace: w.de.slug } })));
    expect(ids(byWs.rows)).toEqual([w.lic.de.id]);
    const byProduct = await inReseller(w.ctx, (tx) => listResellerLicenses(tx, w.reseller.id, query({ filters: { product: w.other_product.id } })));
    expect(ids(byProduct.rows)).toEqual([w.lic.plLate.id]);
    const within20 = await inReseller(w.ctx, (tx) => listResellerLicenses(tx, w.reseller.id, query({ filters: { expires: 16 } })));
    expect(ids(within20.rows)).toEqual([w.lic.de.id, w.lic.plPartner.id, w.lic.plOld.id].sort());
    const searched = await inReseller(w.ctx, (tx) => listResellerLicenses(tx, w.reseller.id, query({ q: "later" })));
    expect(ids(searched.rows)).toEqual([w.lic.plLate.id]);

    const page2 = await inReseller(w.ctx, (tx) => listResellerLicenses(tx, w.reseller.id, query({ size: 2, page: 2, sort: "name", dir: "desc" })));
    expect(page2.total).toBe(5);
    const byName = [...all.rows].sort((a, b) => (a.name < b.name ? 1 : -1)).map((r) => r.name);
    expect(page2.rows.map((r) => r.name)).toEqual(byName.slice(2, 4));

    const csv = await inReseller(w.ctx, (tx) => exportResellerLicenses(tx, w.reseller.id, query({ filters: { workspace: w.pl.slug } }), 1000));
    expect(csv).toHaveLength(4);
  });

  it("reads filters from the URL and drops malformed ones", () => {
    expect(readLicenseFilters({ workspace: "ws-1", product: "nope", state: "active", expires: "30" })).toEqual({ workspace: "ws-1", state: "active", expires: 30 });
    expect(readLicenseFilters({ workspace: "DROP TABLE", state: "gone", expires: "-1" })).toEqual({});
  });

  it("shows every linked workspace with its figures", async () => {
    const w = await world();
    const page = await inReseller(w.ctx, (tx) => listResellerWorkspaces(tx, w.reseller.id, { page: 1, size: 25, sort: "name", dir: "asc", q: "" }));
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.slug)).toEqual([w.pl.slug, w.de.slug]);
    const pl = page.rows[0];
    // No renewal window is open: nothing needs renewal, as seatView says (30 used beyond 25 paid notwithstanding).
    expect(needsRenewal({ used: 30, renewed: 0 }, false)).toBe(0);
    expect(pl).toMatchObject({ licenses: 4, expiringSoon: 3, shortage: 0, unpaid: 4, currency: "PLN" });
    expect(page.rows[1]).toMatchObject({ licenses: 1, expiringSoon: 1, shortage: 0, unpaid: 0, currency: "EUR" });
    const sorted = await inReseller(w.ctx, (tx) => listResellerWorkspaces(tx, w.reseller.id, { page: 1, size: 25, sort: "licenses", dir: "asc", q: "" }));
    expect(sorted.rows.map((r) => r.slug)).toEqual([w.de.slug, w.pl.slug]);
  });
});

describe("reseller isolation", () => {
  it("another reseller's staff, a workspace's own admin and an unknown slug all get 404", async () => {
    const w = await world();
    expect(await status(openReseller(await actorOf(w.otherStaff.id), w.reseller.slug))).toBe(404);
    const admin = await createMember(w.pl.id, "supervisor");
    expect(await status(openReseller(await actorOf(admin.id), w.reseller.slug))).toBe(404);
    expect(await status(openReseller(await actorOf(w.staff.id), "no-such-reseller"))).toBe(404);
  });

  it("never shows another reseller's or an unlinked workspace's license, even by id", async () => {
    const w = await world();
    for (const id of [w.lic.foreign.id, w.lic.unlinked.id, randomUUID(), "not-a-uuid"]) {
      expect(await status(inReseller(w.ctx, (tx) => getResellerLicense(tx, w.reseller.id, id)))).toBe(404);
    }
    // Even asking with the other reseller's id inside our scope: row-level security hides its rows.
    const leaked = await inReseller(w.ctx, (tx) => listResellerLicenses(tx, w.other.id, query()));
    expect(leaked.rows).toEqual([]);
    expect(leaked.total).toBe(0);
  });

  it("unlinking a workspace ends access on the next request", async () => {
    const w = await world();
    expect(await status(inReseller(w.ctx, (tx) => getResellerLicense(tx, w.reseller.id, w.lic.de.id)))).toBe(200);
    await unlinkReseller(w.reseller.id, w.de.id);
    expect(await status(inReseller(w.ctx, (tx) => getResellerLicense(tx, w.reseller.id, w.lic.de.id)))).toBe(404);
    const after = await inReseller(w.ctx, (tx) => listResellerLicenses(tx, w.reseller.id, query()));
    expect(after.rows.some((r) => r.id === w.lic.de.id)).toBe(false);
    expect(await status(openWorkspace(await actorOf(w.staff.id), w.de.slug))).toBe(404);
  });
});

describe("online renewal", () => {
  async function renew(w: Awaited<ReturnType<typeof world>>, licenseId: string, slug: string, requestKey = randomUUID()) {
    const actor = await actorOf(w.staff.id);
    const ctx = await openWorkspace(actor, slug);
    const lic = await inReseller(w.ctx, (tx) => getResellerLicense(tx, w.reseller.id, licenseId));
    const quote = await inReseller(w.ctx, (tx) => renewalQuote(tx, lic, lic.workspace, lic.now));
    const input = { licenseId, expectedTermEnd: lic.termEnd.toISOString(), expectedAmountMinor: quote?.amountMinor ?? 0, requestKey };
    return { ...(await runOperation(renewLicense, ctx, input, { idempotencyKey: requestKey })), input, ctx };
  }

  it("charges in the workspace's currency, extends by the days that remained, mails the admins without a code to enter, audits, once", async () => {
    const w = await world();
    const admin = await createMember(w.pl.id, "admin");
    const gone = await createMember(w.pl.id, "admin");
    await disableAccount(gone.id);
    const key = randomUUID();
    const first = await renew(w, w.lic.plSoon.id, w.pl.slug, key);
    expect(first.replayed).toBe(false);
    expect(first.result).toMatchObject({ amountMinor: 25 * 12_900, currency: "PLN", carriedDays: 20, termEnd: w.waw("2027-06-30").toISOString() });
    // A double click sends the same form again: the same renewal comes back; one order, one e-mail.
    const again = await runOperation(renewLicense, first.ctx, first.input, { idempotencyKey: key });
    expect(again).toMatchObject({ replayed: true, result: { orderId: first.result.orderId } });
    // Two clicks at once: both answer with the one renewal.
    const key2 = randomUUID();
    const lic = await inReseller(w.ctx, (tx) => getResellerLicense(tx, w.reseller.id, w.lic.de.id));
    const deCtx = await openWorkspace(await actorOf(w.staff.id), w.de.slug);
    const input2 = { licenseId: lic.id, expectedTermEnd: lic.termEnd.toISOString(), expectedAmountMinor: 3 * 2_990, requestKey: key2 };
    const both = await Promise.all([1, 2].map(() => runOperation(renewLicense, deCtx, input2, { idempotencyKey: key2 }).then((r) => r.result.orderId, (e) => e)));
    expect(both[0]).toBe(both[1]);
    const [{ n }] = await ownerSql()`select count(*)::int as n from orders where workspace_id = ${w.de.id}`;
    expect(n).toBe(1);

    const orders = await ownerSql()`select kind, status, amount_minor, currency, quantity, paid_at from orders where workspace_id = ${w.pl.id}`;
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ kind: "renewal", status: "paid", amount_minor: "322500", currency: "PLN", quantity: 25 });
    expect(orders[0].paid_at).not.toBeNull();
    const [license] = await ownerSql()`select term_end from licenses where id = ${w.lic.plSoon.id}`;
    expect(license.term_end.toISOString()).toBe(w.waw("2027-06-30").toISOString());
    const mails = await ownerSql()`select kind, recipients, text from mail_messages where workspace_id = ${w.pl.id}`;
    expect(mails).toHaveLength(1);
    expect(mails[0].kind).toBe("license.renewed");
    expect(mails[0].recipients).toContain(w.staff.email.toLowerCase());
    expect(mails[0].recipients).toContain(admin.email.toLowerCase());
    expect(mails[0].recipients).not.toContain(gone.email.toLowerCase());
    // The term is extended already: no code to enter (entering one would replace the license again).
    expect(mails[0].text).not.toMatch(/Activation code|Enter the activation code/);
    // In the Polish workspace's language, nobody having chosen another.
    expect(mails[0].text).toContain("Nie musisz niczego wprowadzać.");
    expect(mails[0].text).toContain(`(zamówienie ${first.result.orderNumber})`);
    const terms = await ownerSql()`select via, seats, renews_term_end, term_end, activation_code from license_terms where license_id = ${w.lic.plSoon.id} and renews_term_end is not null`;
    expect(terms).toEqual([expect.objectContaining({ via: "online_renewal", seats: 25, activation_code: null })]);
    expect(terms[0].term_end.toISOString()).toBe(w.waw("2027-06-30").toISOString());
    const audits = await ownerSql()`select action from audit_events where workspace_id = ${w.pl.id} order by action`;
    expect(audits.map((a) => a.action)).toEqual(["license.renewed", "order.created"]);
  });

  it("uses a special offer while it runs, and refuses a stale checkout price", async () => {
    const w = await world();
    await price(w.product.id, "EUR", 1_990, { name: "Summer offer", from: "2026-06-01", until: "2026-06-30" });
    const lic = await inReseller(w.ctx, (tx) => getResellerLicense(tx, w.reseller.id, w.lic.de.id));
    const quote = await inReseller(w.ctx, (tx) => renewalQuote(tx, lic, lic.workspace, lic.now));
    expect(quote).toMatchObject({ currency: "EUR", unitAmountMinor: 1_990, listAmountMinor: 2_990, offerName: "Summer offer", amountMinor: 3 * 1_990 });
    const ctx = await openWorkspace(await actorOf(w.staff.id), w.de.slug);
    const stale = runOperation(renewLicense, ctx, { licenseId: lic.id, expectedTermEnd: lic.termEnd.toISOString(), expectedAmountMinor: 3 * 2_990, requestKey: randomUUID() });
    expect(await status(stale)).toBe(409);
    const ok = await renew(w, w.lic.de.id, w.de.slug);
    expect(ok.result).toMatchObject({ amountMinor: 5_970, currency: "EUR" });
  });

  it("refuses what is not eligible (partner, before 8.0, too early) and what is not the reseller's", async () => {
    const w = await world();
    expect(await status(renew(w, w.lic.plPartner.id, w.pl.slug))).toBe(409);
    expect(await status(renew(w, w.lic.plOld.id, w.pl.slug))).toBe(409);
    expect(await status(renew(w, w.lic.plLate.id, w.pl.slug))).toBe(409);
    const [{ n: none }] = await ownerSql()`select count(*)::int as n from orders where workspace_id = ${w.pl.id}`;
    expect(none).toBe(0);
    // Another workspace's license id through this workspace's context: as unknown as a missing one.
    const ctx = await openWorkspace(await actorOf(w.staff.id), w.pl.slug);
    const foreign = runOperation(renewLicense, ctx, { licenseId: w.lic.foreign.id, expectedTermEnd: new Date().toISOString(), expectedAmountMinor: 0, requestKey: randomUUID() });
    expect(await status(foreign)).toBe(404);
    expect(await status(openWorkspace(await actorOf(w.staff.id), w.foreign.slug))).toBe(404);
  });

  it("after expiry starts a fresh year on the renewal day and reactivates the license", async () => {
    const w = await world();
    const expired = await createLicense(w.pl.id, w.product.id, {
      name: "PL expired",
      state: "expired",
      quantity: 2,
      termStart: w.waw("2025-05-01"),
      termEnd: w.waw("2026-05-01"),
      purchasedAt: w.waw("2025-05-01"),
    });
    const r = await renew(w, expired.id, w.pl.slug);
    expect(r.result).toMatchObject({ carriedDays: 0, termEnd: w.waw("2027-06-10").toISOString() });
    const [row] = await ownerSql()`select state, term_start from licenses where id = ${expired.id}`;
    expect(row.state).toBe("active");
    expect(row.term_start.toISOString()).toBe(w.waw("2026-06-10").toISOString());
  });

  it("a viewer of the workspace may not renew (403)", async () => {
    const w = await world();
    const viewer = await createMember(w.pl.id, "viewer");
    const ctx = await openWorkspace(await actorOf(viewer.id), w.pl.slug);
    const denied = runOperation(renewLicense, ctx, { licenseId: w.lic.plSoon.id, expectedTermEnd: w.waw("2026-06-30").toISOString(), expectedAmountMinor: 0, requestKey: randomUUID() });
    expect(await status(denied)).toBe(403);
  });
});

describe("the reseller scope itself", () => {
  it("sees nothing with reseller scope for an account without a reseller", async () => {
    const w = await world();
    const admin = await createMember(w.pl.id, "admin");
    const rows = await withScope({ kind: "account", accountId: admin.id, resellerScope: true }, (tx) =>
      listResellerLicenses(tx, w.reseller.id, query()),
    );
    expect(rows.total).toBe(0);
  });

  it("a fake context for another reseller still sees only the caller's reseller rows", async () => {
    const w = await world();
    const forged: ResellerContext = { actor: await actorOf(w.otherStaff.id), reseller: { ...w.ctx.reseller } };
    const rows = await inReseller(forged, (tx) => listResellerLicenses(tx, w.reseller.id, query()));
    expect(rows.total).toBe(0);
  });
});

describe("the sandbox reseller API", () => {
  it("makes a reseller with linked sandbox workspaces holding a license for each renewal situation", async () => {
    const { call } = await import("./api/helpers");
    const { createResellerSandboxEndpoint } = await import("@/lib/api/v1/reseller-sandboxes");
    const res = await call(createResellerSandboxEndpoint, {}, { json: { workspaces: 2, requireTwoFactor: true } });
    expect(res.status, res.text).toBe(201);
    const sb = res.body;
    expect(sb.workspaces.map((w: { workspace: { currency: string } }) => w.workspace.currency)).toEqual(["PLN", "EUR"]);
    const [staff] = await ownerSql()`select id from accounts where email = ${sb.staff.email}`;
    const actor = await actorOf(staff.id);
    expect(actor.twoFactorPending).toBe(true);
    await ownerSql()`update accounts set totp_enabled_at = now() where id = ${staff.id}`;
    const ctx = await openReseller(await actorOf(staff.id), sb.reseller.slug);
    const page = await inReseller(ctx, (tx) => listResellerLicenses(tx, ctx.reseller.id, query()));
    expect(page.total).toBe(8);
    const eligibility = async (id: string) => (await inReseller(ctx, (tx) => getResellerLicense(tx, ctx.reseller.id, id))).eligibility;
    const l = sb.workspaces[0].licenses;
    expect(await eligibility(l.renewable)).toMatchObject({ eligible: true, daysLeft: 20 });
    expect((await eligibility(l.tooEarly)).reasons).toEqual(["too_early"]);
    expect((await eligibility(l.partner)).reasons).toEqual(["not_web_store"]);
    expect((await eligibility(l.before80)).reasons).toEqual(["before_8_0"]);
    // The demo reseller and other resellers see none of it.
    const otherStaff = await createAccount({ resellerId: (await createReseller()).id });
    expect(await status(openReseller(await actorOf(otherStaff.id), sb.reseller.slug))).toBe(404);
  });
});
