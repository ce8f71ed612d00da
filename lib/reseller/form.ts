import { z } from "zod";
import { openWorkspace } from "@/lib/access/workspace";
import type { Actor } from "@/lib/auth/accounts";
import { currentActor } from "@/lib/auth/session";
import { notFound, unauthenticated } from "@/lib/errors";
import { runOperation } from "@/lib/operations";
import { formError, formFields, malformedForm, readerOf, type FormState } from "@/lib/operations/form";
import { runRead } from "@/lib/operations/read";
import { openReseller } from "./index";
import { resellerLicense } from "./reads";
import { renewLicense, type RenewalResult } from "./renewal";

/**
 * The checkout's server action: the reseller of the URL must be the actor's, the license must
 * be in one of its linked workspaces (else 404, as for a missing one), and the renewal then runs
 * as the same operation as anywhere else, in that workspace, with the checkout's key as the
 * idempotency key (a double click gives one order).
 */
export async function submitRenewal(resellerSlug: string, formData: unknown): Promise<FormState<RenewalResult>> {
  const values = formFields(formData);
  if (!values) return malformedForm();
  let actor: Actor | null = null;
  try {
    actor = await currentActor();
    if (!actor) throw unauthenticated();
    const ctx = await openReseller(actor, resellerSlug);
    const licenseId = z.uuid().safeParse(values.licenseId);
    if (!licenseId.success) throw notFound("license");
    const license = await runRead(ctx, resellerLicense.with(licenseId.data));
    const ws = await openWorkspace(actor, license.workspace.slug);
    const { result, replayed } = await runOperation(renewLicense, ws, values, { idempotencyKey: values.requestKey || null });
    // No revalidation here: re-rendering the checkout would replace the receipt with "not
    // renewable (too early)". The pages are dynamic, so the next navigation reads fresh data.
    return { status: "success", result, replayed, at: Date.now() };
  } catch (e) {
    return formError(e, "renewal", values, { reader: readerOf(actor && { actor }), ours: { key: "apiErrors.internal_not_charged" } });
  }
}
