import { defineRead } from "@/lib/operations/read";
import { and, asc, count, eq, inArray, ne, sql } from "drizzle-orm";
import { hosts, licenses, orders, productSeats, products, publishers } from "@/db/schema";
import type { LicensingModel } from "@/db/schema/enums";
import type { Tx } from "@/db/scope";
import type { WorkspaceSummary } from "@/lib/access/workspace";
import { LIVE_LICENSE_STATES } from "@/lib/licenses/rules";
import { licenseStateSql } from "@/lib/licenses/state";
import { lapsedSql, renewalStateWith, type RenewalState } from "@/lib/renewal/state";
import { productStatuses, renewalBanner, type ProductStatus, type RenewalBanner } from "@/lib/renewal/window";
import { seatView, type SeatView } from "@/lib/seats/rules";
import { byName } from "@/lib/tables/collation";

export type OverviewProduct = SeatView & {
  productId: string;
  name: string;
  publisher: string;
  licensingModel: LicensingModel;
  /** Sum of the unpaid Add licenses / Add products orders, in the workspace's currency. */
  unpaidAmountMinor: number;
  /** The subscription ended with nothing renewed: no live license of the product is left. */
  lapsed: boolean;
  statuses: ProductStatus[];
};

export type Overview = RenewalState & {
  banner: RenewalBanner | null;
  products: OverviewProduct[];
  totals: { products: number; licenses: number; hosts: number };
};

/** At most this many products on the Overview; the Products tab pages through all of them. */
export const OVERVIEW_PRODUCT_LIMIT = 50;

/**
 * Everything the Overview shows, in two statements: (1) the clock, the contracts and the license
 * and host counts; (2) every seat row of the workspace, read once, each with its product, unpaid
 * amount and lapsed flag. The banner (all products), the product count and the table (the first
 * OVERVIEW_PRODUCT_LIMIT) are derived from those rows by the plain rules functions.
 */
export async function getOverview(tx: Tx, workspace: Pick<WorkspaceSummary, "id" | "timeZone" | "currency"> & { locale?: string }): Promise<Overview> {
  const workspaceId = workspace.id;
  const { state, also: counts } = await renewalStateWith(tx, workspace, (now) => ({
    licenses: sql<number>`(${tx
      .select({ n: count() })
      .from(licenses)
      .where(and(eq(licenses.workspaceId, workspaceId), inArray(licenseStateSql(now), [...LIVE_LICENSE_STATES])))})`,
    hosts: sql<number>`(${tx
      .select({ n: count() })
      .from(hosts)
      .where(and(eq(hosts.workspaceId, workspaceId), ne(hosts.state, "removed")))})`,
  }));
  const { inWindow } = state;

  const unpaid = tx
    .select({ productId: orders.productId, amount: sql<number>`sum(${orders.amountMinor})::bigint`.mapWith(Number).as("amount") })
    .from(orders)
    .where(
      and(
        eq(orders.workspaceId, workspaceId),
        eq(orders.status, "unpaid"),
        inArray(orders.kind, ["add_licenses", "add_products"]),
        eq(orders.currency, workspace.currency),
      ),
    )
    .groupBy(orders.productId)
    .as("unpaid");

  const seatRows = await tx
    .select({
      productId: productSeats.productId,
      name: products.name,
      publisher: publishers.name,
      licensingModel: products.licensingModel,
      used: productSeats.used,
      purchased: productSeats.purchased,
      renewed: productSeats.renewed,
      unpaid: productSeats.unpaid,
      noAccess: productSeats.noAccess,
      unpaidAmountMinor: sql<number>`coalesce(${unpaid.amount}, 0)`.mapWith(Number),
      lapsed: lapsedSql(state.now),
    })
    .from(productSeats)
    .innerJoin(products, eq(products.id, productSeats.productId))
    .innerJoin(publishers, eq(publishers.id, products.publisherId))
    .leftJoin(unpaid, eq(unpaid.productId, productSeats.productId))
    .where(eq(productSeats.workspaceId, workspaceId))
    .orderBy(asc(byName(products.name, workspace.locale)), asc(products.id));

  return {
    ...state,
    banner: renewalBanner(state.primary?.window ?? null, state.today, seatRows.map((r) => ({ ...r, id: r.productId }))),
    products: seatRows.slice(0, OVERVIEW_PRODUCT_LIMIT).map(({ productId, name, publisher, licensingModel, unpaidAmountMinor, lapsed, ...seats }) => {
      const summary = seatView(seats, inWindow);
      return {
        productId,
        name,
        publisher,
        licensingModel,
        unpaidAmountMinor,
        lapsed,
        statuses: productStatuses({ ...summary, lapsed }, inWindow),
        ...summary,
      };
    }),
    totals: { products: seatRows.length, licenses: Number(counts.licenses), hosts: Number(counts.hosts) },
  };
}

/** The Overview's read (lib/operations/read): lag-tolerant, so on the replica when there is one. */
export const overview = defineRead({ name: "overview", resource: "product", replica: true, run: (tx, ctx) => getOverview(tx, ctx.workspace) });
