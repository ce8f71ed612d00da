/** The reseller's license list across its customers: filters, sorting, export and one license. */
import { and, asc, desc, eq, ilike, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { licenses, products, workspaces } from "@/db/schema";
import { type Tx } from "@/db/scope";
import { joinedWorkspaceNow, workspaceNow, workspaceNowBoundsSql } from "@/lib/clock";
import { notFound } from "@/lib/errors";
import { coveredUntil, LICENSE_STATES, licenseStateAt, type LicenseState } from "@/lib/licenses/rules";
import { coveredUntilSql, licenseStateSql, renewedUntilSql } from "@/lib/licenses/state";
import { licenseTermsOf } from "@/lib/licenses/terms";
import { pendingRenewal } from "@/lib/licenses/term-rules";
import { likePattern, type Page, type TableParams } from "@/lib/tables/params";
import type { TermVia } from "@/lib/licenses/term-rules";
import { renewalEligibility, type Eligibility } from "./rules";
import { linkedTo } from "./index";

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
