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

type DialogFormState = ReturnType<typeof useDialogForm>;

/**
 * The frame of a dialog's form around its fields: the idempotency key of this opening, the
 * form-wide refusal, the required-fields note, Cancel and submit. Takes what useDialogForm returned, spread.
 */
export function DialogForm({
  formRef,
  formAction,
  pending,
  error,
  idempotencyKey,
  onCancel,
  submitLabel,
  pendingLabel,
  variant,
  intro,
  children,
}: {
  idempotencyKey: string;
  onCancel: () => void;
  submitLabel: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  /** Shown above the fields and kept as it is when they refill. */
  intro?: ReactNode;
  /** The fields: remounted on each refusal, so they refill from the submitted values. */
  children: ReactNode;
} & Pick<DialogFormState, "formRef" | "formAction" | "pending" | "error">) {
  const tCommon = useTranslations("common");
  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <FormError error={error} />
      {intro}
      <div key={error?.at ?? 0} className="flex flex-col gap-4">
        {children}
      </div>
      <p className="text-xs text-muted">{tCommon("requiredHint")}</p>
      <SubmitActions onCancel={onCancel} pending={pending} submitLabel={submitLabel} pendingLabel={pendingLabel} variant={variant} />
    </form>
  );
}

/** A refusal no single field explains (or not only a field's), announced at once above the fields. */
function FormError({ error }: { error: FormError | null }) {
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
