import { and, asc, count, desc, eq, ilike, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { licenses, products } from "@/db/schema";
import { licenseSource, type LicensingModel } from "@/db/schema/enums";
import type { Tx } from "@/db/scope";
import { workspaceNow } from "@/lib/clock";
import { likePattern, type Page, type TableParams } from "@/lib/tables/params";
import type { LicenseState } from "./rules";
import { coveredUntilSql, licenseStateSql } from "./state";
import { byName } from "@/lib/tables/collation";

export const LICENSE_SORTS = ["name", "product", "licensingModel", "quantity", "termEnd", "source", "state"] as const;
export type LicenseSort = (typeof LICENSE_SORTS)[number];
export type LicenseSource = (typeof licenseSource.enumValues)[number];
export type { LicenseState } from "./rules";

export type LicenseRow = {
  id: string;
  name: string;
  product: string;
  licensingModel: LicensingModel;
  quantity: number;
  termEnd: Date;
  source: LicenseSource;
  state: LicenseState;
};

/** One page of a workspace's licenses, each in its state by the workspace clock; search by license or product name. */
export async function listLicenses(tx: Tx, workspaceId: string, p: TableParams<LicenseSort>, locale?: string): Promise<Page<LicenseRow>> {
  const now = await workspaceNow(tx, workspaceId);
  const state = licenseStateSql(now);
  const termEnd = coveredUntilSql(now);
  const where = and(
    eq(licenses.workspaceId, workspaceId),
    p.q ? or(ilike(licenses.name, likePattern(p.q)), ilike(products.name, likePattern(p.q))) : undefined,
  );
  const column: Record<LicenseSort, SQL | AnyColumn> = {
    name: byName(licenses.name, locale),
    product: byName(products.name, locale),
    licensingModel: sql`${licenses.licensingModel}::text`,
    quantity: sql`${licenses.quantity}`,
    termEnd,
    source: sql`${licenses.source}::text`,
    state,
  };
  const order = p.dir === "asc" ? asc(column[p.sort]) : desc(column[p.sort]);
  const [rows, [{ total }]] = await Promise.all([
    tx
      .select({
        id: licenses.id,
        name: licenses.name,
        product: products.name,
        licensingModel: licenses.licensingModel,
        quantity: licenses.quantity,
        termEnd,
        source: licenses.source,
        state,
      })
      .from(licenses)
      .innerJoin(products, eq(products.id, licenses.productId))
      .where(where)
      .orderBy(order, asc(licenses.id))
      .limit(p.size)
      .offset((p.page - 1) * p.size),
    tx.select({ total: count() }).from(licenses).innerJoin(products, eq(products.id, licenses.productId)).where(where),
  ]);
  return { rows, total, page: p.page, size: p.size };
}

export async function licenseExists(tx: Tx, workspaceId: string, licenseId: string): Promise<boolean> {
  const [row] = await tx.select({ id: licenses.id }).from(licenses).where(and(eq(licenses.workspaceId, workspaceId), eq(licenses.id, licenseId)));
  return Boolean(row);
}
