"use client";

import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/operations/form";

type Action = (prev: FormState<null>, form: FormData) => Promise<FormState<null>>;

/**
 * A new password typed twice, for a reset link or an invitation (`withName`: a new person's name
 * first). `email` is the account's, for password managers (a hidden username field).
 */
export function NewPasswordForm({ action, email, withName = false, submitLabel, pendingLabel, after }: {
  action: Action;
  email: string;
  withName?: boolean;
  submitLabel: string;
  pendingLabel: string;
  after?: ReactNode;
}) {
  const t = useTranslations("passwordReset");
  const tInv = useTranslations("invitations");
  const [state, submit, pending] = useActionState(action, { status: "idle" } as FormState<null>);
  const error = state.status === "error" ? state : null;
  // A new person chooses a password; someone resetting chooses a new one.
  const words = withName
    ? { password: tInv("password"), confirm: tInv("confirm"), hint: tInv("passwordHint") }
    : { password: t("password"), confirm: t("confirm"), hint: t("passwordHint") };
  return (
    <form action={submit} className="flex flex-col gap-4" noValidate>
      {error && !error.fieldErrors ? <ErrorAlert size="sm">{error.message}</ErrorAlert> : null}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {withName ? (
        <TextField label={tInv("yourName")} name="name" autoComplete="name" required autoFocus maxLength={200} defaultValue={error?.values.name} error={error?.fieldErrors?.name} />
      ) : null}
      <TextField
        label={words.password}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        autoFocus={!withName}
        minLength={12}
        maxLength={1024}
        hint={words.hint}
        error={error?.fieldErrors?.password}
      />
      <TextField label={words.confirm} name="confirm" type="password" autoComplete="new-password" required maxLength={1024} error={error?.fieldErrors?.confirm} />
      <Button type="submit" pending={pending} className="w-full">
        {pending ? pendingLabel : submitLabel}
      </Button>
      {after}
    </form>
  );
}
