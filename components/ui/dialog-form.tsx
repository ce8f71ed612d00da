"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/operations/form";
import { Button, type ButtonVariant } from "./button";
import { cn } from "./cn";
import { ErrorAlert } from "./error-alert";
import { notify } from "./toast";

type FormAction<R> = (prev: FormState<R>, formData: FormData) => Promise<FormState<R>>;
type FormError = Extract<FormState, { status: "error" }>;

/**
 * A dialog's server-action form. Tells the dialog while the action runs (so it refuses to
 * close) and acts once per answer of the server: a success goes to `onSuccess`; a refusal takes
 * focus to the first field that needs attention (else the first `focusFallback`) and, when no
 * field is to blame, raises a toast titled `failed`.
 */
export function useDialogForm<R>(
  action: FormAction<R>,
  {
    onPendingChange,
    onSuccess,
    failed,
    focusFallback = "input:not([type=hidden])",
  }: { onPendingChange: (pending: boolean) => void; onSuccess: (result: R) => void; failed: string; focusFallback?: string },
) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState<R>);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => onPendingChange(pending), [pending, onPendingChange]);

  useEffect(() => {
    if (state.status === "success") {
      onSuccess(state.result);
    } else if (state.status === "error") {
      const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
      (invalid ?? formRef.current?.querySelector<HTMLElement>(focusFallback))?.focus();
      if (!state.fieldErrors) notify.error(failed, state.message);
    }
    // Only a new answer from the server (its `at`) should act.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.status === "idle" ? 0 : state.at]);

  const error = state.status === "error" ? state : null;
  return { formRef, formAction, pending, error, values: error?.values ?? {} };
}

/** A refusal no single field explains (or not only a field's), announced at once above the fields. */
export function FormError({ error }: { error: FormError | null }) {
  if (!error || (error.fieldErrors && error.code === "validation_failed")) return null;
  return <ErrorAlert>{error.message}</ErrorAlert>;
}

/** The dialog's button bar, flush with the dialog's edges under its body; `sticky` keeps it in view in a long dialog. */
export function DialogActions({ sticky = false, children }: { sticky?: boolean; children: ReactNode }) {
  return <div className={cn(sticky && "sticky bottom-0 z-10", "-mx-5 -mb-4 flex justify-end gap-2 border-t border-line bg-subtle px-5 py-3")}>{children}</div>;
}

/** Cancel and submit: both wait while the action runs, the submit saying what it is doing. */
export function SubmitActions({
  onCancel,
  pending,
  submitLabel,
  pendingLabel,
  variant = "primary",
  sticky,
}: {
  onCancel: () => void;
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  sticky?: boolean;
}) {
  const tCommon = useTranslations("common");
  return (
    <DialogActions sticky={sticky}>
      <Button variant="secondary" onClick={onCancel} disabled={pending}>
        {tCommon("cancel")}
      </Button>
      <Button type="submit" variant={variant} pending={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </DialogActions>
  );
}
