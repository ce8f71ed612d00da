"use server";

import { createDirectoryUser } from "@/lib/directory";
import { submitForm, type FormState } from "@/lib/operations/form";
import { assignSeat, type AssignmentResult } from "@/lib/seats";

export type CreatedUser = { id: string; name: string; email: string; createdAt: string };

/**
 * "Add user" from the Users tab. A public POST endpoint like any server action: submitForm
 * signs the caller in again, opens the workspace for them, checks the role, validates and
 * runs the operation in one scoped transaction (idempotent by the form's hidden key).
 */
export async function addDirectoryUser(workspaceSlug: string, _prev: FormState<CreatedUser>, formData: FormData): Promise<FormState<CreatedUser>> {
  return submitForm(createDirectoryUser, workspaceSlug, formData);
}

/** Assign a product from the Users tab: the API's operation. (Unassigning goes through components/unassign.) */
export async function assignProduct(workspaceSlug: string, _prev: FormState<AssignmentResult>, formData: FormData): Promise<FormState<AssignmentResult>> {
  return submitForm(assignSeat, workspaceSlug, formData);
}
