"use server";

import { submitForm, type FormState } from "@/lib/operations/form";
import { setRequireTwoFactor } from "@/lib/settings";

export async function setRequireTwoFactorAction(
  workspaceSlug: string,
  _prev: FormState<{ requireTwoFactor: boolean }>,
  formData: FormData,
): Promise<FormState<{ requireTwoFactor: boolean }>> {
  if (typeof workspaceSlug !== "string" || !(formData instanceof FormData)) {
    return { status: "error", code: "bad_request", message: "Malformed request.", values: {}, at: Date.now() };
  }
  return submitForm(setRequireTwoFactor, workspaceSlug, formData);
}
