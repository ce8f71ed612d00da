import { and, eq, sql } from "drizzle-orm";
import { licenses, products } from "@/db/schema";
import type { LicensingModel } from "@/db/schema/enums";
import type { Tx } from "@/db/scope";
import { workspaceNow } from "@/lib/clock";
import type { LicenseState } from "./rules";
import { coveredUntilSql, licenseStateSql } from "./state";

/** One license with its product, as the license page, the API and an activation code's preview read it. */
export type LicenseDetails = {
  id: string;
  name: string;
  productId: string;
  productName: string;
  sku: string;
  family: string;
  editionRank: number;
  licensingModel: LicensingModel;
  quantity: number;
  termStart: Date;
  termEnd: Date;
  source: string;
  /** By the workspace clock (lib/licenses/rules.ts). */
  state: LicenseState;
  features: string[];
  featureSettings: Record<string, boolean>;
  replacedById: string | null;
  /** The license this one replaced, if it came from an activation code. */
  replacesId: string | null;
};

export async function licenseDetails(tx: Tx, workspaceId: string, licenseId: string): Promise<LicenseDetails | null> {
  const now = await workspaceNow(tx, workspaceId);
  const [row] = await tx
    .select({
      id: licenses.id,
      name: licenses.name,
      productId: licenses.productId,
      productName: products.name,
      sku: products.sku,
      family: products.family,
      editionRank: products.editionRank,
      licensingModel: licenses.licensingModel,
      quantity: licenses.quantity,
      termStart: licenses.termStart,
      // Until when it is bought: a renewal the ledger holds counts before the window's close moves the row.
      termEnd: coveredUntilSql(now),
      source: licenses.source,
      state: licenseStateSql(now),
      features: sql<string[]>`coalesce(${licenses.features}, ${products.features})`,
      featureSettings: licenses.featureSettings,
      replacedById: licenses.replacedById,
      replacesId: sql<string | null>`(select l2.id from ${licenses} l2 where l2.workspace_id = ${licenses.workspaceId} and l2.replaced_by_id = ${licenses.id} limit 1)`,
    })
    .from(licenses)
    .innerJoin(products, eq(products.id, licenses.productId))
    .where(and(eq(licenses.workspaceId, workspaceId), eq(licenses.id, licenseId)));
  return row ?? null;
}
