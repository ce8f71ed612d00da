"use server";

import { revalidatePath } from "next/cache";
import { sessionActor } from "@/lib/auth/session";
import { beginEnrolment, confirmEnrolment, disableTwoFactor, type Enrolment } from "@/lib/auth/two-factor";
import { AppError, unauthenticated } from "@/lib/errors";
import type { FormState } from "@/lib/operations/form";

/**
 * The account's own second step. The session's account is used even while enrolment is due
 * (that is what this page is for); nothing here reaches another account.
 */
async function run<O>(fn: (accountId: string) => Promise<O>, opts: { revalidate: boolean }): Promise<FormState<O>> {
  const values: Record<string, string> = {};
  try {
    const actor = await sessionActor();
    if (!actor) throw unauthenticated();
    const result = await fn(actor.accountId);
    // Not after enrolment: a re-render would replace the recovery codes, shown only this once.
    if (opts.revalidate) revalidatePath("/account/security");
    return { status: "success", result, replayed: false, at: Date.now() };
  } catch (e) {
    if (e instanceof AppError) {
      const details = e.details as { fieldErrors?: Record<string, string[]> } | undefined;
      return { status: "error", code: e.code, message: e.message, fieldErrors: details?.fieldErrors, values, at: Date.now() };
    }
    throw e;
  }
}

export async function beginEnrolmentAction(_prev: FormState<Enrolment>, _form: FormData): Promise<FormState<Enrolment>> {
  return run((id) => beginEnrolment(id), { revalidate: false });
}

/** Server actions are public POST endpoints: anything but form data is a malformed request. */
const malformed = () => ({ status: "error", code: "bad_request", message: "Malformed request.", values: {}, at: Date.now() }) as const;

export async function confirmEnrolmentAction(_prev: FormState<string[]>, form: FormData): Promise<FormState<string[]>> {
  if (!(form instanceof FormData)) return malformed();
  const code = String(form.get("code") ?? "");
  return run((id) => confirmEnrolment(id, code), { revalidate: false });
}

export async function disableTwoFactorAction(_prev: FormState<null>, form: FormData): Promise<FormState<null>> {
  if (!(form instanceof FormData)) return malformed();
  const code = String(form.get("code") ?? "");
  return run(
    async (id) => {
      await disableTwoFactor(id, code);
      return null;
    },
    { revalidate: true },
  );
}
