import { and, asc, count, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { contracts, hosts, licenses, orders, productSeats, products, publishers } from "@/db/schema";
import type { LicensingModel } from "@/db/schema/enums";
import type { Tx } from "@/db/scope";
import type { WorkspaceSummary } from "@/lib/access/workspace";
import { workspaceClock } from "@/lib/clock";
import {
  calendarDateIn,
  daysBetween,
  productStatuses,
  renewalBanner,
  renewalWindow,
  windowPhase,
  type ProductStatus,
  type RenewalBanner,
  type RenewalWindow,
  type WindowPhase,
} from "./rules";
import { LIVE_LICENSE_STATES } from "@/lib/licenses/rules";
import { licenseStateSql } from "@/lib/licenses/state";
import { seatView, type SeatView } from "@/lib/seats/rules";

export type OverviewContract = {
  id: string;
  name: string;
  window: RenewalWindow;
  phase: WindowPhase;
  /** Days from today to the anniversary (negative once it has passed). */
  daysToAnniversary: number;
};

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

export type RenewalState = {
  now: Date;
  testClock: boolean;
  /** The workspace-local calendar date of `now`. */
  today: string;
  contracts: OverviewContract[];
  /** The contract whose window drives the seat figures: the nearest anniversary. */
  primary: OverviewContract | null;
  inWindow: boolean;
};

/** Today in the workspace (from its clock) and where its contracts' renewal windows stand. */
export async function renewalState(tx: Tx, workspace: Pick<WorkspaceSummary, "id" | "timeZone">): Promise<RenewalState> {
  const clock = await workspaceClock(tx, workspace.id);
  const today = calendarDateIn(clock.now, workspace.timeZone);
  const rows = await tx
    .select({
      id: contracts.id,
      name: contracts.name,
      anniversaryDate: contracts.anniversaryDate,
      opens: contracts.windowOpensDaysBefore,
      closes: contracts.windowClosesDaysAfter,
    })
    .from(contracts)
    .where(eq(contracts.workspaceId, workspace.id))
    .orderBy(asc(contracts.anniversaryDate), asc(contracts.id))
    .limit(20);
  const list = rows.map((c): OverviewContract => {
    const window = renewalWindow(c.anniversaryDate, c.opens, c.closes);
    return { id: c.id, name: c.name, window, phase: windowPhase(window, today), daysToAnniversary: daysBetween(today, c.anniversaryDate) };
  });
  const primary = list[0] ?? null;
  return { now: clock.now, testClock: clock.testClock, today, contracts: list, primary, inWindow: primary?.phase === "open" };
}

/**
 * True when the product's subscription is gone: by the workspace clock no license of it is live
 * and one has ended, and no paid seats are left (the window's close or the end of its term took
 * them back; between the anniversary and the close they still count, and the window decides).
 * Correlated on the product_seats row of the outer query.
 */
export function lapsedSql(now: Date): SQL<boolean> {
  const state = licenseStateSql(now);
  // Qualified by hand: drizzle leaves a single-table select's columns unqualified.
  const of = sql`${licenses}.workspace_id = ${productSeats}.workspace_id and ${licenses}.product_id = ${productSeats}.product_id`;
  return sql<boolean>`(${productSeats}.purchased = 0 and ${productSeats}.renewed = 0
    and not exists (select 1 from ${licenses} where ${of} and ${state} = any(${sql.param([...LIVE_LICENSE_STATES])}::text[]))
    and exists (select 1 from ${licenses} where ${of} and ${state} = 'expired'))`;
}

/** The banner of the workspace's renewal situation over all its products (a small per-workspace read). */
export async function workspaceBanner(tx: Tx, workspaceId: string, state: RenewalState): Promise<RenewalBanner | null> {
  const rows = await tx
    .select({ id: productSeats.productId, used: productSeats.used, renewed: productSeats.renewed, lapsed: lapsedSql(state.now) })
    .from(productSeats)
    .innerJoin(products, eq(products.id, productSeats.productId))
    .where(eq(productSeats.workspaceId, workspaceId))
    .orderBy(asc(products.name), asc(products.id));
  return renewalBanner(state.primary?.window ?? null, state.today, rows);
}

/** Everything the Overview shows, from the per-product seat rows and small per-workspace tables. */
export async function getOverview(tx: Tx, workspace: Pick<WorkspaceSummary, "id" | "timeZone" | "currency">): Promise<Overview> {
  const workspaceId = workspace.id;
  const state = await renewalState(tx, workspace);
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

  const [banner, seatRows, [licenseCount], [hostCount], [productCount]] = await Promise.all([
    workspaceBanner(tx, workspaceId, state),
    tx
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
      .orderBy(asc(products.name), asc(products.id))
      .limit(OVERVIEW_PRODUCT_LIMIT),
    tx
      .select({ n: count() })
      .from(licenses)
      .where(and(eq(licenses.workspaceId, workspaceId), inArray(licenseStateSql(state.now), [...LIVE_LICENSE_STATES]))),
    tx
      .select({ n: count() })
      .from(hosts)
      .where(and(eq(hosts.workspaceId, workspaceId), ne(hosts.state, "removed"))),
    tx.select({ n: count() }).from(productSeats).where(eq(productSeats.workspaceId, workspaceId)),
  ]);

  return {
    ...state,
    banner,
    products: seatRows.map(({ productId, name, publisher, licensingModel, unpaidAmountMinor, lapsed, ...seats }) => {
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
    totals: { products: productCount.n, licenses: licenseCount.n, hosts: hostCount.n },
  };
}
