"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/operations/form";

type Action = (prev: FormState<{ email: string }>, form: FormData) => Promise<FormState<{ email: string }>>;

/** Asks for a reset link; the answer never says whether an account has the address. */
export function ForgotForm({ action }: { action: Action }) {
  const t = useTranslations("passwordReset");
  const [state, submit, pending] = useActionState(action, { status: "idle" } as FormState<{ email: string }>);
  if (state.status === "success") {
    return (
      <p role="status" className="rounded-md border border-line bg-subtle px-3 py-3 text-sm break-words text-ink">
        {t("sent", { email: state.result.email })}
      </p>
    );
  }
  const error = state.status === "error" ? state : null;
  return (
    <form action={submit} className="flex flex-col gap-4" noValidate>
      {error && !error.fieldErrors ? <ErrorAlert size="sm">{error.message}</ErrorAlert> : null}
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        autoFocus
        maxLength={320}
        defaultValue={error?.values.email}
        error={error?.fieldErrors?.email}
      />
      <Button type="submit" pending={pending} className="w-full">
        {pending ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
