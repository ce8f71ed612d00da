import { defineRead } from "@/lib/operations/read";
import type { TableParams } from "@/lib/tables/params";
import { orderInput, quoteFor, type OrderInput } from "./quote";
import { getOrder, listOrders, listOrdersPage, orderableProducts, type OrderSort } from "./queries";

/** The orders' declared reads (lib/operations/read), for the pages, the dialogs and the API. */

export const ordersPage = defineRead({
  name: "orders page",
  resource: "order",
  run: (tx, ctx, table: TableParams<OrderSort>) => listOrdersPage(tx, ctx.workspace, table),
});

export const ordersAfter = defineRead({
  name: "orders",
  resource: "order",
  run: (tx, ctx, opts: { limit: number; before?: [string, string] | null }) => listOrders(tx, ctx.workspace, opts),
});

export const order = defineRead({ name: "order", resource: "order", run: (tx, ctx, orderId: string) => getOrder(tx, ctx.workspace, orderId) });

/** What may be ordered (Add products / Add licenses / Renew): for those who may order. */
export const orderable = defineRead({ name: "orderable products", resource: "order", run: (tx, ctx) => orderableProducts(tx, ctx.workspace.id) });

/** The server's price for an order not yet placed. */
export const orderQuote = defineRead({
  name: "order quote",
  resource: "order",
  input: orderInput,
  run: (tx, ctx, input: OrderInput) => quoteFor(tx, ctx.workspace, input),
});
