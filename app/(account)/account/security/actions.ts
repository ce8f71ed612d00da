"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/accounts";
import { requireSamePasswords } from "@/lib/auth/password";
import { changePassword } from "@/lib/auth/password-change";
import { endEverySession, keepThisSession, sessionActor } from "@/lib/auth/session";
import { beginEnrolment, confirmEnrolment, disableTwoFactor, type Enrolment } from "@/lib/auth/two-factor";
import { AppError, unauthenticated } from "@/lib/errors";
import { formError, formFields, malformedForm, readerOf, type FormState } from "@/lib/operations/form";
import { requestAddress } from "@/lib/throttle";

/**
 * The account's own second step. The session's account is used even while enrolment is due
 * (that is what this page is for); nothing here reaches another account.
 */
async function run<O>(fn: (accountId: string) => Promise<O>, opts: { revalidate: boolean }): Promise<FormState<O>> {
  const values: Record<string, string> = {};
  let actor: Actor | null = null;
  try {
    actor = await sessionActor();
    if (!actor) throw unauthenticated();
    const result = await fn(actor.accountId);
    // Not after enrolment: a re-render would replace the recovery codes, shown only this once.
    if (opts.revalidate) revalidatePath("/account/security");
    return { status: "success", result, replayed: false, at: Date.now() };
  } catch (e) {
    if (e instanceof AppError) return formError(e, "two-step sign-in", values, { reader: readerOf(actor && { actor }) });
    throw e;
  }
}

export async function beginEnrolmentAction(_prev: FormState<Enrolment>, _form: FormData): Promise<FormState<Enrolment>> {
  return run((id) => beginEnrolment(id), { revalidate: false });
}

export async function confirmEnrolmentAction(_prev: FormState<string[]>, form: FormData): Promise<FormState<string[]>> {
  const fields = formFields(form);
  if (!fields) return malformedForm();
  const code = fields.code ?? "";
  return run((id) => confirmEnrolment(id, code), { revalidate: false });
}

export async function disableTwoFactorAction(_prev: FormState<null>, form: FormData): Promise<FormState<null>> {
  const fields = formFields(form);
  if (!fields) return malformedForm();
  const code = fields.code ?? "";
  return run(
    async (id) => {
      await disableTwoFactor(id, code);
      return null;
    },
    { revalidate: true },
  );
}

/**
 * "Sign out everywhere": every session of this account ends at once (a copied cookie too); this
 * browser's cookie is dropped and it goes to the sign-in page.
 */
export async function signOutEverywhereAction(): Promise<void> {
  await endEverySession();
  const jar = await cookies();
  for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) jar.delete(name);
  redirect("/login");
}

/**
 * "Change password": the current one, then the new one typed twice. Every session of the account
 * ends with the old password; this browser's is issued again so the person stays signed in here.
 */
export async function changePasswordAction(_prev: FormState<null>, form: FormData): Promise<FormState<null>> {
  const fields = formFields(form);
  if (!fields) return malformedForm();
  return run(
    async () => {
      const actor = (await sessionActor())!;
      requireSamePasswords(fields.password ?? "", fields.confirm ?? "");
      const version = await changePassword(actor, { current: fields.current ?? "", password: fields.password ?? "" }, await requestAddress());
      await keepThisSession(version);
      return null;
    },
    { revalidate: false },
  );
}
