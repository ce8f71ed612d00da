"use server";

import { z } from "zod";
import { parseInput } from "@/lib/operations";
import { readAction, runAction, type ActionResult } from "@/lib/operations/form";
import {
  getBulkOperation,
  previewUnassignment,
  unassignSelectionInput,
  unassignUsers,
  type OperationStatus,
  type UnassignOutcome,
  type UnassignPreviewResult,
} from "@/lib/seats/unassign";

/** A server action is a public endpoint: anything but a string is as unknown as a missing workspace. */
const slug = (value: unknown) => (typeof value === "string" ? value : "");

/** What unassigning a selection would do; only those who may unassign may ask. */
export async function previewUnassignAction(workspaceSlug: string, input: unknown): Promise<ActionResult<UnassignPreviewResult>> {
  return readAction(slug(workspaceSlug), "assignment", "delete", (tx, ctx) =>
    previewUnassignment(tx, ctx.workspace, parseInput(unassignSelectionInput, input)),
  );
}

/** Unassigns; a large selection becomes a tracked operation started once this commits. */
export async function unassignUsersAction(workspaceSlug: string, input: unknown, idempotencyKey: string): Promise<ActionResult<UnassignOutcome>> {
  return runAction(unassignUsers, slug(workspaceSlug), input, { idempotencyKey });
}

export async function operationStatusAction(workspaceSlug: string, operationId: string): Promise<ActionResult<OperationStatus>> {
  return readAction(slug(workspaceSlug), "assignment", "read", (tx, ctx) =>
    getBulkOperation(tx, ctx.workspace.id, parseInput(z.uuid(), operationId)),
  );
}
