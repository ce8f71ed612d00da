"use server";

import { revalidatePath } from "next/cache";
import { openPublisher } from "@/lib/access/publisher";
import type { Actor } from "@/lib/auth/accounts";
import { currentActor } from "@/lib/auth/session";
import { badRequest, unauthenticated } from "@/lib/errors";
import { decideResetItem, type DecisionResult } from "@/lib/hosts/publisher";
import { formError, formFields, readerOf, type FormState } from "@/lib/operations/form";

/**
 * Approve or deny one license of a reset request. A public POST endpoint: the caller is signed in
 * again, must be staff of this publisher, and the item must be the publisher's (else 404).
 */
export async function decide(publisherSlug: string, _prev: FormState<DecisionResult>, formData: FormData): Promise<FormState<DecisionResult>> {
  const values = formFields(formData) ?? {};
  let actor: Actor | null = null;
  try {
    if (typeof publisherSlug !== "string" || !(formData instanceof FormData)) throw badRequest();
    actor = await currentActor();
    if (!actor) throw unauthenticated();
    const ctx = await openPublisher(actor, publisherSlug);
    const result = await decideResetItem(ctx, { itemId: values.itemId, decision: values.decision, note: values.note });
    revalidatePath(`/p/${publisherSlug}`, "layout");
    return { status: "success", result, replayed: !result.changed, at: Date.now() };
  } catch (e) {
    return formError(e, "publisher decision", values, { reader: readerOf(actor && { actor }) });
  }
}
