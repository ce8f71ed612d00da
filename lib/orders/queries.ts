/** Reads of orders: lists, one order, what may be ordered, and when an unpaid order lapses. */
import { and, asc, count, desc, eq, ilike, notExists, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { orders, products, productSeats, type Order } from "@/db/schema";
import type { Tx } from "@/db/scope";
import type { WorkspaceSummary } from "@/lib/access/workspace";
import { localDate } from "@/lib/clock/rules";
import { notFound } from "@/lib/errors";
import { renewalState } from "@/lib/renewal/state";
import { likePattern, type Page, type TableParams } from "@/lib/tables/params";
import { lapseReason, type LapseReason } from "@/lib/licenses/term-rules";
import type { OrderKind } from "./rules";

type Ws = Pick<WorkspaceSummary, "id" | "timeZone">;

const orderColumns = {
  id: orders.id,
  number: orders.number,
  purchaseOrder: orders.purchaseOrder,
  productId: orders.productId,
  productName: products.name,
  kind: orders.kind,
  quantity: orders.quantity,
  amountMinor: orders.amountMinor,
  currency: orders.currency,
  status: orders.status,
  termStart: orders.termStart,
  termEnd: orders.termEnd,
  createdAt: orders.createdAt,
  paidAt: orders.paidAt,
};

export type OrderView = {
  id: string;
  /** "LC-2026-000123", per workspace. */
  number: string;
  /** The customer's purchase-order reference, if given. */
  purchaseOrder: string | null;
  productId: string;
  productName: string;
  kind: OrderKind;
  quantity: number;
  amountMinor: number;
  currency: string;
  status: OrderStatus;
  /** Why an unpaid order can no longer be paid (it reads as lapsed then), else null. */
  lapseReason: LapseReason | null;
  /** The term the seats are bought for (null on orders made before terms were recorded). */
  termStart: string | null;
  termEnd: string | null;
  createdAt: string;
  paidAt: string | null;
};

export type OrderStatus = Order["status"];

type OrderRow = { createdAt: Date; paidAt: Date | null; termStart: Date | null; termEnd: Date | null } & Omit<
  OrderView,
  "createdAt" | "paidAt" | "termStart" | "termEnd" | "lapseReason"
>;

/**
 * What decides whether unpaid orders lapsed, read once per request. A subscription that ended is
 * the window-close job's to judge (it lapses the orders placed before); on read, an Add licenses
 * order placed after it, to buy the product anew, is as payable as any.
 */
export type LapseContext = { today: string; timeZone: string; openAnniversary: string | null; subscriptionEnded: boolean };

export async function lapseContext(tx: Tx, ws: Pick<Ws, "id" | "timeZone">): Promise<LapseContext & { now: Date }> {
  const state = await renewalState(tx, ws);
  return {
    now: state.now,
    today: state.today,
    timeZone: ws.timeZone,
    openAnniversary: state.primary?.phase === "open" ? state.primary.window.anniversary : null,
    subscriptionEnded: false,
  };
}

export function lapseOf(o: { kind: OrderKind; status: OrderStatus; termStart: Date | null; termEnd: Date | null }, c: LapseContext): LapseReason | null {
  const status = o.status === "lapsed" ? "unpaid" : o.status;
  return lapseReason(
    { kind: o.kind, status, termStart: o.termStart && localDate(o.termStart, c.timeZone), termEnd: o.termEnd && localDate(o.termEnd, c.timeZone) },
    c.today,
    { openAnniversary: c.openAnniversary, productLicensed: !c.subscriptionEnded },
  );
}

/** An order as read: an unpaid one whose term can no longer start reads as lapsed before the job gets to it. */
function view(row: OrderRow, c: LapseContext): OrderView {
  const reason = row.status === "unpaid" || row.status === "lapsed" ? lapseOf(row, c) : null;
  return {
    ...row,
    status: reason ? "lapsed" : row.status,
    lapseReason: reason,
    termStart: row.termStart?.toISOString() ?? null,
    termEnd: row.termEnd?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    paidAt: row.paidAt?.toISOString() ?? null,
  };
}

export async function listOrders(tx: Tx, ws: Pick<Ws, "id" | "timeZone">, opts: { limit: number; before?: [string, string] | null }) {
  const workspaceId = ws.id;
  const c = await lapseContext(tx, ws);
  const rows = await tx
    .select(orderColumns)
    .from(orders)
    .innerJoin(products, eq(products.id, orders.productId))
    .where(
      and(
        eq(orders.workspaceId, workspaceId),
        opts.before ? sql`(${orders.createdAt}, ${orders.id}) < (${opts.before[0]}::timestamptz, ${opts.before[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(opts.limit);
  return rows.map((r) => view(r, c));
}

export const ORDER_SORTS = ["createdAt", "number", "product", "kind", "quantity", "amount", "status", "paidAt"] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];
export const ORDER_STATUS_FILTER = ["unpaid", "paid", "cancelled", "lapsed"] as const;

/** One page of the Orders tab: search by product name, filter by status, sort on the server. */
export async function listOrdersPage(tx: Tx, ws: Pick<Ws, "id" | "timeZone">, p: TableParams<OrderSort>): Promise<Page<OrderView>> {
  const workspaceId = ws.id;
  const status = (ORDER_STATUS_FILTER as readonly string[]).includes(p.filters.status ?? "") ? (p.filters.status as OrderView["status"]) : null;
  const where = and(
    eq(orders.workspaceId, workspaceId),
    p.q ? or(ilike(products.name, likePattern(p.q)), ilike(orders.number, likePattern(p.q)), ilike(orders.purchaseOrder, likePattern(p.q))) : undefined,
    status ? eq(orders.status, status) : undefined,
  );
  const column: Record<OrderSort, SQL | AnyColumn> = {
    createdAt: orders.createdAt,
    number: orders.seq,
    product: products.name,
    kind: sql`${orders.kind}::text`,
    quantity: orders.quantity,
    amount: orders.amountMinor,
    status: sql`${orders.status}::text`,
    paidAt: orders.paidAt,
  };
  const order = p.dir === "asc" ? sql`${column[p.sort]} asc nulls first` : sql`${column[p.sort]} desc nulls last`;
  const c = await lapseContext(tx, ws);
  const [rows, [{ total }]] = await Promise.all([
    tx
      .select(orderColumns)
      .from(orders)
      .innerJoin(products, eq(products.id, orders.productId))
      .where(where)
      .orderBy(order, desc(orders.createdAt), desc(orders.id))
      .limit(p.size)
      .offset((p.page - 1) * p.size),
    tx.select({ total: count() }).from(orders).innerJoin(products, eq(products.id, orders.productId)).where(where),
  ]);
  return { rows: rows.map((r) => view(r, c)), total, page: p.page, size: p.size };
}

export async function getOrder(tx: Tx, ws: Pick<Ws, "id" | "timeZone">, orderId: string): Promise<OrderView> {
  const workspaceId = ws.id;
  const [row] = await tx
    .select(orderColumns)
    .from(orders)
    .innerJoin(products, eq(products.id, orders.productId))
    .where(and(eq(orders.workspaceId, workspaceId), eq(orders.id, orderId)));
  if (!row) throw notFound("order");
  return view(row, await lapseContext(tx, ws));
}

/** What the dialogs offer: licensed products (Add licenses, Renew) and the rest of the catalogue (Add products). */
export type OrderableProducts = {
  licensed: { id: string; name: string; used: number; purchased: number; renewed: number; unpaid: number }[];
  unlicensed: { id: string; name: string }[];
};

export async function orderableProducts(tx: Tx, workspaceId: string): Promise<OrderableProducts> {
  const [licensed, unlicensed] = await Promise.all([
    tx
      .select({
        id: products.id,
        name: products.name,
        used: productSeats.used,
        purchased: productSeats.purchased,
        renewed: productSeats.renewed,
        unpaid: productSeats.unpaid,
      })
      .from(productSeats)
      .innerJoin(products, eq(products.id, productSeats.productId))
      .where(eq(productSeats.workspaceId, workspaceId))
      .orderBy(asc(products.name), asc(products.id))
      .limit(1000),
    tx
      .select({ id: products.id, name: products.name })
      .from(products)
      .where(
        notExists(
          tx
            .select({ one: sql`1` })
            .from(productSeats)
            .where(and(eq(productSeats.workspaceId, workspaceId), eq(productSeats.productId, products.id))),
        ),
      )
      .orderBy(asc(products.name), asc(products.id))
      .limit(1000),
  ]);
  return { licensed, unlicensed };
}
