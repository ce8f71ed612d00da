"use server";

import { addRequestKey, applyOnlineKeys, checkOnline, enterActivationKey, type CheckOnlineResult, type InstallResult } from "@/lib/request-keys";
import type { ActivationView } from "@/lib/request-keys/activations";
import { runAction, submitForm, type ActionResult, type FormState } from "@/lib/operations/form";


/**
 * The Activations tab's server actions: public POST endpoints like any other, so each signs the
 * caller in again and runs the same operation as /api/v1 (supervisor only, one transaction).
 */
export async function addRequestKeyAction(workspaceSlug: string, _prev: FormState<ActivationView>, formData: FormData): Promise<FormState<ActivationView>> {
  return submitForm(addRequestKey, workspaceSlug, formData);
}

export async function enterActivationKeyAction(workspaceSlug: string, _prev: FormState<InstallResult>, formData: FormData): Promise<FormState<InstallResult>> {
  return submitForm(enterActivationKey, workspaceSlug, formData);
}

/** The assistant's first step: what the activation service has ready (nothing is installed). */
export async function checkOnlineAction(workspaceSlug: string): Promise<ActionResult<CheckOnlineResult>> {
  if (typeof workspaceSlug !== "string") return { ok: false, code: "bad_request", message: "Malformed request." };
  return runAction(checkOnline, workspaceSlug, { apply: false });
}

/** The assistant's confirm step: installs exactly the keys it showed. */
export async function applyOnlineKeysAction(workspaceSlug: string, keys: string[], idempotencyKey: string): Promise<ActionResult<InstallResult[]>> {
  if (typeof workspaceSlug !== "string" || !Array.isArray(keys) || typeof idempotencyKey !== "string") {
    return { ok: false, code: "bad_request", message: "Malformed request." };
  }
  return runAction(applyOnlineKeys, workspaceSlug, { keys }, { idempotencyKey });
}
