"use server";

import { applyActivationCode, previewActivationCode, type ApplyResult, type PreviewResult } from "@/lib/activation-codes";
import { configureLicenseFeatures, type FeatureSettingsResult } from "@/lib/activation-codes/features";
import { submitForm, type FormState } from "@/lib/operations/form";


/**
 * The "Replace license" dialog's steps. Public POST endpoints like every server action:
 * submitForm signs the caller in again, opens the workspace, checks the role and runs the same
 * operation as the API in one scoped transaction.
 */
export async function previewCodeAction(workspaceSlug: string, formData: FormData): Promise<FormState<PreviewResult>> {
  return submitForm(previewActivationCode, workspaceSlug, formData);
}

export async function applyCodeAction(workspaceSlug: string, formData: FormData): Promise<FormState<ApplyResult>> {
  return submitForm(applyActivationCode, workspaceSlug, formData);
}

export async function configureFeaturesAction(workspaceSlug: string, formData: FormData): Promise<FormState<FeatureSettingsResult>> {
  return submitForm(configureLicenseFeatures, workspaceSlug, formData);
}
