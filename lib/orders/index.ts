import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { licenses, orders, products, type Order } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { recordAudit } from "@/lib/audit";
import { localDate, startOfLocalDay } from "@/lib/clock/rules";
import { AppError, conflict, fieldError, invalid, type LocalisedMessage, notFound } from "@/lib/errors";
import { defineOperation, type OperationContext } from "@/lib/operations";
import { renewalState } from "@/lib/renewal/state";
import { paymentProvider, type PayableOrder } from "@/lib/payments";
import { addProductSeats, adjustSeats, lockSeats } from "@/lib/seats/ledger";
import { addPurchasedSeats } from "@/lib/licenses/lifecycle";
import { assertRenewable, recordRenewal, renewalOf } from "@/lib/licenses/terms";
import { orderNumber, shareRenewalSeats, type LapseReason } from "@/lib/licenses/term-rules";
import { nextAnniversary } from "@/lib/renewal/rules";
import { releaseUnpaidSeats } from "./lapse";
import { mailOrderConfirmation, mailOrderPaid } from "./mail";
import { placeOrderInput, priceOrder, type Priced, type Ws } from "./quote";
import { getOrder, lapseContext, lapseOf, type OrderView } from "./queries";

/** Placing, settling and cancelling orders; pricing is in ./quote.ts, lapsing in ./lapse.ts, the e-mails in ./mail.ts. */

export type NewOrder = Omit<typeof orders.$inferInsert, "id" | "workspaceId" | "seq" | "number" | "createdAt"> & { createdAt: Date };

/**
 * Every order of a workspace is written here (lib/orders owns orders), numbered in sequence:
 * concurrent orders of one workspace take its number lock in turn, and the unique
 * (workspace, seq) key stands behind it.
 */
export async function insertOrder(tx: Tx, ws: Pick<Ws, "id" | "timeZone">, values: NewOrder): Promise<Order> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`orders:${ws.id}`}, 0))`);
  const [{ last }] = await tx.select({ last: sql<number>`coalesce(max(${orders.seq}), 0)::int` }).from(orders).where(eq(orders.workspaceId, ws.id));
  const seq = last + 1;
  const [order] = await tx
    .insert(orders)
    .values({ ...values, workspaceId: ws.id, seq, number: orderNumber(localDate(values.createdAt, ws.timeZone), seq) })
    .returning();
  return order;
}

/**
 * The licenses a renewal order of the product renews: the contract's live licenses, each with
 * the end of the term that the anniversary closes, its seats and those a renewal order of that
 * term gave it already. Refuses when another path (an online renewal, a code) renewed one of them.
 */
async function renewalTargets(
  tx: Tx,
  ws: Ws,
  productId: string,
  contractId: string | null,
  anniversary: string,
  now: Date,
): Promise<{ id: string; renewsTermEnd: Date; seats: number; renewedAlready: number }[]> {
  const rows = await tx
    .select({ id: licenses.id, termEnd: licenses.termEnd, seats: licenses.quantity })
    .from(licenses)
    .where(
      and(
        eq(licenses.workspaceId, ws.id),
        eq(licenses.productId, productId),
        contractId ? eq(licenses.contractId, contractId) : undefined,
        inArray(licenses.state, ["active", "provisional"]),
      ),
    )
    .orderBy(asc(licenses.purchasedAt), asc(licenses.id));
  // A paid renewal must renew a term: with no license of the contract left to renew, none is sold.
  if (rows.length === 0) {
    throw new AppError(409, "nothing_to_renew", { key: "apiErrors.nothing_to_renew" });
  }
  const targets = [];
  for (const l of rows) {
    const renewsTermEnd = localDate(l.termEnd, ws.timeZone) === anniversary ? l.termEnd : startOfLocalDay(anniversary, ws.timeZone);
    await assertRenewable(tx, ws, l.id, renewsTermEnd, "renewal_order", now);
    targets.push({ id: l.id, renewsTermEnd, seats: l.seats, renewedAlready: (await renewalOf(tx, ws.id, l.id, renewsTermEnd))?.seats ?? 0 });
  }
  return targets;
}

/**
 * "Add licenses" (more seats of a licensed product), "Add products" (a product not licensed
 * yet) or a renewal for the coming term (only inside the renewal window, and only while no other
 * path renewed that term): an unpaid order priced in the workspace's currency by the price rule,
 * numbered, confirmed by e-mail in the same transaction. Add licenses / Add products count as
 * payment required until paid; a renewal counts as renewed once paid.
 */
export const createOrder = defineOperation({
  name: "orders.create",
  input: placeOrderInput,
  resource: "order",
  action: "create",
  async run(ctx, input, tx): Promise<OrderView> {
    const ws = ctx.workspace;
    let priced: Priced;
    if (input.kind === "add_products") {
      priced = await priceOrder(tx, ws, input);
      // A concurrent order for the same new product waits here for the first to commit.
      if (!(await addProductSeats(tx, ws.id, input.productId))) throw invalid({ key: "apiErrors.licensed_just_now" }, fieldError("kind", { key: "apiErrors.kind_use_add_licenses" }));
      await lockSeats(tx, ws.id, input.productId);
    } else {
      await lockSeats(tx, ws.id, input.productId).catch((e) => {
        if (e instanceof AppError && e.status === 404) return null; // priceOrder says why
        throw e;
      });
      priced = await priceOrder(tx, ws, input);
    }
    const { quote: q, now } = priced;
    if (input.kind === "renewal") await renewalTargets(tx, ws, input.productId, q.contractId, q.termStart, now);
    const order = await insertOrder(tx, ws, {
      productId: input.productId,
      kind: input.kind,
      quantity: input.quantity,
      amountMinor: q.amountMinor,
      currency: q.currency,
      purchaseOrder: input.purchaseOrder,
      termStart: startOfLocalDay(q.termStart, ws.timeZone),
      termEnd: startOfLocalDay(q.termEnd, ws.timeZone),
      createdBy: ctx.actor.accountId,
      createdAt: now,
    });
    if (input.kind !== "renewal") {
      await adjustSeats(tx, ws.id, input.productId, { unpaid: input.quantity });
    }
    const payable: PayableOrder = { id: order.id, workspaceId: ws.id, amountMinor: q.amountMinor, currency: q.currency, description: `${order.number}: ${input.quantity} × ${q.productName}` };
    const payment = await paymentProvider.createPayment(tx, payable);
    await recordAudit(tx, ws.id, ctx.auditActor, {
      action: "order.created",
      subjectType: "order",
      subjectId: order.id,
      data: {
        number: order.number,
        purchaseOrder: order.purchaseOrder,
        kind: input.kind,
        productId: input.productId,
        quantity: input.quantity,
        unitAmountMinor: q.unitAmountMinor,
        offer: q.offerName,
        amountMinor: q.amountMinor,
        termStart: q.termStart,
        termEnd: q.termEnd,
        chargedDays: q.chargedDays,
        yearDays: q.yearDays,
        payment: { provider: payment.provider, reference: payment.reference, status: payment.status },
      },
    });
    await mailOrderConfirmation(tx, ws, order, q);
    return getOrder(tx, ws, order.id);
  },
});

/** An order's row under its product's seat lock, so paying, cancelling and lapsing never interleave. */
async function lockedOrder(tx: Tx, ws: Pick<Ws, "id">, orderId: string): Promise<Order> {
  const [peek] = await tx.select({ productId: orders.productId }).from(orders).where(and(eq(orders.workspaceId, ws.id), eq(orders.id, orderId)));
  if (!peek) throw notFound("order");
  await lockSeats(tx, ws.id, peek.productId);
  const [order] = await tx.select().from(orders).where(and(eq(orders.workspaceId, ws.id), eq(orders.id, orderId))).for("update");
  return order;
}

function lapsedRefusal(reason: LapseReason | null): AppError {
  const message: LocalisedMessage = { key: "apiErrors.order_lapsed", values: { reason: reason ?? "unknown" } };
  return new AppError(409, reason === "window_closed" ? "renewal_window_closed" : "order_lapsed", message, { reason });
}

/**
 * Settles an order once the payment provider confirms it: under the product's seat lock, Add
 * licenses / Add products move seats from payment required to purchased (the license grows or is
 * created); a renewal adds its seats to those renewed for the coming term and records the
 * renewal in the term ledger (refused if another path renewed that term). An order whose term
 * can no longer start has lapsed: paying it is refused and nothing is created. Paying a paid
 * order changes nothing; a receipt goes out by e-mail.
 */
export async function settleOrder(ctx: OperationContext, orderId: string, tx: Tx): Promise<OrderView> {
  const ws = ctx.workspace;
  const order = await lockedOrder(tx, ws, orderId);
  if (order.status === "paid") return getOrder(tx, ws, orderId);
  const lapse = await lapseContext(tx, ws);
  if (order.status === "lapsed") throw lapsedRefusal(lapseOf(order, lapse));
  if (order.status !== "unpaid") throw conflict({ key: "apiErrors.order_not_payable", values: { status: order.status } });
  const reason = lapseOf(order, lapse);
  if (reason) throw lapsedRefusal(reason);
  const now = lapse.now;
  const state = await renewalState(tx, ws);
  const [{ name: productName }] = await tx.select({ name: products.name }).from(products).where(eq(products.id, order.productId));
  if (order.kind === "renewal") {
    // The order's seats are shared among the product's licenses that the anniversary renews, and
    // each license given seats has its term in the ledger (a second order of the same term tops up).
    const anniversary = lapse.openAnniversary!;
    const targets = await renewalTargets(tx, ws, order.productId, state.primary?.id ?? null, anniversary, now);
    const shares = shareRenewalSeats(order.quantity, targets);
    for (const [i, target] of targets.entries()) {
      if (shares[i] === 0) continue;
      await recordRenewal(tx, ws, {
        licenseId: target.id,
        via: "renewal_order",
        termStart: startOfLocalDay(anniversary, ws.timeZone),
        termEnd: startOfLocalDay(nextAnniversary(anniversary), ws.timeZone),
        seats: shares[i],
        renewsTermEnd: target.renewsTermEnd,
        orderId: order.id,
        renewedOn: lapse.today,
        createdBy: ctx.actor.accountId,
      });
    }
  }
  const payable: PayableOrder = { id: order.id, workspaceId: ws.id, amountMinor: order.amountMinor, currency: order.currency, description: `${order.number}: ${order.quantity} × ${productName}` };
  const confirmation = await paymentProvider.confirm(tx, payable, { confirmedBy: ctx.actor.accountId });
  await tx.update(orders).set({ status: "paid", paidAt: now }).where(eq(orders.id, orderId));
  if (order.kind === "renewal") {
    await adjustSeats(tx, ws.id, order.productId, { renewed: order.quantity });
  } else {
    await adjustSeats(tx, ws.id, order.productId, { unpaid: -order.quantity, purchased: order.quantity });
    await addPurchasedSeats(tx, ws.id, { productId: order.productId, quantity: order.quantity, contractId: state.primary?.id ?? null, termEnd: order.termEnd, now });
  }
  await recordAudit(tx, ws.id, ctx.auditActor, {
    action: "order.paid",
    subjectType: "order",
    subjectId: orderId,
    data: { number: order.number, productId: order.productId, quantity: order.quantity, amountMinor: order.amountMinor, currency: order.currency },
  });
  await recordAudit(tx, ws.id, ctx.auditActor, {
    action: "payment.confirmed",
    subjectType: "order",
    subjectId: orderId,
    data: { provider: confirmation.provider, reference: confirmation.reference, amountMinor: confirmation.amountMinor, currency: confirmation.currency },
  });
  const paid = await getOrder(tx, ws, orderId);
  await mailOrderPaid(tx, ws, order, productName, confirmation);
  return paid;
}

/**
 * "Mark as paid": the supervisor confirms, through the manual payment provider, that the order's
 * payment arrived. The same settling path serves a real provider's webhook.
 */
export const markOrderPaid = defineOperation({
  name: "orders.mark_paid",
  input: z.object({ orderId: z.uuid() }),
  resource: "payment",
  action: "create",
  run: (ctx, { orderId }, tx): Promise<OrderView> => settleOrder(ctx, orderId, tx),
});

/**
 * The supervisor withdraws an unpaid order: its seats stop counting as payment required and it
 * can no longer be paid. Cancelling a cancelled order changes nothing; a paid or lapsed one is refused.
 */
export const cancelOrder = defineOperation({
  name: "orders.cancel",
  input: z.object({ orderId: z.uuid() }),
  resource: "payment",
  action: "create",
  async run(ctx, { orderId }, tx): Promise<OrderView> {
    const ws = ctx.workspace;
    const order = await lockedOrder(tx, ws, orderId);
    if (order.status === "cancelled") return getOrder(tx, ws, orderId);
    if (order.status === "paid") throw new AppError(409, "order_paid", { key: "apiErrors.order_paid", values: { number: order.number } });
    if (order.status === "lapsed") throw new AppError(409, "order_lapsed", { key: "apiErrors.order_lapsed_already", values: { number: order.number } });
    await tx.update(orders).set({ status: "cancelled" }).where(eq(orders.id, orderId));
    await releaseUnpaidSeats(tx, ws.id, order);
    await recordAudit(tx, ws.id, ctx.auditActor, {
      action: "order.cancelled",
      subjectType: "order",
      subjectId: orderId,
      data: { number: order.number, kind: order.kind, productId: order.productId, quantity: order.quantity, amountMinor: order.amountMinor },
    });
    return getOrder(tx, ws, orderId);
  },
});
