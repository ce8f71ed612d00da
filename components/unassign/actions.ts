"use server";

import { z } from "zod";
import { parseInput } from "@/lib/operations";
import { readAction, runAction, type ActionResult } from "@/lib/operations/form";
import { getBulkJob, type BulkJobStatus } from "@/lib/jobs/bulk";
import { previewUnassignment, unassignSelectionInput, type UnassignPreviewResult } from "@/lib/seats/selection";
import { unassignUsers, type UnassignOutcome } from "@/lib/seats/unassign";


/** What unassigning a selection would do; only those who may unassign may ask. */
export async function previewUnassignAction(workspaceSlug: string, input: unknown): Promise<ActionResult<UnassignPreviewResult>> {
  return readAction(workspaceSlug, "assignment", "delete", (tx, ctx) =>
    previewUnassignment(tx, ctx.workspace, parseInput(unassignSelectionInput, input)),
  );
}

/** Unassigns; a large selection becomes a bulk job started once this commits. */
export async function unassignUsersAction(workspaceSlug: string, input: unknown, idempotencyKey: string): Promise<ActionResult<UnassignOutcome>> {
  return runAction(unassignUsers, workspaceSlug, input, { idempotencyKey });
}

export async function bulkJobStatusAction(workspaceSlug: string, jobId: string): Promise<ActionResult<BulkJobStatus>> {
  return readAction(workspaceSlug, "assignment", "read", (tx, ctx) =>
    getBulkJob(tx, ctx.workspace.id, parseInput(z.uuid(), jobId)),
  );
}
