import { z } from "zod";
import { defineRead } from "@/lib/operations/read";
import { getBulkOperation, latestBulkOperation, previewUnassignment, unassignSelectionInput } from "./unassign";

/** What unassigning a selection would do: asking needs the right to do it. */
export const unassignPreview = defineRead({
  name: "unassign preview",
  resource: "assignment",
  action: "delete",
  input: unassignSelectionInput,
  run: (tx, ctx, input) => previewUnassignment(tx, ctx.workspace, input),
});

/** One tracked unassignment, for its progress. */
export const bulkOperation = defineRead({
  name: "unassignment status",
  resource: "assignment",
  input: z.uuid(),
  run: (tx, ctx, operationId: string) => getBulkOperation(tx, ctx.workspace.id, operationId),
});

/** A product's latest tracked unassignment, for its page. */
export const latestUnassignment = defineRead({
  name: "latest unassignment",
  resource: "assignment",
  run: (tx, ctx, productId: string) => latestBulkOperation(tx, ctx.workspace.id, productId),
});
