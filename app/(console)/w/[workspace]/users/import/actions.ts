"use server";

import { authorize, inWorkspace, openWorkspace } from "@/lib/access/workspace";
import { currentActor } from "@/lib/auth/session";
import { importDirectoryUsers, previewImport } from "@/lib/directory";
import type { ImportPlan } from "@/lib/directory/rules";
import { AppError, unauthenticated } from "@/lib/errors";
import { submitForm, type FormState } from "@/lib/operations/form";

export type PreviewState = { status: "ok"; plan: ImportPlan; at: number } | { status: "error"; message: string; at: number };
export type ImportResult = { created: number; skipped: number; errors: number };

/**
 * The preview of a CSV import: what would change, nothing written. Same checks as the import
 * itself (signed in, the workspace opened for the caller, a role that may create users).
 */
export async function previewUsersImport(workspaceSlug: string, csv: string): Promise<PreviewState> {
  if (typeof workspaceSlug !== "string" || typeof csv !== "string") return { status: "error", message: "Malformed request.", at: Date.now() };
  try {
    const actor = await currentActor();
    if (!actor) throw unauthenticated();
    const ctx = await openWorkspace(actor, workspaceSlug);
    authorize(ctx, "directory_user", "create");
    const plan = await inWorkspace(ctx, "directory_user", "read", (tx) => previewImport(tx, ctx.workspace.id, csv));
    return { status: "ok", plan, at: Date.now() };
  } catch (e) {
    if (e instanceof AppError) return { status: "error", message: e.message, at: Date.now() };
    console.error("users import preview failed", e);
    return { status: "error", message: "Something went wrong on our side.", at: Date.now() };
  }
}

/** Applies the import in one transaction (idempotent by the form's key, and by its nature). */
export async function applyUsersImport(workspaceSlug: string, _prev: FormState<ImportResult>, formData: FormData): Promise<FormState<ImportResult>> {
  return submitForm(importDirectoryUsers, workspaceSlug, formData);
}
