"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { AppError, unauthenticated } from "@/lib/errors";
import { formFields, malformedForm, type FormState } from "@/lib/operations/form";
import { openReseller, setStaffTwoFactor } from "@/lib/reseller";

export async function setStaffTwoFactorAction(
  resellerSlug: string,
  _prev: FormState<{ requireTwoFactor: boolean }>,
  formData: FormData,
): Promise<FormState<{ requireTwoFactor: boolean }>> {
  // A public POST endpoint: anything but form data must not read as "unticked" and switch it off.
  const fields = formFields(formData);
  if (!fields || typeof resellerSlug !== "string") return malformedForm();
  const required = fields.required === "on";
  try {
    const actor = await currentActor();
    if (!actor) throw unauthenticated();
    const ctx = await openReseller(actor, resellerSlug);
    const requireTwoFactor = await setStaffTwoFactor(ctx, required);
    revalidatePath(`/r/${resellerSlug}`, "layout");
    return { status: "success", result: { requireTwoFactor }, replayed: false, at: Date.now() };
  } catch (e) {
    if (e instanceof AppError) return { status: "error", code: e.code, message: e.message, values: {}, at: Date.now() };
    throw e;
  }
}
