"use server";

import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/accounts";
import { currentActor } from "@/lib/auth/session";
import { AppError, unauthenticated } from "@/lib/errors";
import { formError, formFields, malformedForm, readerOf, type FormState } from "@/lib/operations/form";
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
  let actor: Actor | null = null;
  try {
    actor = await currentActor();
    if (!actor) throw unauthenticated();
    const ctx = await openReseller(actor, resellerSlug);
    const requireTwoFactor = await setStaffTwoFactor(ctx, required);
    revalidatePath(`/r/${resellerSlug}`, "layout");
    return { status: "success", result: { requireTwoFactor }, replayed: false, at: Date.now() };
  } catch (e) {
    if (e instanceof AppError) return formError(e, "staff two-step sign-in", {}, { reader: readerOf(actor && { actor }) });
    throw e;
  }
}
