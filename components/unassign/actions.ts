"use server";

import { readAction, runAction, type ActionResult } from "@/lib/operations/form";
import { bulkOperation, unassignPreview } from "@/lib/seats/reads";
import { unassignUsers, type OperationStatus, type UnassignOutcome, type UnassignPreviewResult } from "@/lib/seats/unassign";

/** What unassigning a selection would do; only those who may unassign may ask. */
export async function previewUnassignAction(workspaceSlug: string, input: unknown): Promise<ActionResult<UnassignPreviewResult>> {
  return readAction(workspaceSlug, unassignPreview, input);
}

/** Unassigns; a large selection becomes a tracked operation started once this commits. */
export async function unassignUsersAction(workspaceSlug: string, input: unknown, idempotencyKey: string): Promise<ActionResult<UnassignOutcome>> {
  return runAction(unassignUsers, workspaceSlug, input, { idempotencyKey });
}

export async function operationStatusAction(workspaceSlug: string, operationId: string): Promise<ActionResult<OperationStatus>> {
  return readAction(workspaceSlug, bulkOperation, operationId);
}
