import { z } from "zod";
import { runRead } from "@/lib/operations/read";
import { cancelOrder, createOrder, markOrderPaid } from "@/lib/orders";
import { orderInput } from "@/lib/orders/quote";
import { order, orderQuote, ordersAfter } from "@/lib/orders/reads";
import { decodeCursor, encodeCursor, pageQuery } from "../cursor";
import { defineEndpoint, runInWorkspace, workspaceOf, workspaceParam } from "../endpoint";
import { orderSchema, page, quoteSchema } from "./schemas";

export const listOrdersEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/orders",
  operationId: "listOrders",
  tag: "Orders",
  summary: "Orders, newest first",
  params: workspaceParam,
  query: pageQuery,
  success: { status: 200, description: "One page.", schema: page(orderSchema) },
  errors: [401, 404, 422],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    const before = decodeCursor(input.query.cursor, z.tuple([z.iso.datetime({ offset: true }), z.uuid()]));
    const limit = input.query.limit;
    const rows = await runRead(ctx, ordersAfter.with({ before, limit: limit + 1 }));
    const data = rows.slice(0, limit);
    const last = data.at(-1);
    return { data, nextCursor: rows.length > limit && last ? encodeCursor([last.createdAt, last.id]) : null };
  },
});

export const createOrderEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/orders",
  operationId: "createOrder",
  tag: "Orders",
  summary: "Add licenses, add a product, or renew for the coming term (an unpaid order in the workspace's currency)",
  description:
    "Priced by the same rule as GET /orders/quote. add_licenses needs a licensed product, add_products one not licensed yet; " +
    "renewal needs a licensed product and an open renewal window (409 renewal_window_closed otherwise). " +
    "A renewal of a term that another path (an online renewal, an activation code) renewed already answers 409 term_already_renewed. " +
    "Each order gets a per-workspace number (LC-2026-000123); purchaseOrder (optional, up to 64 characters) is the customer's own reference. " +
    "Confirmed by e-mail (order.confirmation) to the ordering person and the workspace's supervisors.",
  params: workspaceParam,
  body: createOrder.input,
  idempotent: true,
  success: { status: 201, description: "The unpaid order.", schema: orderSchema },
  errors: [401, 403, 404, 409, 422],
  handle: (input) => runInWorkspace(input, createOrder, input.body),
});

export const payOrderEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/orders/{orderId}/pay",
  operationId: "markOrderPaid",
  tag: "Orders",
  summary: "Mark an order as paid (supervisor; stands in for the payment provider)",
  params: workspaceParam.extend({ orderId: z.uuid() }),
  idempotent: true,
  description:
    "An order whose term can no longer start has lapsed (a renewal after its window closed, added seats after their term ended or their subscription was not renewed): " +
    "paying it answers 409 (renewal_window_closed or order_lapsed, with the reason) and creates nothing.",
  success: { status: 200, description: "The paid order; paying a paid order changes nothing.", schema: orderSchema },
  errors: [401, 403, 404, 409],
  handle: (input) => runInWorkspace(input, markOrderPaid, { orderId: input.params.orderId }),
});

export const cancelOrderEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/orders/{orderId}/cancel",
  operationId: "cancelOrder",
  tag: "Orders",
  summary: "Cancel an unpaid order (supervisor): its seats stop counting as payment required",
  description: "Cancelling a cancelled order changes nothing; a paid order answers 409 order_paid, a lapsed one 409 order_lapsed.",
  params: workspaceParam.extend({ orderId: z.uuid() }),
  idempotent: true,
  success: { status: 200, description: "The cancelled order.", schema: orderSchema },
  errors: [401, 403, 404, 409],
  handle: (input) => runInWorkspace(input, cancelOrder, { orderId: input.params.orderId }),
});

export const getOrderEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/orders/{orderId}",
  operationId: "getOrder",
  tag: "Orders",
  summary: "One order",
  params: workspaceParam.extend({ orderId: z.uuid() }),
  success: { status: 200, description: "The order.", schema: orderSchema },
  errors: [401, 404],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    return runRead(ctx, order.with(input.params.orderId));
  },
});

export const quoteOrderEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/orders/quote",
  operationId: "quoteOrder",
  tag: "Orders",
  summary: "Price preview of an order (nothing is created)",
  description:
    "The unit price in the workspace's currency (the lowest of the list price and any special offer valid on the workspace-local date), " +
    "the term (added seats run to the contract's anniversary and are charged pro rata by days; a renewal buys the whole coming year) " +
    "and the total in minor units. Refuses exactly as POST /orders would.",
  params: workspaceParam,
  query: orderInput,
  success: { status: 200, description: "The quote.", schema: quoteSchema },
  errors: [401, 404, 409, 422],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    return runRead(ctx, orderQuote.with(input.query));
  },
});
