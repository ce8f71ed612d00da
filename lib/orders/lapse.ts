import { and, eq, inArray } from "drizzle-orm";
import { orders, products, type Order } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { recordAudit } from "@/lib/audit";
import type { LapseReason } from "@/lib/licenses/term-rules";
import { adjustSeats } from "@/lib/seats/ledger";
import { mailOrderLapsed } from "./mail";
import { lapseOf, type LapseContext } from "./queries";
import type { OrderKind } from "./rules";

/** Seats an unpaid Add licenses / Add products order held as payment required, given back (the caller holds the seat lock). */
export async function releaseUnpaidSeats(tx: Tx, workspaceId: string, order: Order): Promise<void> {
  if (order.kind === "renewal") return;
  await adjustSeats(tx, workspaceId, order.productId, { unpaid: -order.quantity });
}

/**
 * The renewal window has closed (lib/renewal's job, under the product's seat lock): unpaid
 * orders of the product (of `kinds`, when given) whose term can no longer start lapse (renewals
 * of the closed window, added seats whose term ended, added seats of a subscription that was not renewed), their
 * seats stop counting as payment required, and the orderers and supervisors are told.
 */
export async function lapseOrders(
  tx: Tx,
  ws: { id: string; name: string; timeZone: string; locale: string; currency?: string },
  productId: string,
  at: { today: string; productLicensed: boolean; kinds?: OrderKind[] },
): Promise<number> {
  const unpaid = await tx
    .select()
    .from(orders)
    .where(
      and(eq(orders.workspaceId, ws.id), eq(orders.productId, productId), eq(orders.status, "unpaid"), at.kinds ? inArray(orders.kind, at.kinds) : undefined),
    )
    .for("update");
  const c: LapseContext = { today: at.today, timeZone: ws.timeZone, openAnniversary: null, subscriptionEnded: !at.productLicensed };
  const lapsed = unpaid.map((o) => ({ o, reason: lapseOf(o, c) })).filter((x): x is { o: Order; reason: LapseReason } => x.reason !== null);
  if (lapsed.length === 0) return 0;
  await tx.update(orders).set({ status: "lapsed" }).where(inArray(orders.id, lapsed.map((x) => x.o.id)));
  const [{ name: productName }] = await tx.select({ name: products.name }).from(products).where(eq(products.id, productId));
  for (const { o, reason } of lapsed) {
    await releaseUnpaidSeats(tx, ws.id, o);
    await recordAudit(tx, ws.id, { accountId: null, label: "job:orders.lapse" }, {
      action: "order.lapsed",
      subjectType: "order",
      subjectId: o.id,
      data: { number: o.number, reason, kind: o.kind, productId, quantity: o.quantity },
    });
    await mailOrderLapsed(tx, ws, o, productName, reason);
  }
  return lapsed.length;
}
