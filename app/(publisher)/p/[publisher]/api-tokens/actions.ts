"use server";

import { revalidatePath } from "next/cache";
import { openPublisher } from "@/lib/access/publisher";
import type { CreatedToken } from "@/lib/api-tokens";
import { createPublisherToken, revokePublisherToken } from "@/lib/api-tokens/publisher";
import type { Actor } from "@/lib/auth/accounts";
import { currentActor } from "@/lib/auth/session";
import { badRequest, unauthenticated } from "@/lib/errors";
import { formError, formFields, readerOf, type FormState } from "@/lib/operations/form";

/**
 * "Create token" on the publisher console: the signed-in person must be staff of the publisher in
 * the URL (else 404); validation, the insert and the publisher audit entry happen in
 * lib/api-tokens/publisher. The secret comes back in this one answer and is never readable again.
 */
export async function createPublisherTokenAction(publisherSlug: string, _prev: FormState<CreatedToken>, formData: FormData): Promise<FormState<CreatedToken>> {
  const values = formFields(formData) ?? {};
  let actor: Actor | null = null;
  try {
    if (typeof publisherSlug !== "string" || !(formData instanceof FormData)) throw badRequest();
    actor = await currentActor();
    if (!actor) throw unauthenticated();
    const ctx = await openPublisher(actor, publisherSlug);
    const { idempotencyKey: _key, expiresInDays, ...input } = values;
    const result = await createPublisherToken(ctx, { ...input, ...(expiresInDays ? { expiresInDays } : {}) });
    revalidatePath(`/p/${publisherSlug}/api-tokens`);
    return { status: "success", result, replayed: false, at: Date.now() };
  } catch (e) {
    const { idempotencyKey: _key, ...shown } = values;
    return formError(e, "publisher token action", shown, { reader: readerOf(actor && { actor }) });
  }
}

/** "Revoke" on the publisher console; revoking twice answers success and changes nothing more. */
export async function revokePublisherTokenAction(publisherSlug: string, tokenId: string, _idempotencyKey: string): Promise<FormState<{ id: string; revoked: boolean }>> {
  let actor: Actor | null = null;
  try {
    if (typeof publisherSlug !== "string" || typeof tokenId !== "string") throw badRequest();
    actor = await currentActor();
    if (!actor) throw unauthenticated();
    const ctx = await openPublisher(actor, publisherSlug);
    const result = await revokePublisherToken(ctx, { tokenId });
    revalidatePath(`/p/${publisherSlug}/api-tokens`);
    return { status: "success", result, replayed: false, at: Date.now() };
  } catch (e) {
    return formError(e, "publisher token action", {}, { reader: readerOf(actor && { actor }) });
  }
}
