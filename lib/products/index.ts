import { and, asc, count, desc, eq, ilike, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { productSeats, products, publishers } from "@/db/schema";
import type { LicensingModel } from "@/db/schema/enums";
import type { Tx } from "@/db/scope";
import { likePattern, type Page, type TableParams } from "@/lib/tables/params";

export const PRODUCT_SORTS = ["name", "publisher", "licensingModel", "used", "purchased", "unpaid"] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export type ProductRow = {
  id: string;
  name: string;
  sku: string;
  publisher: string;
  licensingModel: LicensingModel;
  used: number;
  /** Inside the renewal window: seats bought for the coming term; otherwise this term's paid seats. */
  purchased: number;
  unpaid: number;
};

/**
 * One page of the products licensed in a workspace (those with a seat row), with their seat
 * figures; search by product name, SKU or publisher.
 */
export async function listProducts(
  tx: Tx,
  workspaceId: string,
  p: TableParams<ProductSort>,
  opts: { inRenewalWindow: boolean },
): Promise<Page<ProductRow>> {
  const purchased = opts.inRenewalWindow ? productSeats.renewed : productSeats.purchased;
  const where = and(
    eq(productSeats.workspaceId, workspaceId),
    p.q
      ? or(ilike(products.name, likePattern(p.q)), ilike(products.sku, likePattern(p.q)), ilike(publishers.name, likePattern(p.q)))
      : undefined,
  );
  const column: Record<ProductSort, SQL | AnyColumn> = {
    name: products.name,
    publisher: publishers.name,
    licensingModel: sql`${products.licensingModel}::text`,
    used: sql`${productSeats.used}`,
    purchased: sql`${purchased}`,
    unpaid: sql`${productSeats.unpaid}`,
  };
  const order = p.dir === "asc" ? asc(column[p.sort]) : desc(column[p.sort]);
  const [rows, [{ total }]] = await Promise.all([
    tx
      .select({
        id: products.id,
        name: products.name,
        sku: products.sku,
        publisher: publishers.name,
        licensingModel: products.licensingModel,
        used: productSeats.used,
        purchased,
        unpaid: productSeats.unpaid,
      })
      .from(productSeats)
      .innerJoin(products, eq(products.id, productSeats.productId))
      .innerJoin(publishers, eq(publishers.id, products.publisherId))
      .where(where)
      .orderBy(order, asc(products.name), asc(products.id))
      .limit(p.size)
      .offset((p.page - 1) * p.size),
    tx
      .select({ total: count() })
      .from(productSeats)
      .innerJoin(products, eq(products.id, productSeats.productId))
      .innerJoin(publishers, eq(publishers.id, products.publisherId))
      .where(where),
  ]);
  return { rows, total, page: p.page, size: p.size };
}
