"use server";

import { redirect } from "next/navigation";
import { requireSamePasswords } from "@/lib/auth/password";
import { completePasswordReset } from "@/lib/auth/password-reset";
import { formError, formFields, malformedForm, type FormState } from "@/lib/operations/form";

/**
 * "Set password" through a reset link. Every session of the account ends with the old password
 * (a session in this browser too), so the person signs in with the new one.
 */
export async function setPasswordAction(secret: string, _prev: FormState<null>, form: FormData): Promise<FormState<null>> {
  const fields = formFields(form);
  if (!fields || typeof secret !== "string") return malformedForm();
  try {
    requireSamePasswords(fields.password ?? "", fields.confirm ?? "");
    await completePasswordReset(secret, { password: fields.password ?? "" });
  } catch (e) {
    // Passwords are never sent back to refill the form.
    return formError(e, "password reset", {});
  }
  redirect("/login?notice=password-set");
}
