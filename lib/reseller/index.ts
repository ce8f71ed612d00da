import { and, asc, desc, eq, ilike, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import {
  accounts,
  contracts,
  licenses,
  licenseTerms,
  orders,
  prices,
  products,
  productSeats,
  resellers,
  resellerWorkspaces,
  workspaces,
} from "@/db/schema";
import { withScope, type ScopeOptions, type Tx } from "@/db/scope";
import { isLookupSlug } from "@/lib/access/workspace";
import type { Actor } from "@/lib/auth/accounts";
import { recordAudit, recordResellerAudit } from "@/lib/audit";
import { joinedWorkspaceNow, workspaceNow, workspaceNowBoundsSql, workspaceNowJoinSql } from "@/lib/clock";
import { localDate } from "@/lib/clock/rules";
import { conflict, notFound } from "@/lib/errors";
import { formatDate, formatMoney, formatNumber } from "@/lib/format";
import { coveredUntil, LICENSE_STATES, LIVE_LICENSE_STATES, licenseStateAt, type LicenseState } from "@/lib/licenses/rules";
import { coveredUntilSql, licenseStateSql, renewedUntilSql } from "@/lib/licenses/state";
import { assertRenewable, licenseTermsOf, recordRenewal } from "@/lib/licenses/terms";
import { pendingRenewal } from "@/lib/licenses/term-rules";
import { insertOrder } from "@/lib/orders";
import { queueMail } from "@/lib/mail";
import { defineOperation } from "@/lib/operations";
import { effectivePrice } from "@/lib/orders/rules";
import { renewalState } from "@/lib/overview";
import { daysBetween } from "@/lib/overview/rules";
import { adjustSeats, lockSeats, needsRenewalSql } from "@/lib/seats/ledger";
import { likePattern, type Page, type TableParams } from "@/lib/tables/params";
import { memberEmails } from "@/lib/workspaces/people";
import type { LicenseTerm } from "@/db/schema";
import type { TermVia } from "@/lib/licenses/term-rules";
import { renewalAmount, renewalEligibility, renewedTerm, type Eligibility } from "./rules";

// ---------------------------------------------------------------------------------------------
// The reseller of a URL

export type ResellerSummary = { id: string; slug: string; name: string; requireTwoFactor: boolean };
export type ResellerContext = { actor: Actor; reseller: ResellerSummary };

/**
 * The reseller behind /r/[reseller], if the actor is its staff. Anything else (another
 * reseller, a workspace admin, an unknown slug) is "not found", the same answer for each.
 */
export async function openReseller(actor: Actor, slug: string): Promise<ResellerContext> {
  // The hub is for the reseller's people: a reseller API token reaches workspaces, not the hub.
  if (!actor.resellerId || actor.kind !== "person" || !isLookupSlug(slug)) throw notFound("reseller");
  const row = await withScope(
    { kind: "account", accountId: actor.accountId },
    async (tx) => {
      const [r] = await tx
        .select({ id: resellers.id, slug: resellers.slug, name: resellers.name, requireTwoFactor: resellers.requireTwoFactor })
        .from(resellers)
        .where(and(eq(resellers.slug, slug), eq(resellers.id, actor.resellerId!)));
      return r;
    },
    { readOnly: true },
  );
  if (!row) throw notFound("reseller");
  return { actor, reseller: row };
}

/** The reseller of an actor, for links back from a workspace entered through it. */
export async function resellerOf(actor: Actor): Promise<ResellerSummary | null> {
  if (!actor.resellerId) return null;
  return withScope(
    { kind: "account", accountId: actor.accountId },
    async (tx) => {
      const [r] = await tx
        .select({ id: resellers.id, slug: resellers.slug, name: resellers.name, requireTwoFactor: resellers.requireTwoFactor })
        .from(resellers)
        .where(eq(resellers.id, actor.resellerId!));
      return r ?? null;
    },
    { readOnly: true },
  );
}

/**
 * One transaction that sees every workspace linked to the actor's reseller (and nothing else:
 * row-level security reads the links on each request, so an unlinked workspace is gone at once).
 */
export function inReseller<T>(ctx: ResellerContext, fn: (tx: Tx) => Promise<T>, opts: ScopeOptions = { readOnly: true }): Promise<T> {
  return withScope({ kind: "account", accountId: ctx.actor.accountId, resellerScope: true }, fn, opts);
}

/** The reseller's own linked workspace ids, as a subquery (beside RLS, never instead of it). */
const linkedTo = (resellerId: string) =>
  sql`(select ${resellerWorkspaces.workspaceId} from ${resellerWorkspaces} where ${resellerWorkspaces.resellerId} = ${resellerId})`;

// ---------------------------------------------------------------------------------------------
// Workspaces page

export type ResellerWorkspaceRow = {
  id: string;
  slug: string;
  name: string;
  country: string;
  currency: string;
  locale: string;
  timeZone: string;
  licenses: number;
  expiringSoon: number;
  shortage: number;
  unpaid: number;
  linkedAt: Date;
};

/**
 * Every customer workspace of the reseller with the figures that need attention: live licenses,
 * those expiring (lib/licenses/rules.ts, by each workspace's clock), the seats needing renewal
 * (seatView's needsRenewal: inside a renewal window, seats used but not renewed; outside, none)
 * and unpaid seats.
 */
export const RESELLER_WORKSPACE_SORTS = ["name", "licenses", "expiringSoon", "shortage", "unpaid"] as const;
export type ResellerWorkspaceSort = (typeof RESELLER_WORKSPACE_SORTS)[number];

export async function listResellerWorkspaces(
  tx: Tx,
  resellerId: string,
  p: Omit<TableParams<ResellerWorkspaceSort>, "filters">,
): Promise<Page<ResellerWorkspaceRow>> {
  // Each figure is aggregated once over all the reseller's workspaces and joined, not counted per
  // workspace in a subquery: sorting 1,000 workspaces by shortage stays one pass over each table.
  const linked = linkedTo(resellerId);
  const wsClock = workspaceNowJoinSql("ws_clock", workspaces.id);
  const licClock = workspaceNowJoinSql("lic_clock", licenses.workspaceId);
  const name = p.q ? sql`and ${workspaces.name} ilike ${likePattern(p.q)}` : sql``;
  const order = {
    name: sql`w.name`,
    licenses: sql`licenses`,
    expiringSoon: sql`expiring_soon`,
    shortage: sql`shortage`,
    unpaid: sql`unpaid`,
  }[p.sort];
  const dir = p.dir === "asc" ? sql`asc` : sql`desc`;
  const rows = await tx.execute<{
    id: string; slug: string; name: string; country: string; currency: string; locale: string; time_zone: string;
    licenses: number; expiring_soon: number; shortage: number; unpaid: number; linked_at: Date; total: number;
  }>(sql`
    with ws as (
      select ${workspaces.id} as id, ${workspaces.slug} as slug, ${workspaces.name} as name, ${workspaces.country} as country,
             ${workspaces.currency} as currency, ${workspaces.locale} as locale, ${workspaces.timeZone} as time_zone,
             ${resellerWorkspaces.linkedAt} as linked_at, ${wsClock.now} as now
        from ${resellerWorkspaces}
        join ${workspaces} on ${workspaces.id} = ${resellerWorkspaces.workspaceId}
        ${wsClock.join}
       where ${resellerWorkspaces.resellerId} = ${resellerId} ${name}
    ),
    lic as (
      select ${licenses.workspaceId} as workspace_id,
             count(*) filter (where ${licenseStateSql(licClock.now)} = any(${sql.param([...LIVE_LICENSE_STATES])}::text[]))::int as licenses,
             count(*) filter (where ${licenseStateSql(licClock.now)} = 'expiring')::int as expiring_soon
        from ${licenses}
        ${licClock.join}
       where ${licenses.workspaceId} in ${linked}
       group by ${licenses.workspaceId}
    ),
    win as (
      select c.workspace_id, true as in_window
        from ${contracts} c join ws on ws.id = c.workspace_id
       where (ws.now at time zone ws.time_zone)::date
             between c.anniversary_date - c.window_opens_days_before and c.anniversary_date + c.window_closes_days_after
       group by c.workspace_id
    ),
    seats as (
      select ps.workspace_id,
             sum(${needsRenewalSql(sql`ps.used`, sql`ps.renewed`, sql`coalesce(win.in_window, false)`)})::int as shortage,
             sum(ps.unpaid)::int as unpaid
        from ${productSeats} ps left join win on win.workspace_id = ps.workspace_id
       where ps.workspace_id in ${linked}
       group by ps.workspace_id
    )
    select w.id, w.slug, w.name, w.country, w.currency, w.locale, w.time_zone, w.linked_at,
           coalesce(lic.licenses, 0) as licenses, coalesce(lic.expiring_soon, 0) as expiring_soon,
           coalesce(seats.shortage, 0) as shortage, coalesce(seats.unpaid, 0) as unpaid,
           count(*) over ()::int as total
      from ws w left join lic on lic.workspace_id = w.id left join seats on seats.workspace_id = w.id
     order by ${order} ${dir}, w.name asc, w.id asc
     limit ${p.size} offset ${(p.page - 1) * p.size}`);
  let total = rows[0]?.total;
  if (total === undefined) {
    const [c] = await tx.execute<{ n: number }>(
      sql`select count(*)::int as n from ${resellerWorkspaces} join ${workspaces} on ${workspaces.id} = ${resellerWorkspaces.workspaceId} where ${resellerWorkspaces.resellerId} = ${resellerId} ${name}`,
    );
    total = c.n;
  }
  return {
    rows: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      country: r.country,
      currency: r.currency,
      locale: r.locale,
      timeZone: r.time_zone,
      licenses: r.licenses,
      expiringSoon: r.expiring_soon,
      shortage: r.shortage,
      unpaid: r.unpaid,
      linkedAt: new Date(r.linked_at),
    })),
    total,
    page: p.page,
    size: p.size,
  };
}

// ---------------------------------------------------------------------------------------------
// Licenses across workspaces

export const RESELLER_LICENSE_SORTS = ["termEnd", "name", "workspace", "product", "quantity", "state"] as const;
export type ResellerLicenseSort = (typeof RESELLER_LICENSE_SORTS)[number];
export const RESELLER_LICENSE_FILTERS = ["workspace", "product", "state", "expires"] as const;

export type ResellerLicenseFilters = {
  workspace?: string;
  product?: string;
  state?: LicenseState;
  /** Ends within N days from each workspace's now (not ended yet). */
  expires?: number;
};

/** The URL's filters, with anything malformed dropped rather than failing the page. */
export function readLicenseFilters(raw: Record<string, string>): ResellerLicenseFilters {
  const f: ResellerLicenseFilters = {};
  if (raw.workspace && /^[a-z0-9-]{1,100}$/.test(raw.workspace)) f.workspace = raw.workspace;
  if (raw.product && z.uuid().safeParse(raw.product).success) f.product = raw.product;
  const state = z.enum(LICENSE_STATES).safeParse(raw.state);
  if (state.success) f.state = state.data;
  const expires = z.coerce.number().int().min(1).max(3650).safeParse(raw.expires);
  if (raw.expires && expires.success) f.expires = expires.data;
  return f;
}

export type ResellerLicenseRow = {
  id: string;
  name: string;
  workspaceSlug: string;
  workspaceName: string;
  product: string;
  quantity: number;
  termEnd: Date;
  source: (typeof licenses.source.enumValues)[number];
  /** By the workspace's clock (lib/licenses/rules.ts). */
  state: LicenseState;
  purchasedAt: Date;
  /** Whole days until the term ends on the workspace's calendar (negative once ended). */
  daysLeft: number;
  /** Set while a renewal bought ahead (any path) has not started: "renewed until …" rather than days left. */
  renewedUntil: Date | null;
  timeZone: string;
  locale: string;
};

export type ResellerLicenseQuery = Omit<TableParams<ResellerLicenseSort>, "filters"> & { filters: ResellerLicenseFilters };

const clock = joinedWorkspaceNow();

function licenseWhere(resellerId: string, p: ResellerLicenseQuery): SQL | undefined {
  const f = p.filters;
  const now = clock.now;
  const bounds = workspaceNowBoundsSql(linkedTo(resellerId));
  return and(
    sql`${licenses.workspaceId} in ${linkedTo(resellerId)}`,
    f.workspace ? sql`${licenses.workspaceId} = (select w2.id from ${workspaces} w2 where w2.slug = ${f.workspace})` : undefined,
    f.product ? eq(licenses.productId, f.product) : undefined,
    f.state ? sql`${licenseStateSql(now)} = ${f.state}` : undefined,
    // The row's own end bounds the bought end from below, so the index narrows the scan first.
    f.expires
      ? sql`${licenses.termEnd} <= ${bounds.latest} + make_interval(days => ${f.expires})
            and ${coveredUntilSql(now)} > ${now} and ${coveredUntilSql(now)} <= ${now} + make_interval(days => ${f.expires})`
      : undefined,
    // License names (they carry the product's name); workspace and product have their own filters.
    p.q ? ilike(licenses.name, likePattern(p.q)) : undefined,
  );
}

function licenseOrder(p: ResellerLicenseQuery): SQL[] {
  const column: Record<ResellerLicenseSort, SQL> = {
    termEnd: coveredUntilSql(clock.now),
    name: sql`${licenses.name}`,
    workspace: sql`${workspaces.name}`,
    product: sql`${products.name}`,
    quantity: sql`${licenses.quantity}`,
    state: licenseStateSql(clock.now),
  };
  // The id breaks ties in the same direction, so (column, id) pages through an index in order.
  return p.dir === "asc" ? [asc(column[p.sort]), asc(licenses.id)] : [desc(column[p.sort]), desc(licenses.id)];
}

function licenseSelect(tx: Tx) {
  return tx
    .select({
      id: licenses.id,
      name: licenses.name,
      workspaceSlug: workspaces.slug,
      workspaceName: workspaces.name,
      product: products.name,
      quantity: licenses.quantity,
      termEnd: coveredUntilSql(clock.now),
      source: licenses.source,
      state: licenseStateSql(clock.now),
      purchasedAt: licenses.purchasedAt,
      daysLeft: sql<number>`((${coveredUntilSql(clock.now)} at time zone ${workspaces.timeZone})::date - (${clock.now} at time zone ${workspaces.timeZone})::date)`,
      renewedUntil: renewedUntilSql(clock.now),
      timeZone: workspaces.timeZone,
      locale: workspaces.locale,
    })
    .from(licenses)
    .innerJoin(workspaces, eq(workspaces.id, licenses.workspaceId))
    .innerJoin(products, eq(products.id, licenses.productId))
    .leftJoin(clock.table, clock.on(licenses.workspaceId));
}

/** The page's two statements, unexecuted (the bench reads their SQL). */
export function resellerLicenseQueries(tx: Tx, resellerId: string, p: ResellerLicenseQuery) {
  const where = licenseWhere(resellerId, p);
  return {
    rows: licenseSelect(tx)
      .where(where)
      .orderBy(...licenseOrder(p))
      .limit(p.size)
      .offset((p.page - 1) * p.size),
    count: tx
      .select({ total: sql<number>`count(*)::int` })
      .from(licenses)
      .leftJoin(clock.table, clock.on(licenses.workspaceId))
      .where(where),
  };
}

/**
 * One page of the licenses of every workspace of the reseller: one query for the rows (sorted by
 * an indexed column with the id as tie-breaker, offset paging) and one count, both in SQL.
 */
export async function listResellerLicenses(tx: Tx, resellerId: string, p: ResellerLicenseQuery): Promise<Page<ResellerLicenseRow>> {
  const q = resellerLicenseQueries(tx, resellerId, p);
  const [rows, [{ total }]] = await Promise.all([q.rows, q.count]);
  return { rows, total, page: p.page, size: p.size };
}

/** The CSV export: the same filters and order as the page, every matching row up to `limit`. */
export async function exportResellerLicenses(tx: Tx, resellerId: string, p: ResellerLicenseQuery, limit: number): Promise<ResellerLicenseRow[]> {
  return licenseSelect(tx).where(licenseWhere(resellerId, p)).orderBy(...licenseOrder(p)).limit(limit);
}

/** Choices for the filters: the reseller's workspaces and the products its licenses are of. */
export async function licenseFilterOptions(tx: Tx, resellerId: string) {
  const [ws, prods] = await Promise.all([
    tx
      .select({ slug: workspaces.slug, name: workspaces.name })
      .from(workspaces)
      .where(sql`${workspaces.id} in ${linkedTo(resellerId)}`)
      .orderBy(asc(workspaces.name)),
    tx
      .select({ id: products.id, name: products.name })
      .from(products)
      .where(sql`exists (select 1 from ${licenses} l where l.product_id = ${products.id} and l.workspace_id in ${linkedTo(resellerId)})`)
      .orderBy(asc(products.name)),
  ]);
  return { workspaces: ws, products: prods };
}

// ---------------------------------------------------------------------------------------------
// One license, its renewal quote and the renewal itself

export type ResellerLicenseDetail = {
  id: string;
  name: string;
  workspace: { id: string; slug: string; name: string; country: string; currency: string; locale: string; timeZone: string };
  productId: string;
  product: string;
  licensingModel: (typeof licenses.licensingModel.enumValues)[number];
  quantity: number;
  source: ResellerLicenseRow["source"];
  state: ResellerLicenseRow["state"];
  termStart: Date;
  termEnd: Date;
  purchasedAt: Date;
  now: Date;
  eligibility: Eligibility;
  /** A renewal bought ahead (any path) whose term has not started: "renewed until …". */
  renewedUntil: { termStart: Date; termEnd: Date; via: TermVia; seats: number } | null;
  renewals: { id: string; via: TermVia; orderId: string | null; previousTermEnd: Date; newTermEnd: Date; renewedOn: string | null; seats: number; createdAt: Date }[];
};

/** A license of one of the reseller's workspaces; another's (or a missing one) is "not found". */
export async function getResellerLicense(tx: Tx, resellerId: string, licenseId: string): Promise<ResellerLicenseDetail> {
  if (!z.uuid().safeParse(licenseId).success) throw notFound("license");
  const [row] = await tx
    .select({
      id: licenses.id,
      name: licenses.name,
      workspace: {
        id: workspaces.id,
        slug: workspaces.slug,
        name: workspaces.name,
        country: workspaces.country,
        currency: workspaces.currency,
        locale: workspaces.locale,
        timeZone: workspaces.timeZone,
      },
      productId: licenses.productId,
      product: products.name,
      licensingModel: licenses.licensingModel,
      quantity: licenses.quantity,
      source: licenses.source,
      state: licenses.state,
      termStart: licenses.termStart,
      termEnd: licenses.termEnd,
      purchasedAt: licenses.purchasedAt,
    })
    .from(licenses)
    .innerJoin(workspaces, eq(workspaces.id, licenses.workspaceId))
    .innerJoin(products, eq(products.id, licenses.productId))
    .where(and(eq(licenses.id, licenseId), sql`${licenses.workspaceId} in ${linkedTo(resellerId)}`));
  if (!row) throw notFound("license");
  const now = await workspaceNow(tx, row.workspace.id);
  const terms = await licenseTermsOf(tx, row.workspace.id, row.id);
  const ahead = pendingRenewal(terms, now);
  const termEnd = coveredUntil(row.termEnd, terms, now);
  const renewals = terms
    .filter((t) => t.renewsTermEnd !== null)
    .map((t) => ({ id: t.id, via: t.via, orderId: t.orderId, previousTermEnd: t.renewsTermEnd!, newTermEnd: t.termEnd, renewedOn: t.renewedOn, seats: t.seats, createdAt: t.createdAt }))
    .reverse();
  return {
    ...row,
    termEnd,
    state: licenseStateAt(row, now, terms),
    now,
    eligibility: renewalEligibility({ ...row, termEnd }, now, row.workspace.timeZone, ahead?.termEnd ?? null),
    renewedUntil: ahead && { termStart: ahead.termStart, termEnd: ahead.termEnd, via: ahead.via, seats: ahead.seats },
    renewals,
  };
}

export type RenewalQuote = {
  currency: string;
  unitAmountMinor: number;
  /** The list price when an offer lowers it, else null. */
  listAmountMinor: number | null;
  offerName: string | null;
  offerValidUntil: string | null;
  quantity: number;
  amountMinor: number;
  termStart: Date;
  termEnd: Date;
  carriedDays: number;
};

/** What renewing costs today in the workspace's currency (list price or a special offer), and the new term. */
export async function renewalQuote(
  tx: Tx,
  license: { productId: string; quantity: number; termStart: Date; termEnd: Date },
  ws: { currency: string; timeZone: string },
  now: Date,
): Promise<RenewalQuote | null> {
  const rows = await tx
    .select({ unitAmountMinor: prices.unitAmountMinor, offerName: prices.offerName, validFrom: prices.validFrom, validUntil: prices.validUntil })
    .from(prices)
    .where(and(eq(prices.productId, license.productId), eq(prices.currency, ws.currency)));
  const today = localDate(now, ws.timeZone);
  const price = effectivePrice(rows, today);
  if (!price) return null;
  const list = effectivePrice(rows.filter((r) => !r.offerName), today);
  const term = renewedTerm(license, now, ws.timeZone);
  return {
    currency: ws.currency,
    unitAmountMinor: price.unitAmountMinor,
    listAmountMinor: price.offerName && list && list.unitAmountMinor !== price.unitAmountMinor ? list.unitAmountMinor : null,
    offerName: price.offerName,
    offerValidUntil: price.offerName ? price.validUntil : null,
    quantity: license.quantity,
    amountMinor: renewalAmount(price.unitAmountMinor, license.quantity),
    termStart: term.termStart,
    termEnd: term.termEnd,
    carriedDays: term.carriedDays,
  };
}

export type RenewalResult = {
  renewalId: string;
  orderId: string;
  orderNumber: string;
  licenseId: string;
  amountMinor: number;
  currency: string;
  previousTermEnd: string;
  termEnd: string;
  carriedDays: number;
  mailedTo: string[];
};

const renewInput = z.object({
  licenseId: z.uuid("Not a license id."),
  /** The term end and total the checkout showed: if either changed meanwhile, nothing is charged. */
  expectedTermEnd: z.iso.datetime({ offset: true, message: "Reload the checkout." }),
  expectedAmountMinor: z.coerce.number().int().min(0),
  /** One per checkout: a second submit (double click, retry) returns the first renewal. */
  requestKey: z.string().min(8).max(100).regex(/^[\x21-\x7e]+$/),
});

/**
 * Online renewal (seed 004), paid at once: a PAID renewal order in the workspace's currency, the
 * renewal recorded once in the term ledger (refused with term_already_renewed if the workspace's
 * renewal order or any other path renewed that term), the license's term extended (old end + 1
 * year before expiry; a fresh year after), an e-mail to the people of the workspace, audit
 * entries. No activation code: the term is extended already, and entering one would replace the
 * license again. Run in the license's workspace with the actor's role there (reseller staff act as admins).
 */
export const renewLicense = defineOperation({
  name: "licenses.renew_online",
  input: renewInput,
  resource: "license",
  action: "update",
  async run(ctx, input, tx): Promise<RenewalResult> {
    const ws = ctx.workspace;
    const replay = async () => {
      const [prior] = await tx
        .select()
        .from(licenseTerms)
        .where(and(eq(licenseTerms.workspaceId, ws.id), eq(licenseTerms.requestKey, input.requestKey)));
      if (prior && prior.licenseId !== input.licenseId) throw conflict("This checkout was used for another license; start again.");
      return prior ? renewalResult(tx, prior, ws, await renewalRecipients(tx, ws.id, ctx.actor)) : null;
    };
    const prior = await replay();
    if (prior) return prior;
    // The renewal moves the product's seat figures (below): its seat row is locked before the
    // license row, as on every other path. A product without a seat row here has none to move.
    const [peek] = await tx
      .select({ productId: licenses.productId })
      .from(licenses)
      .where(and(eq(licenses.workspaceId, ws.id), eq(licenses.id, input.licenseId)));
    const seated = peek ? await lockSeats(tx, ws.id, peek.productId).then(() => true, () => false) : false;
    // The license row is the lock: two online renewals of one license serialise here (a renewal
    // order of the workspace meets this one on the ledger's unique key instead).
    const [license] = await tx
      .select()
      .from(licenses)
      .where(and(eq(licenses.workspaceId, ws.id), eq(licenses.id, input.licenseId)))
      .for("update");
    if (!license) throw notFound("license");
    // A concurrent submit with the same key waited on the lock above: answer with its renewal.
    const raced = await replay();
    if (raced) return raced;
    const now = await workspaceNow(tx, ws.id);
    await assertRenewable(tx, ws, license.id, new Date(input.expectedTermEnd), "online_renewal", now);
    if (license.termEnd.getTime() !== new Date(input.expectedTermEnd).getTime()) {
      throw conflict("This license changed since the checkout was opened. Reload to see it.");
    }
    const eligibility = renewalEligibility({ ...license, termEnd: coveredUntil(license.termEnd, await licenseTermsOf(tx, ws.id, license.id), now) }, now, ws.timeZone);
    if (!eligibility.eligible) throw conflict(`This license cannot be renewed online (${eligibility.reasons.join(", ")}).`, { reasons: eligibility.reasons });
    const quote = await renewalQuote(tx, license, ws, now);
    if (!quote) throw conflict(`This product has no price in ${ws.currency}.`);
    if (quote.amountMinor !== input.expectedAmountMinor) {
      throw conflict("The price changed since the checkout was opened (a special offer may have ended). Review the new price and confirm again.", {
        amountMinor: quote.amountMinor,
      });
    }
    // The year bought runs from the old end (before expiry) or from today (after): the same
    // dates on the order, in the ledger and on the license.
    const renewalStart = now < license.termEnd ? license.termEnd : quote.termStart;
    const order = await insertOrder(tx, ws, {
      productId: license.productId,
      kind: "renewal",
      quantity: license.quantity,
      amountMinor: quote.amountMinor,
      currency: ws.currency,
      status: "paid",
      termStart: renewalStart,
      termEnd: quote.termEnd,
      createdBy: ctx.actor.accountId,
      createdAt: now,
      paidAt: now,
    });
    const renewal = await recordRenewal(tx, ws, {
      licenseId: license.id,
      via: "online_renewal",
      termStart: renewalStart,
      termEnd: quote.termEnd,
      seats: license.quantity,
      renewsTermEnd: license.termEnd,
      orderId: order.id,
      requestKey: input.requestKey,
      renewedOn: localDate(now, ws.timeZone),
      createdBy: ctx.actor.accountId,
    });
    await tx
      .update(licenses)
      .set({ termStart: quote.termStart, termEnd: quote.termEnd, state: license.state === "expired" ? "active" : license.state })
      .where(and(eq(licenses.workspaceId, ws.id), eq(licenses.id, license.id)));
    // The seats the renewal paid for, where the window's close reads them: a license the close
    // ended comes back with its seats paid for now; one of the contract whose window is open is
    // renewed for the coming term (else the close would see nothing renewed and end it).
    if (seated) {
      const window = await renewalState(tx, ws);
      if (license.state === "expired") await adjustSeats(tx, ws.id, license.productId, { purchased: license.quantity });
      else if (window.inWindow && license.contractId !== null && license.contractId === window.primary?.id) {
        await adjustSeats(tx, ws.id, license.productId, { renewed: license.quantity });
      }
    }

    const recipients = await renewalRecipients(tx, ws.id, ctx.actor);
    const money = formatMoney(quote.amountMinor, ws.currency, ws.locale);
    const from = formatDate(renewalStart, ws.locale, ws.timeZone, "long");
    const until = formatDate(quote.termEnd, ws.locale, ws.timeZone, "long");
    if (recipients.length > 0) await queueMail(tx, ws.id, {
      kind: "license.renewed",
      to: recipients,
      compose: (t) => ({
        subject: t("mail.licenseRenewed.subject", { license: license.name, until }),
        text: [
          t("mail.licenseRenewed.intro", { license: license.name, workspace: ws.name, actor: ctx.actor.name }),
          "",
          t("mail.licenseRenewed.seats", { seats: formatNumber(license.quantity, ws.locale) }),
          t("mail.licenseRenewed.paid", { amount: money, number: order.number }),
          t("mail.licenseRenewed.term", { from, until, carried: quote.carriedDays }),
          "",
          t("mail.licenseRenewed.applied"),
        ].join("\n"),
      }),
    });
    const data = {
      licenseId: license.id,
      orderId: order.id,
      orderNumber: order.number,
      previousTermEnd: license.termEnd.toISOString(),
      termStart: renewalStart.toISOString(),
      termEnd: quote.termEnd.toISOString(),
      carriedDays: quote.carriedDays,
      amountMinor: quote.amountMinor,
      currency: ws.currency,
      offer: quote.offerName,
      via: ctx.via,
    };
    await recordAudit(tx, ws.id, ctx.auditActor, { action: "order.created", subjectType: "order", subjectId: order.id, data: { kind: "renewal", status: "paid", ...data } });
    await recordAudit(tx, ws.id, ctx.auditActor, { action: "license.renewed", subjectType: "license", subjectId: license.id, data });
    return renewalResult(tx, renewal, ws, recipients);
  },
});

/**
 * The workspace's supervisors and admins (disabled accounts left out) and the acting person. An
 * API token is nobody's inbox: its placeholder address is never written to.
 */
async function renewalRecipients(tx: Tx, workspaceId: string, actor: Pick<Actor, "kind" | "email">): Promise<string[]> {
  const admins = await memberEmails(tx, workspaceId, ["supervisor", "admin"]);
  return [...new Set([...(actor.kind === "person" ? [actor.email] : []), ...admins].map((e) => e.toLowerCase()))];
}

async function renewalResult(tx: Tx, r: LicenseTerm, ws: { timeZone: string }, mailedTo: string[]): Promise<RenewalResult> {
  const [order] = await tx.select({ number: orders.number, amountMinor: orders.amountMinor, currency: orders.currency }).from(orders).where(eq(orders.id, r.orderId!));
  const previousTermEnd = r.renewsTermEnd!;
  return {
    renewalId: r.id,
    orderId: r.orderId!,
    orderNumber: order.number,
    licenseId: r.licenseId,
    amountMinor: order.amountMinor,
    currency: order.currency,
    previousTermEnd: previousTermEnd.toISOString(),
    termEnd: r.termEnd.toISOString(),
    carriedDays: Math.max(0, daysBetween(r.renewedOn ?? localDate(r.createdAt, ws.timeZone), localDate(previousTermEnd, ws.timeZone))),
    mailedTo,
  };
}

// ---------------------------------------------------------------------------------------------
// Staff policy

/**
 * Requires (or stops requiring) the second sign-in step of every staff account of the reseller.
 * Whoever turns it on must have it on already, so nobody locks the company out by accident.
 */
export async function setStaffTwoFactor(ctx: ResellerContext, required: boolean): Promise<boolean> {
  return withScope({ kind: "account", accountId: ctx.actor.accountId }, async (tx) => {
    if (required) {
      const [me] = await tx.select({ enabledAt: accounts.totpEnabledAt }).from(accounts).where(eq(accounts.id, ctx.actor.accountId));
      if (!me?.enabledAt) throw conflict("Turn on two-step sign-in for your own account first (Account security).");
    }
    const [row] = await tx.execute<{ required: boolean | null }>(sql`select app_set_reseller_two_factor(${required}) as required`);
    if (row?.required == null) throw notFound("reseller");
    await recordResellerAudit(tx, ctx.reseller.id, { accountId: ctx.actor.accountId, label: ctx.actor.email }, {
      action: "settings.two_factor_required",
      subjectType: "reseller",
      subjectId: ctx.reseller.id,
      data: { required: row.required },
    });
    return row.required;
  });
}

// ---------------------------------------------------------------------------------------------
// The same renewal for one workspace (the API)

export type LicenseRenewalView = {
  licenseId: string;
  name: string;
  termEnd: string;
  eligible: boolean;
  /** Renewed ahead (any path) until this moment; online renewal is refused meanwhile. */
  renewedUntil: string | null;
  daysLeft: number;
  reasons: Eligibility["reasons"];
  quote: { currency: string; unitAmountMinor: number; offerName: string | null; quantity: number; amountMinor: number; termEnd: string; carriedDays: number } | null;
};

/** Whether a license of the workspace can be renewed online now, and for how much. */
export async function licenseRenewalView(
  tx: Tx,
  ws: { id: string; currency: string; timeZone: string },
  licenseId: string,
): Promise<LicenseRenewalView> {
  const [license] = await tx.select().from(licenses).where(and(eq(licenses.workspaceId, ws.id), eq(licenses.id, licenseId)));
  if (!license) throw notFound("license");
  const now = await workspaceNow(tx, ws.id);
  const terms = await licenseTermsOf(tx, ws.id, license.id);
  const ahead = pendingRenewal(terms, now);
  const e = renewalEligibility({ ...license, termEnd: coveredUntil(license.termEnd, terms, now) }, now, ws.timeZone, ahead?.termEnd ?? null);
  const q = e.eligible ? await renewalQuote(tx, license, ws, now) : null;
  return {
    licenseId: license.id,
    name: license.name,
    termEnd: license.termEnd.toISOString(),
    eligible: e.eligible && q !== null,
    renewedUntil: ahead ? ahead.termEnd.toISOString() : null,
    daysLeft: e.daysLeft,
    reasons: e.reasons,
    quote: q && {
      currency: q.currency,
      unitAmountMinor: q.unitAmountMinor,
      offerName: q.offerName,
      quantity: q.quantity,
      amountMinor: q.amountMinor,
      termEnd: q.termEnd.toISOString(),
      carriedDays: q.carriedDays,
    },
  };
}
