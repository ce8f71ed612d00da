"use server";

import { requestPasswordReset } from "@/lib/auth/password-reset";
import { actionUiLocale } from "@/lib/i18n/request";
import { formError, formFields, malformedForm, type FormState } from "@/lib/operations/form";
import { requestAddress } from "@/lib/throttle";

/** "Send link": the same answer whether an account has the e-mail or not (lib/auth/password-reset). */
export async function requestResetAction(_prev: FormState<{ email: string }>, form: FormData): Promise<FormState<{ email: string }>> {
  const fields = formFields(form);
  if (!fields) return malformedForm();
  const email = (fields.email ?? "").trim();
  try {
    await requestPasswordReset({ email }, { address: await requestAddress(), locale: await actionUiLocale() });
    return { status: "success", result: { email }, replayed: false, at: Date.now() };
  } catch (e) {
    return formError(e, "password reset request", { email });
  }
}
