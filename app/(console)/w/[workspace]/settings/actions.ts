"use server";

import { badRequest } from "@/lib/errors";
import { createApiToken, revokeApiToken, type CreatedToken } from "@/lib/api-tokens";
import { failure, formFields, malformedForm, runAction, submitForm, type ActionResult, type FormState } from "@/lib/operations/form";
import { decideResellerInvitation, endResellerLink } from "@/lib/reseller/links";
import { setRequireTwoFactor } from "@/lib/settings";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  resendWebhookDelivery,
  sendTestWebhook,
  updateWebhookEndpoint,
  type CreatedEndpoint,
} from "@/lib/webhooks";
import { inviteMember, resendInvitation, withdrawInvitation, type SentInvitation } from "@/lib/workspaces/invitations";

const malformed = { status: "error", code: "bad_request", message: "Malformed request.", values: {}, at: 0 } as const;

/**
 * "Create token" on Settings: the very operation POST /api/v1/workspaces/{workspace}/tokens runs
 * (validation, supervisor check, scoped transaction, audit entry, idempotency by the dialog's
 * hidden key). The secret comes back in this one answer and is never readable again.
 */
export async function createTokenAction(workspaceSlug: string, _prev: FormState<CreatedToken>, formData: FormData): Promise<FormState<CreatedToken>> {
  return submitForm(createApiToken, workspaceSlug, formData);
}

/** "Revoke" on Settings: the operation behind DELETE /api/v1/workspaces/{workspace}/tokens/{id}. */
export async function revokeTokenAction(workspaceSlug: string, tokenId: string, idempotencyKey: string): Promise<FormState<{ id: string; revoked: boolean }>> {
  if (typeof workspaceSlug !== "string" || typeof tokenId !== "string" || typeof idempotencyKey !== "string") return { ...malformed, at: Date.now() };
  const form = new FormData();
  form.set("tokenId", tokenId);
  form.set("idempotencyKey", idempotencyKey);
  return submitForm(revokeApiToken, workspaceSlug, form);
}

export async function setRequireTwoFactorAction(
  workspaceSlug: string,
  _prev: FormState<{ requireTwoFactor: boolean }>,
  formData: FormData,
): Promise<FormState<{ requireTwoFactor: boolean }>> {
  return submitForm(setRequireTwoFactor, workspaceSlug, formData);
}

/** Accept or decline a reseller's invitation: the operation behind POST …/reseller-invitations/{id}/accept|decline. */
export async function decideResellerInvitationAction(workspaceSlug: string, invitationId: string, decision: "accept" | "decline", idempotencyKey: string): Promise<ActionResult<unknown>> {
  return runAction(decideResellerInvitation, workspaceSlug, { invitationId, decision }, { idempotencyKey });
}

/** End a reseller's link: the operation behind DELETE …/reseller-links/{reseller}. */
export async function endResellerLinkAction(workspaceSlug: string, resellerSlug: string, idempotencyKey: string): Promise<ActionResult<unknown>> {
  return runAction(endResellerLink, workspaceSlug, { reseller: resellerSlug }, { idempotencyKey });
}

/**
 * "Add endpoint" on Settings → Webhooks: POST …/webhook-endpoints's operation. The event types
 * come as repeated form fields (one checkbox each), which the plain form reader would fold into
 * one; the secret comes back in this one answer.
 */
export async function createWebhookAction(workspaceSlug: string, _prev: FormState<CreatedEndpoint>, formData: FormData): Promise<FormState<CreatedEndpoint>> {
  const values = formFields(formData);
  if (!values) return malformedForm();
  const { idempotencyKey, eventTypes: _one, ...rest } = values;
  const input = { ...rest, eventTypes: formData.getAll("eventTypes").filter((v) => typeof v === "string") };
  const out = await runAction(createWebhookEndpoint, workspaceSlug, input, { idempotencyKey });
  if (out.ok) return { status: "success", result: out.result, replayed: out.replayed, at: Date.now() };
  const { ok: _ok, ...failed } = out;
  return { status: "error", ...failed, values: rest, at: Date.now() };
}

/** Switch on/off, delete, send a test event, re-send a delivery: the API's operations, one key per click. */
export async function webhookAction(
  workspaceSlug: string,
  kind: "enable" | "disable" | "delete" | "test" | "resend",
  ids: { endpointId: string; deliveryId?: string },
  idempotencyKey: string,
): Promise<ActionResult<unknown>> {
  const opts = { idempotencyKey };
  switch (kind) {
    case "enable":
    case "disable":
      return runAction(updateWebhookEndpoint, workspaceSlug, { endpointId: ids.endpointId, enabled: kind === "enable" }, opts);
    case "delete":
      return runAction(deleteWebhookEndpoint, workspaceSlug, { endpointId: ids.endpointId }, opts);
    case "test":
      return runAction(sendTestWebhook, workspaceSlug, { endpointId: ids.endpointId }, opts);
    case "resend":
      return runAction(resendWebhookDelivery, workspaceSlug, ids, opts);
    default:
      return { ok: false, ...(await failure(badRequest(), "webhook action")) };
  }
}

/** "Invite person" on Settings → People: the operation behind POST …/invitations. */
export async function inviteMemberAction(workspaceSlug: string, _prev: FormState<SentInvitation>, formData: FormData): Promise<FormState<SentInvitation>> {
  return submitForm(inviteMember, workspaceSlug, formData);
}

/** "Send again": a new link, 7 more days. */
export async function resendInvitationAction(workspaceSlug: string, invitationId: string, idempotencyKey: string): Promise<ActionResult<unknown>> {
  return runAction(resendInvitation, workspaceSlug, { invitationId }, { idempotencyKey });
}

/** "Withdraw": the operation behind DELETE …/invitations/{id}. */
export async function withdrawInvitationAction(workspaceSlug: string, invitationId: string, idempotencyKey: string): Promise<ActionResult<unknown>> {
  return runAction(withdrawInvitation, workspaceSlug, { invitationId }, { idempotencyKey });
}
