"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { controlClass } from "@/components/ui/input";
import { notify } from "@/components/ui/toast";
import type { InstallResult } from "@/lib/request-keys";
import { looksLikeRequestKey } from "@/lib/request-keys/rules";
import type { FormState } from "@/lib/operations/form";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";

type Action = (prev: FormState<InstallResult>, formData: FormData) => Promise<FormState<InstallResult>>;
const IDLE: FormState<InstallResult> = { status: "idle" };

/** "Enter activation key manually": for name- and term-bound keys, never for request keys. */
export function ManualKeyButton({ action }: { action: Action }) {
  const t = useTranslations("keys.manual");
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpenKey(newIdempotencyKey())} aria-haspopup="dialog">
        {t("button")}
      </Button>
      <Dialog open={openKey !== null} onClose={() => setOpenKey(null)} title={t("title")} description={t("description")} busy={busy} size="lg">
        {openKey ? <ManualForm key={openKey} idempotencyKey={openKey} action={action} onPendingChange={setBusy} onClose={() => setOpenKey(null)} /> : null}
      </Dialog>
    </>
  );
}

function ManualForm({
  idempotencyKey,
  action,
  onPendingChange,
  onClose,
}: {
  idempotencyKey: string;
  action: Action;
  onPendingChange: (pending: boolean) => void;
  onClose: () => void;
}) {
  const t = useTranslations("keys.manual");
  const tCommon = useTranslations("common");
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [value, setValue] = useState("");
  const [edited, setEdited] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => onPendingChange(pending), [pending, onPendingChange]);
  // A refusal shows again even if the field was edited before.
  const answeredAt = state.status === "idle" ? 0 : state.at;
  const [seenAt, setSeenAt] = useState(answeredAt);
  if (answeredAt !== seenAt) {
    setSeenAt(answeredAt);
    if (state.status === "error") setEdited(false);
  }
  useEffect(() => {
    if (state.status === "success") {
      notify.success(state.result.changed ? t("success") : t("unchanged"));
      onClose();
    } else if (state.status === "error") {
      ref.current?.focus();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.status === "idle" ? 0 : state.at]);

  const isRequestKey = value.trim() !== "" && looksLikeRequestKey(value);
  const serverError = state.status === "error" && !edited ? (state.fieldErrors?.key ?? state.message) : null;
  const error = isRequestKey ? t("requestKeyHere") : serverError;

  return (
    <form
      action={formAction}
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        if (isRequestKey || value.trim() === "") {
          e.preventDefault();
          ref.current?.focus();
        }
      }}
    >
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className="rounded-lg border border-line bg-subtle px-4 py-3 text-sm text-muted">
        <p className="font-medium text-ink">{t("whenTitle")}</p>
        <ul className="mt-1 list-disc pl-5">
          <li>{t("whenOffline")}</li>
          <li>{t("whenZeroTrust")}</li>
          <li>{t("whenTestKeys")}</li>
        </ul>
        <p className="mt-2">{t("notForRequestKeys")}</p>
      </div>
      <Field label={t("field")} hint={t("hint")} error={error} required>
        {(control) => (
          <textarea
            {...control}
            ref={ref}
            name="key"
            rows={8}
            spellCheck={false}
            autoComplete="off"
            autoFocus
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              setEdited(true);
            }}
            placeholder={"-----BEGIN ACTIVATION KEY-----\n…\n-----END ACTIVATION KEY-----"}
            className={cn(controlClass, "h-auto py-2 font-mono text-xs leading-relaxed")}
          />
        )}
      </Field>
      <div className="-mx-5 -mb-4 flex justify-end gap-2 border-t border-line bg-subtle px-5 py-3">
        <Button variant="secondary" onClick={onClose} disabled={pending}>
          {tCommon("cancel")}
        </Button>
        <Button type="submit" pending={pending} disabled={isRequestKey || value.trim() === ""}>
          {pending ? t("pending") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
