"use server";

import { reportHostUnusable, type ReportResult } from "@/lib/hosts";
import { submitForm, type FormState } from "@/lib/operations/form";

/**
 * "Report as unusable" from a host's details. A public POST endpoint like any server action:
 * submitForm signs the caller in again, opens the workspace, checks the role and runs the same
 * operation as the API, in one scoped transaction.
 */
export async function reportUnusable(workspaceSlug: string, _prev: FormState<ReportResult>, formData: FormData): Promise<FormState<ReportResult>> {
  return submitForm(reportHostUnusable, workspaceSlug, formData);
}
