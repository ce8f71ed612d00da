"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";
import { notify } from "@/components/ui/toast";
import type { ActivationView } from "@/lib/request-keys/activations";
import { checkRequestKey, formatRequestKey } from "@/lib/request-keys/rules";
import type { FormState } from "@/lib/operations/form";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";

type Action = (prev: FormState<ActivationView>, formData: FormData) => Promise<FormState<ActivationView>>;
const IDLE: FormState<ActivationView> = { status: "idle" };

/** Add: the supervisor confirms the checklist, then enters the 10-digit request key. */
export function AddRequestKeyButton({ action, variant = "primary", demoKey }: { action: Action; variant?: "primary" | "secondary"; demoKey: string | null }) {
  const t = useTranslations("keys.add");
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Button variant={variant} onClick={() => setOpenKey(newIdempotencyKey())} aria-haspopup="dialog">
        <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden="true">
          <path d="M10 4a.75.75 0 0 1 .75.75v4.5h4.5a.75.75 0 0 1 0 1.5h-4.5v4.5a.75.75 0 0 1-1.5 0v-4.5h-4.5a.75.75 0 0 1 0-1.5h4.5v-4.5A.75.75 0 0 1 10 4Z" />
        </svg>
        {variant === "primary" ? t("button") : t("buttonLong")}
      </Button>
      <Dialog open={openKey !== null} onClose={() => setOpenKey(null)} title={t("title")} description={t("description")} busy={busy}>
        {openKey ? (
          <AddForm key={openKey} idempotencyKey={openKey} action={action} demoKey={demoKey} onPendingChange={setBusy} onClose={() => setOpenKey(null)} />
        ) : null}
      </Dialog>
    </>
  );
}

function AddForm({
  idempotencyKey,
  action,
  demoKey,
  onPendingChange,
  onClose,
}: {
  idempotencyKey: string;
  action: Action;
  demoKey: string | null;
  onPendingChange: (pending: boolean) => void;
  onClose: () => void;
}) {
  const t = useTranslations("keys.add");
  const tCommon = useTranslations("common");
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [backup, setBackup] = useState(false);
  const [current, setCurrent] = useState(false);
  const [value, setValue] = useState("");
  const [clientError, setClientError] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const ready = backup && current;

  useEffect(() => onPendingChange(pending), [pending, onPendingChange]);
  useEffect(() => {
    if (state.status === "success") {
      notify.success(t("success", { key: formatRequestKey(state.result.requestKey ?? "") }), t("successDetail"));
      onClose();
    } else if (state.status === "error") {
      inputRef.current?.focus();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.status === "idle" ? 0 : state.at]);

  const problemMessage = (raw: string) => {
    const c = checkRequestKey(raw);
    return c.ok ? null : t(`problems.${c.problem}`);
  };
  const serverError = state.status === "error" ? (state.fieldErrors?.requestKey ?? state.message) : null;
  const shownError = clientError ?? (touched ? null : serverError);

  return (
    <form
      action={formAction}
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        const problem = problemMessage(value);
        if (!ready || problem) {
          e.preventDefault();
          setClientError(problem);
          setTouched(true);
          if (problem) inputRef.current?.focus();
          return;
        }
        setTouched(false);
      }}
    >
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <fieldset className="rounded-lg border border-warning-ink/25 bg-warning-soft px-4 py-3">
        <legend className="px-1 text-sm font-semibold text-warning-ink">{t("checklist.title")}</legend>
        <p className="mb-2 text-sm text-warning-ink">{t("checklist.intro")}</p>
        <label className="flex items-start gap-2 py-1 text-sm text-ink">
          <input type="checkbox" name="backup" className="mt-0.5 size-4 accent-brand" checked={backup} onChange={(e) => setBackup(e.target.checked)} />
          <span>{t("checklist.backup")}</span>
        </label>
        <label className="flex items-start gap-2 py-1 text-sm text-ink">
          <input type="checkbox" name="currentVersion" className="mt-0.5 size-4 accent-brand" checked={current} onChange={(e) => setCurrent(e.target.checked)} />
          <span>{t("checklist.currentVersion")}</span>
        </label>
        <p className="mt-1 text-xs text-warning-ink">{t("checklist.connection")}</p>
      </fieldset>
      <TextField
        ref={inputRef}
        label={t("field")}
        name="requestKey"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        required
        maxLength={40}
        placeholder="12345 67890"
        className="[&_input]:font-mono"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          // Once refused, say at once when the key becomes right (or what is still wrong).
          if (clientError || touched) setClientError(problemMessage(e.target.value));
        }}
        onBlur={() => {
          if (value.trim() !== "") {
            setClientError(problemMessage(value));
            setTouched(true);
          }
        }}
        hint={demoKey ? t("hintSandbox", { key: formatRequestKey(demoKey) }) : t("hint")}
        error={shownError}
        disabled={!ready}
      />
      {!ready ? <p className="text-xs text-muted">{t("confirmFirst")}</p> : null}
      <div className="-mx-5 -mb-4 flex justify-end gap-2 border-t border-line bg-subtle px-5 py-3">
        <Button variant="secondary" onClick={onClose} disabled={pending}>
          {tCommon("cancel")}
        </Button>
        <Button type="submit" pending={pending} disabled={!ready}>
          {pending ? t("pending") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
