import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { licenses, orders, prices, products, productSeats } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { recordAudit } from "@/lib/audit";
import { workspaceNow } from "@/lib/clock";
import { localDate } from "@/lib/clock/rules";
import { conflict, invalid, notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations";
import { lockSeats } from "@/lib/seats";
import { effectivePrice, orderTotal } from "./rules";

const orderColumns = {
  id: orders.id,
  productId: orders.productId,
  productName: products.name,
  kind: orders.kind,
  quantity: orders.quantity,
  amountMinor: orders.amountMinor,
  currency: orders.currency,
  status: orders.status,
  createdAt: orders.createdAt,
  paidAt: orders.paidAt,
};

export type OrderView = {
  id: string;
  productId: string;
  productName: string;
  kind: "add_licenses" | "add_products" | "renewal";
  quantity: number;
  amountMinor: number;
  currency: string;
  status: "unpaid" | "paid" | "cancelled";
  createdAt: string;
  paidAt: string | null;
};

function view(row: { createdAt: Date; paidAt: Date | null } & Omit<OrderView, "createdAt" | "paidAt">): OrderView {
  return { ...row, createdAt: row.createdAt.toISOString(), paidAt: row.paidAt?.toISOString() ?? null };
}

export async function listOrders(tx: Tx, workspaceId: string, opts: { limit: number; before?: [string, string] | null }) {
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
  return rows.map(view);
}

const createOrderInput = z.object({
  productId: z.uuid("Not a product id."),
  kind: z.enum(["add_licenses", "add_products"]),
  quantity: z.coerce.number().int("Whole seats only.").min(1, "At least 1 seat.").max(100_000, "At most 100,000 seats."),
});

/**
 * "Add licenses" (more seats of a licensed product) or "Add products" (a product not licensed
 * yet): an unpaid order priced in the workspace's currency, counted as payment required.
 */
export const createOrder = defineOperation({
  name: "orders.create",
  input: createOrderInput,
  resource: "order",
  action: "create",
  async run(ctx, input, tx): Promise<OrderView> {
    const ws = ctx.workspace;
    const [product] = await tx.select({ id: products.id, name: products.name }).from(products).where(eq(products.id, input.productId));
    if (!product) throw notFound("product");
    const [licensed] = await tx
      .select({ productId: productSeats.productId })
      .from(productSeats)
      .where(and(eq(productSeats.workspaceId, ws.id), eq(productSeats.productId, input.productId)));
    if (input.kind === "add_licenses" && !licensed) {
      throw invalid("This product is not licensed here yet: use Add products.", { fieldErrors: { kind: ["Use add_products for a new product."] } });
    }
    if (input.kind === "add_products" && licensed) {
      throw invalid("This product is licensed already: use Add licenses.", { fieldErrors: { kind: ["Use add_licenses for a licensed product."] } });
    }
    const now = await workspaceNow(tx, ws.id);
    const rows = await tx
      .select({ unitAmountMinor: prices.unitAmountMinor, offerName: prices.offerName, validFrom: prices.validFrom, validUntil: prices.validUntil })
      .from(prices)
      .where(and(eq(prices.productId, input.productId), eq(prices.currency, ws.currency)));
    const price = effectivePrice(rows, localDate(now, ws.timeZone));
    if (!price) throw conflict(`This product has no price in ${ws.currency}.`);
    if (!licensed) {
      // A concurrent order for the same new product waits here for the first to commit.
      const made = await tx.insert(productSeats).values({ workspaceId: ws.id, productId: input.productId }).onConflictDoNothing().returning();
      if (made.length === 0) throw invalid("This product was just licensed by another order: use Add licenses.", { fieldErrors: { kind: ["Use add_licenses for a licensed product."] } });
    }
    await lockSeats(tx, ws.id, input.productId);
    const [order] = await tx
      .insert(orders)
      .values({
        workspaceId: ws.id,
        productId: input.productId,
        kind: input.kind,
        quantity: input.quantity,
        amountMinor: orderTotal(price.unitAmountMinor, input.quantity),
        currency: ws.currency,
        createdBy: ctx.actor.accountId,
        createdAt: now,
      })
      .returning({ id: orders.id });
    await tx
      .update(productSeats)
      .set({ unpaid: sql`${productSeats.unpaid} + ${input.quantity}`, updatedAt: new Date() })
      .where(and(eq(productSeats.workspaceId, ws.id), eq(productSeats.productId, input.productId)));
    await recordAudit(tx, ws.id, ctx.auditActor, {
      action: "order.created",
      subjectType: "order",
      subjectId: order.id,
      data: { kind: input.kind, productId: input.productId, quantity: input.quantity, unitAmountMinor: price.unitAmountMinor, offer: price.offerName },
    });
    return getOrder(tx, ws.id, order.id);
  },
});

export async function getOrder(tx: Tx, workspaceId: string, orderId: string): Promise<OrderView> {
  const [row] = await tx
    .select(orderColumns)
    .from(orders)
    .innerJoin(products, eq(products.id, orders.productId))
    .where(and(eq(orders.workspaceId, workspaceId), eq(orders.id, orderId)));
  if (!row) throw notFound("order");
  return view(row);
}

/**
 * Stands in for the payment provider: the supervisor confirms payment. The seats move from
 * "payment required" to purchased, and the product's license grows (or is created).
 */
export const markOrderPaid = defineOperation({
  name: "orders.mark_paid",
  input: z.object({ orderId: z.uuid("Not an order id.") }),
  resource: "payment",
  action: "create",
  async run(ctx, { orderId }, tx): Promise<OrderView> {
    const ws = ctx.workspace.id;
    const [peek] = await tx.select({ productId: orders.productId }).from(orders).where(and(eq(orders.workspaceId, ws), eq(orders.id, orderId)));
    if (!peek) throw notFound("order");
    await lockSeats(tx, ws, peek.productId);
    const [order] = await tx.select().from(orders).where(and(eq(orders.workspaceId, ws), eq(orders.id, orderId)));
    if (order.status === "paid") return getOrder(tx, ws, orderId);
    if (order.status !== "unpaid" || order.kind === "renewal") throw conflict(`This order is ${order.status} and cannot be paid.`);
    const now = await workspaceNow(tx, ws);
    await tx.update(orders).set({ status: "paid", paidAt: now }).where(eq(orders.id, orderId));
    await tx
      .update(productSeats)
      .set({
        unpaid: sql`${productSeats.unpaid} - ${order.quantity}`,
        purchased: sql`${productSeats.purchased} + ${order.quantity}`,
        updatedAt: new Date(),
      })
      .where(and(eq(productSeats.workspaceId, ws), eq(productSeats.productId, order.productId)));
    const grown = await tx
      .update(licenses)
      .set({ quantity: sql`${licenses.quantity} + ${order.quantity}` })
      .where(and(eq(licenses.workspaceId, ws), eq(licenses.productId, order.productId), eq(licenses.state, "active")))
      .returning({ id: licenses.id });
    if (grown.length === 0) {
      const [product] = await tx.select().from(products).where(eq(products.id, order.productId));
      await tx.insert(licenses).values({
        workspaceId: ws,
        productId: order.productId,
        name: product.name,
        quantity: order.quantity,
        licensingModel: product.licensingModel,
        source: "web_store",
        termStart: now,
        termEnd: new Date(now.getTime() + 365 * 86_400_000),
        purchasedAt: now,
      });
    }
    await recordAudit(tx, ws, ctx.auditActor, {
      action: "order.paid",
      subjectType: "order",
      subjectId: orderId,
      data: { productId: order.productId, quantity: order.quantity, amountMinor: order.amountMinor, currency: order.currency },
    });
    return getOrder(tx, ws, orderId);
  },
});
