"use server";

import { importDirectoryUsers } from "@/lib/directory";
import { importPreview } from "@/lib/directory/reads";
import type { ImportPlan } from "@/lib/directory/rules";
import { readAction, submitForm, type FormState } from "@/lib/operations/form";

export type PreviewState = { status: "ok"; plan: ImportPlan; at: number } | { status: "error"; message: string; at: number };
export type ImportResult = { created: number; skipped: number; errors: number };

/**
 * The preview of a CSV import: what would change, nothing written. Same checks as the import
 * itself (signed in, the workspace opened for the caller, a role that may create users).
 */
export async function previewUsersImport(workspaceSlug: string, csv: string): Promise<PreviewState> {
  if (typeof workspaceSlug !== "string" || typeof csv !== "string") return { status: "error", message: "Malformed request.", at: Date.now() };
  const out = await readAction(workspaceSlug, importPreview, csv);
  return out.ok ? { status: "ok", plan: out.result, at: Date.now() } : { status: "error", message: out.message, at: Date.now() };
}

/** Applies the import in one transaction (idempotent by the form's key, and by its nature). */
export async function applyUsersImport(workspaceSlug: string, _prev: FormState<ImportResult>, formData: FormData): Promise<FormState<ImportResult>> {
  return submitForm(importDirectoryUsers, workspaceSlug, formData);
}
