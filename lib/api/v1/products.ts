import { z } from "zod";
import { runRead } from "@/lib/operations/read";
import { assignSeat, unassignSeat } from "@/lib/seats";
import { assignments, seatsByProduct } from "@/lib/seats/reads";
import { decodeKeyCursor } from "@/lib/tables/keyset";
import { decodeCursor, encodeCursor, pageQuery } from "../cursor";
import { defineEndpoint, runInWorkspace, workspaceOf, workspaceParam } from "../endpoint";
import { assignmentSchema, page, productSchema, timestamp } from "./schemas";

const productParams = workspaceParam.extend({ productId: z.uuid() });
const assignmentParams = productParams.extend({ userId: z.uuid() });

export const listProductsEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/products",
  operationId: "listProducts",
  tag: "Products and seats",
  summary: "Licensed products with their seat figures",
  params: workspaceParam,
  success: { status: 200, description: "Every licensed product (a workspace licenses few: not paged).", schema: page(productSchema) },
  errors: [401, 404],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    const rows = await runRead(ctx, seatsByProduct);
    return { data: rows, nextCursor: null };
  },
});

export const listAssignmentsEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/products/{productId}/assignments",
  operationId: "listAssignments",
  tag: "Products and seats",
  summary: "Users holding a seat, most recently assigned first",
  params: productParams,
  query: pageQuery,
  success: {
    status: 200,
    description: "One page.",
    schema: page(z.object({ id: z.uuid(), userId: z.uuid(), name: z.string(), email: z.string(), assignedAt: timestamp })),
  },
  errors: [401, 404, 422],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    // The cursor carries the product users list's own keyset cursor (the instant as PostgreSQL's
    // text, microseconds kept); cursors issued before, an ISO instant and an id, still read.
    const after = decodeCursor(input.query.cursor, z.tuple([z.string().max(100), z.uuid()]));
    const limit = input.query.limit;
    const page = await runRead(ctx, assignments.with({ productId: input.params.productId, after: after && { key: after[0], id: after[1] }, limit }));
    const data = page.rows.map((r) => ({ id: r.assignmentId, userId: r.userId, name: r.name, email: r.email, assignedAt: r.assignedAt.toISOString() }));
    const next = decodeKeyCursor(page.next ?? undefined);
    return { data, nextCursor: next ? encodeCursor([next.key, next.id]) : null };
  },
});

export const assignEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/products/{productId}/assignments",
  operationId: "assignSeat",
  tag: "Products and seats",
  summary: "Give a directory user a seat",
  description: "Assigning a user who holds a seat already changes nothing (changed: false). 409 when every paid seat is taken.",
  params: productParams,
  body: z.object({ userId: z.uuid() }),
  idempotent: true,
  success: { status: 200, description: "The assignment.", schema: assignmentSchema },
  errors: [401, 403, 404, 409, 422],
  handle: (input) => runInWorkspace(input, assignSeat, { userId: input.body.userId, productId: input.params.productId }),
});

export const unassignEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/workspaces/{workspace}/products/{productId}/assignments/{userId}",
  operationId: "unassignSeat",
  tag: "Products and seats",
  summary: "Take a seat back (the user and their data stay)",
  description: "Unassigning a user without a seat changes nothing (changed: false).",
  params: assignmentParams,
  idempotent: true,
  success: { status: 200, description: "The result.", schema: assignmentSchema },
  errors: [401, 403, 404],
  handle: (input) => runInWorkspace(input, unassignSeat, { userId: input.params.userId, productId: input.params.productId }),
});
