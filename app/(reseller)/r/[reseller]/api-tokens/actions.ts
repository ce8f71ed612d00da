"use server";

import { revalidatePath } from "next/cache";
import type { CreatedToken } from "@/lib/api-tokens";
import { createResellerToken, revokeResellerToken } from "@/lib/api-tokens/reseller";
import type { Actor } from "@/lib/auth/accounts";
import { currentActor } from "@/lib/auth/session";
import { badRequest, unauthenticated } from "@/lib/errors";
import { formError, formFields, readerOf, type FormState } from "@/lib/operations/form";
import { openReseller } from "@/lib/reseller";

/**
 * "Create token" on the reseller hub: the signed-in person must be staff of the reseller in the
 * URL (else 404); validation, the insert and the reseller audit entry happen in lib/api-tokens.
 * The secret comes back in this one answer and is never readable again.
 */
export async function createResellerTokenAction(resellerSlug: string, _prev: FormState<CreatedToken>, formData: FormData): Promise<FormState<CreatedToken>> {
  const values = formFields(formData) ?? {};
  let actor: Actor | null = null;
  try {
    if (typeof resellerSlug !== "string" || !(formData instanceof FormData)) throw badRequest();
    actor = await currentActor();
    if (!actor) throw unauthenticated();
    const ctx = await openReseller(actor, resellerSlug);
    const { idempotencyKey: _key, expiresInDays, ...input } = values;
    const result = await createResellerToken(ctx, { ...input, ...(expiresInDays ? { expiresInDays } : {}) });
    revalidatePath(`/r/${resellerSlug}/api-tokens`);
    return { status: "success", result, replayed: false, at: Date.now() };
  } catch (e) {
    const { idempotencyKey: _key, ...shown } = values;
    return formError(e, "reseller token action", shown, { reader: readerOf(actor && { actor }) });
  }
}

/** "Revoke" on the reseller hub; revoking twice answers success and changes nothing more. */
export async function revokeResellerTokenAction(resellerSlug: string, tokenId: string, _idempotencyKey: string): Promise<FormState<{ id: string; revoked: boolean }>> {
  let actor: Actor | null = null;
  try {
    if (typeof resellerSlug !== "string" || typeof tokenId !== "string") throw badRequest();
    actor = await currentActor();
    if (!actor) throw unauthenticated();
    const ctx = await openReseller(actor, resellerSlug);
    const result = await revokeResellerToken(ctx, { tokenId });
    revalidatePath(`/r/${resellerSlug}/api-tokens`);
    return { status: "success", result, replayed: false, at: Date.now() };
  } catch (e) {
    return formError(e, "reseller token action", {}, { reader: readerOf(actor && { actor }) });
  }
}
