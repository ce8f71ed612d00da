"use server";

import { redirect } from "next/navigation";
import { requireSamePasswords } from "@/lib/auth/password";
import { sessionActor } from "@/lib/auth/session";
import { unauthenticated } from "@/lib/errors";
import { actionUiLocale } from "@/lib/i18n/request";
import { formError, formFields, malformedForm, readerOf, type FormState } from "@/lib/operations/form";
import { acceptInvitation } from "@/lib/workspaces/invitations";

/** A new person: name and password make the account; then sign in, and on into the workspace. */
export async function acceptAsNewAction(secret: string, _prev: FormState<null>, form: FormData): Promise<FormState<null>> {
  const fields = formFields(form);
  if (!fields || typeof secret !== "string") return malformedForm();
  let slug: string;
  try {
    requireSamePasswords(fields.password ?? "", fields.confirm ?? "");
    const locale = await actionUiLocale();
    ({ workspaceSlug: slug } = await acceptInvitation(secret, { person: { name: fields.name ?? "", password: fields.password ?? "" }, locale }));
  } catch (e) {
    return formError(e, "accepting an invitation", { name: fields.name ?? "" });
  }
  redirect(`/login?notice=joined&callbackUrl=${encodeURIComponent(`/w/${slug}`)}`);
}

/** The signed-in account the invitation was sent to accepts it and opens the workspace. */
export async function acceptAsAccountAction(secret: string, _prev: FormState<null>, _form: FormData): Promise<FormState<null>> {
  if (typeof secret !== "string") return malformedForm();
  const actor = await sessionActor();
  let slug: string;
  try {
    if (!actor) throw unauthenticated();
    ({ workspaceSlug: slug } = await acceptInvitation(secret, { actor }));
  } catch (e) {
    return formError(e, "accepting an invitation", {}, { reader: readerOf(actor && { actor }) });
  }
  redirect(`/w/${slug}`);
}
