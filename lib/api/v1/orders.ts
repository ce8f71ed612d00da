import { z } from "zod";
import { inWorkspace } from "@/lib/access/workspace";
import { createOrder, listOrders, markOrderPaid } from "@/lib/orders";
import { decodeCursor, encodeCursor, pageQuery } from "../cursor";
import { defineEndpoint, runInWorkspace, workspaceOf, workspaceParam } from "../endpoint";
import { orderSchema, page } from "./schemas";

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
    const ctx = await workspaceOf(input);
    const before = decodeCursor(input.query.cursor, z.tuple([z.iso.datetime({ offset: true }), z.uuid()]));
    const limit = input.query.limit;
    const rows = await inWorkspace(ctx, "order", "read", (tx) => listOrders(tx, ctx.workspace.id, { before, limit: limit + 1 }));
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
  summary: "Add licenses or add a product (an unpaid order in the workspace's currency)",
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
  success: { status: 200, description: "The paid order; paying a paid order changes nothing.", schema: orderSchema },
  errors: [401, 403, 404, 409],
  handle: (input) => runInWorkspace(input, markOrderPaid, { orderId: input.params.orderId }),
});
