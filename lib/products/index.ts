import { and, asc, count, desc, eq, gt, ilike, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { productSeats, products, publishers } from "@/db/schema";
import type { LicensingModel } from "@/db/schema/enums";
import type { Tx } from "@/db/scope";
import { workspaceNow } from "@/lib/clock";
import { notFound } from "@/lib/errors";
import { lapsedSql } from "@/lib/renewal/state";
import { productStatuses, type ProductStatus } from "@/lib/renewal/window";
import { seatShortageSql } from "@/lib/seats/ledger";
import { seatView, type SeatView } from "@/lib/seats/rules";
import { isUuid, likePattern, type Page, type TableParams } from "@/lib/tables/params";
import { byName } from "@/lib/tables/collation";

export const PRODUCT_SORTS = ["name", "publisher", "licensingModel", "used", "purchased", "needsRenewal", "unpaid", "noAccess"] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

/** The Products tab's status filter (?status=…), evaluated in SQL. */
export const PRODUCT_STATUS_FILTERS = ["needsRenewal", "paymentRequired", "noAccess", "noRenewal"] as const;
export type ProductStatusFilter = (typeof PRODUCT_STATUS_FILTERS)[number];

export type ProductRow = SeatView & {
  id: string;
  name: string;
  sku: string;
  publisher: string;
  licensingModel: LicensingModel;
  /** Same as paymentRequired; kept for the sort key. */
  unpaid: number;
  lapsed: boolean;
  statuses: ProductStatus[];
};

/** The seat figures of the products licensed in a workspace, as one select list. */
function figureColumns(now: Date) {
  return {
    id: products.id,
    name: products.name,
    sku: products.sku,
    publisher: publishers.name,
    licensingModel: products.licensingModel,
    used: productSeats.used,
    purchased: productSeats.purchased,
    renewed: productSeats.renewed,
    unpaid: productSeats.unpaid,
    noAccess: productSeats.noAccess,
    lapsed: lapsedSql(now),
  };
}

type RawFigures = { used: number; purchased: number; renewed: number; unpaid: number; noAccess: number; lapsed: boolean };

function toRow<T extends RawFigures & { id: string; name: string; sku: string; publisher: string; licensingModel: LicensingModel }>(r: T, inWindow: boolean): ProductRow {
  const summary = seatView(r, inWindow);
  return {
    id: r.id,
    name: r.name,
    sku: r.sku,
    publisher: r.publisher,
    licensingModel: r.licensingModel,
    ...summary,
    unpaid: summary.paymentRequired,
    lapsed: r.lapsed,
    statuses: productStatuses({ ...summary, lapsed: r.lapsed }, inWindow),
  };
}

/**
 * One page of the products licensed in a workspace (those with a seat row), with their seat
 * figures and statuses; search by product name, SKU or publisher; filter by status; all in SQL.
 */
export async function listProducts(
  tx: Tx,
  workspaceId: string,
  p: TableParams<ProductSort>,
  opts: { inRenewalWindow: boolean; locale?: string },
): Promise<Page<ProductRow>> {
  const inWindow = opts.inRenewalWindow;
  const now = await workspaceNow(tx, workspaceId);
  const lapsed = lapsedSql(now);
  const purchased = inWindow ? productSeats.renewed : productSeats.purchased;
  const needsRenewal = inWindow ? seatShortageSql(productSeats.used, productSeats.renewed) : sql`0`;
  const status = p.filters.status as ProductStatusFilter | undefined;
  const statusWhere: Record<ProductStatusFilter, SQL | undefined> = {
    needsRenewal: inWindow ? sql`${seatShortageSql(productSeats.used, productSeats.renewed)} > 0 and not ${lapsed}` : sql`false`,
    paymentRequired: gt(productSeats.unpaid, 0),
    noAccess: gt(productSeats.noAccess, 0),
    noRenewal: lapsed,
  };
  const where = and(
    eq(productSeats.workspaceId, workspaceId),
    p.q
      ? or(ilike(products.name, likePattern(p.q)), ilike(products.sku, likePattern(p.q)), ilike(publishers.name, likePattern(p.q)))
      : undefined,
    status && status in statusWhere ? statusWhere[status] : undefined,
  );
  const column: Record<ProductSort, SQL | AnyColumn> = {
    name: byName(products.name, opts.locale),
    publisher: byName(publishers.name, opts.locale),
    licensingModel: sql`${products.licensingModel}::text`,
    used: sql`${productSeats.used}`,
    purchased: sql`${purchased}`,
    needsRenewal,
    unpaid: sql`${productSeats.unpaid}`,
    noAccess: sql`${productSeats.noAccess}`,
  };
  const order = p.dir === "asc" ? asc(column[p.sort]) : desc(column[p.sort]);
  // One round trip: the page and the total in the same statement (count(*) over ()).
  const rows = await tx
    .select({ ...figureColumns(now), total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(productSeats)
    .innerJoin(products, eq(products.id, productSeats.productId))
    .innerJoin(publishers, eq(publishers.id, products.publisherId))
    .where(where)
    .orderBy(order, asc(byName(products.name, opts.locale)), asc(products.id))
    .limit(p.size)
    .offset((p.page - 1) * p.size);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && p.page > 1) {
    // Past the last page: still say how many rows there are.
    [{ total }] = await tx
      .select({ total: count() })
      .from(productSeats)
      .innerJoin(products, eq(products.id, productSeats.productId))
      .innerJoin(publishers, eq(publishers.id, products.publisherId))
      .where(where);
  }
  return { rows: rows.map((r) => toRow(r, inWindow)), total, page: p.page, size: p.size };
}

/** One product licensed in the workspace with its figures; another workspace's or unknown ids are 404. */
export async function getProduct(tx: Tx, workspaceId: string, productId: string, opts: { inRenewalWindow: boolean }): Promise<ProductRow> {
  if (!isUuid(productId)) throw notFound("product in this workspace");
  const [row] = await tx
    .select(figureColumns(await workspaceNow(tx, workspaceId)))
    .from(productSeats)
    .innerJoin(products, eq(products.id, productSeats.productId))
    .innerJoin(publishers, eq(publishers.id, products.publisherId))
    .where(and(eq(productSeats.workspaceId, workspaceId), eq(productSeats.productId, productId)));
  if (!row) throw notFound("product in this workspace");
  return toRow(row, opts.inRenewalWindow);
}

/** The product's name when the workspace licenses it (has its seat row), else null: the detail route's check and its page title. */
export async function productLicensed(tx: Tx, workspaceId: string, productId: string): Promise<string | null> {
  const [row] = await tx
    .select({ name: products.name })
    .from(productSeats)
    .innerJoin(products, eq(products.id, productSeats.productId))
    .where(and(eq(productSeats.workspaceId, workspaceId), eq(productSeats.productId, productId)));
  return row?.name ?? null;
}
