"use server";

import { readAction, runAction, type ActionResult } from "@/lib/operations/form";
import { bulkJob, unassignPreview } from "@/lib/seats/reads";
import type { BulkJobStatus } from "@/lib/jobs/bulk";
import type { UnassignPreviewResult } from "@/lib/seats/selection";
import { unassignUsers, type UnassignOutcome } from "@/lib/seats/unassign";


/** What unassigning a selection would do; only those who may unassign may ask. */
export async function previewUnassignAction(workspaceSlug: string, input: unknown): Promise<ActionResult<UnassignPreviewResult>> {
  return readAction(workspaceSlug, unassignPreview, input);
}

/** Unassigns; a large selection becomes a bulk job started once this commits. */
export async function unassignUsersAction(workspaceSlug: string, input: unknown, idempotencyKey: string): Promise<ActionResult<UnassignOutcome>> {
  return runAction(unassignUsers, workspaceSlug, input, { idempotencyKey });
}

export async function bulkJobStatusAction(workspaceSlug: string, jobId: string): Promise<ActionResult<BulkJobStatus>> {
  return readAction(workspaceSlug, bulkJob, jobId);
}
