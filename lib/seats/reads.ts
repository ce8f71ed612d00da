import { z } from "zod";
import { defineRead } from "@/lib/operations/read";
import { renewalState } from "@/lib/renewal/state";
import type { KeyCursor } from "@/lib/tables/keyset";
import { listProductSeats, listProductUsers } from "./index";
import { getBulkJob, latestBulkJob } from "@/lib/jobs/bulk";
import { previewUnassignment, unassignSelectionInput } from "./selection";

/** What unassigning a selection would do: asking needs the right to do it. */
export const unassignPreview = defineRead({
  name: "unassign preview",
  resource: "assignment",
  action: "delete",
  input: unassignSelectionInput,
  run: (tx, ctx, input) => previewUnassignment(tx, ctx.workspace, input),
});

/** One tracked unassignment, for its progress. */
export const bulkJob = defineRead({
  name: "unassignment status",
  resource: "assignment",
  input: z.uuid(),
  run: (tx, ctx, jobId: string) => getBulkJob(tx, ctx.workspace.id, jobId),
});

/** A product's latest tracked unassignment, for its page. */
export const latestUnassignment = defineRead({
  name: "latest unassignment",
  resource: "assignment",
  run: (tx, ctx, productId: string) => latestBulkJob(tx, ctx.workspace.id, productId),
});

/** Licensed products with their seat figures, in the renewal window's terms when it is open. */
export const seatsByProduct = defineRead({
  name: "seats by product",
  resource: "product",
  run: async (tx, ctx) => listProductSeats(tx, ctx.workspace.id, { inRenewalWindow: (await renewalState(tx, ctx.workspace)).inWindow }),
});

/** The products a user may be given a seat of (the term's figures, window or not). */
export const assignableProducts = defineRead({
  name: "assignable products",
  resource: "directory_user",
  run: (tx, ctx) => listProductSeats(tx, ctx.workspace.id, { inRenewalWindow: false }),
});

/** A product's live seats for `GET …/assignments`: its users list, most recently assigned first. */
export const assignments = defineRead({
  name: "assignments",
  resource: "assignment",
  run: (tx, ctx, p: { productId: string; after: KeyCursor | null; limit: number }) =>
    listProductUsers(
      tx,
      ctx.workspace.id,
      p.productId,
      { view: "all", sort: "assignedAt", dir: "desc", q: "", filters: {}, size: p.limit, after: p.after, before: null },
      { inRenewalWindow: false, locale: ctx.workspace.locale },
    ),
});
