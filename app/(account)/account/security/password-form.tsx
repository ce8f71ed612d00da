"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorAlert } from "@/components/ui/error-alert";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/operations/form";

type Action = (prev: FormState<null>, form: FormData) => Promise<FormState<null>>;

/** The account's password: the current one and the new one twice; other sessions end. */
export function PasswordChangeCard({ action, email }: { action: Action; email: string }) {
  const t = useTranslations("passwordChange");
  const [state, submit, pending] = useActionState(action, { status: "idle" } as FormState<null>);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "success") form.current?.reset();
  }, [state]);
  const error = state.status === "error" ? state : null;
  return (
    <Card title={t("title")} titleId="password-change" description={t("description")}>
      <form ref={form} action={submit} className="flex max-w-md flex-col gap-3" noValidate>
        {state.status === "success" ? (
          <p role="status" className="rounded-md border border-line bg-subtle px-3 py-2 text-sm text-ink">
            {t("done")}
          </p>
        ) : null}
        {error && !error.fieldErrors ? <ErrorAlert size="sm">{error.message}</ErrorAlert> : null}
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField label={t("current")} name="current" type="password" autoComplete="current-password" required maxLength={1024} error={error?.fieldErrors?.current} />
        <TextField label={t("password")} name="password" type="password" autoComplete="new-password" required minLength={12} maxLength={1024} hint={t("hint")} error={error?.fieldErrors?.password} />
        <TextField label={t("confirm")} name="confirm" type="password" autoComplete="new-password" required maxLength={1024} error={error?.fieldErrors?.confirm} />
        <div>
          <Button type="submit" pending={pending}>
            {pending ? t("saving") : t("save")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
