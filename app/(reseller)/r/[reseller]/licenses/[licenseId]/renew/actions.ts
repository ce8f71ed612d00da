"use server";

import type { FormState } from "@/lib/operations/form";
import type { RenewalResult } from "@/lib/reseller/renewal";
import { submitRenewal } from "@/lib/reseller/form";

/** "Confirm and pay" of the checkout: a public POST like any server action, checked again inside. */
export async function renewAction(resellerSlug: string, _prev: FormState<RenewalResult>, formData: FormData): Promise<FormState<RenewalResult>> {
  if (typeof resellerSlug !== "string" || !(formData instanceof FormData)) {
    return { status: "error", code: "bad_request", message: "Malformed request.", values: {}, at: Date.now() };
  }
  return submitRenewal(resellerSlug, formData);
}
