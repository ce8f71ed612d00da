"use server";

import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/accounts";
import { currentActor } from "@/lib/auth/session";
import { AppError, unauthenticated } from "@/lib/errors";
import { idempotencyKeyOf } from "@/lib/operations";
import { failure, formError, formFields, malformedForm, readerOf, type ActionResult, type FormState } from "@/lib/operations/form";
import { openReseller, setStaffTwoFactor } from "@/lib/reseller";
import { createCustomerWorkspace, endLinkByReseller, inviteWorkspace, withdrawInvitation, type CreatedCustomer, type InvitationView } from "@/lib/reseller/links";

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

async function staff() {
  const actor = await currentActor();
  if (!actor) throw unauthenticated();
  return actor;
}

/**
 * "Send invitation" on the hub: the same change as POST /api/v1/resellers/{reseller}/invitations,
 * with the form's key as its Idempotency-Key (a double submit invites once).
 */
export async function inviteAction(resellerSlug: string, _prev: FormState<InvitationView>, formData: FormData): Promise<FormState<InvitationView>> {
  const fields = formFields(formData);
  if (!fields || typeof resellerSlug !== "string") return malformedForm();
  try {
    const { result, replayed } = await inviteWorkspace(await staff(), resellerSlug, { target: fields.target ?? "" }, idempotencyKeyOf(fields.idempotencyKey || null));
    revalidatePath(`/r/${resellerSlug}`, "layout");
    return { status: "success", result, replayed, at: Date.now() };
  } catch (e) {
    return formError(e, "reseller invitation", fields);
  }
}

/** "Create workspace" on the hub: POST /api/v1/resellers/{reseller}/workspaces. */
export async function createCustomerAction(resellerSlug: string, _prev: FormState<CreatedCustomer>, formData: FormData): Promise<FormState<CreatedCustomer>> {
  const fields = formFields(formData);
  if (!fields || typeof resellerSlug !== "string") return malformedForm();
  try {
    const input = { name: fields.name ?? "", country: fields.country ?? "", timeZone: fields.timeZone || undefined, supervisorEmail: fields.supervisorEmail || undefined };
    const { result, replayed } = await createCustomerWorkspace(await staff(), resellerSlug, input, idempotencyKeyOf(fields.idempotencyKey || null));
    revalidatePath(`/r/${resellerSlug}`, "layout");
    return { status: "success", result, replayed, at: Date.now() };
  } catch (e) {
    return formError(e, "customer workspace", fields);
  }
}

/** "End link" on the hub: DELETE /api/v1/resellers/{reseller}/links/{workspace}. */
export async function endLinkAction(resellerSlug: string, workspaceSlug: string): Promise<ActionResult<{ workspace: string; ended: true }>> {
  try {
    const result = await endLinkByReseller(await staff(), String(resellerSlug), String(workspaceSlug));
    revalidatePath(`/r/${resellerSlug}`, "layout");
    return { ok: true, result, replayed: false };
  } catch (e) {
    return { ok: false, ...(await failure(e, "ending a reseller link")) };
  }
}

/** "Withdraw" on the hub's invitations: DELETE /api/v1/resellers/{reseller}/invitations/{id}. */
export async function withdrawInvitationAction(resellerSlug: string, invitationId: string): Promise<ActionResult<{ id: string }>> {
  try {
    const result = await withdrawInvitation(await staff(), String(resellerSlug), String(invitationId));
    revalidatePath(`/r/${resellerSlug}`, "layout");
    return { ok: true, result, replayed: false };
  } catch (e) {
    return { ok: false, ...(await failure(e, "withdrawing a reseller invitation")) };
  }
}
