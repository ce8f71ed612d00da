"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogForm, useDialogForm } from "@/components/ui/dialog-form";
import { TextField } from "@/components/ui/text-field";
import { notify } from "@/components/ui/toast";
import type { FormState } from "@/lib/operations/form";
import type { CreatedUser } from "./actions";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";

type Action = (prev: FormState<CreatedUser>, formData: FormData) => Promise<FormState<CreatedUser>>;

export function AddUserButton({ action, variant = "primary" }: { action: Action; variant?: "primary" | "secondary" }) {
  const t = useTranslations("users.add");
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Button variant={variant} onClick={() => {
          setBusy(false);
          setOpenKey(newIdempotencyKey());
        }} aria-haspopup="dialog">
        <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden="true">
          <path d="M10 4a.75.75 0 0 1 .75.75v4.5h4.5a.75.75 0 0 1 0 1.5h-4.5v4.5a.75.75 0 0 1-1.5 0v-4.5h-4.5a.75.75 0 0 1 0-1.5h4.5v-4.5A.75.75 0 0 1 10 4Z" />
        </svg>
        {t("button")}
      </Button>
      <Dialog open={openKey !== null} onClose={() => setOpenKey(null)} title={t("title")} description={t("description")} busy={busy}>
        {openKey ? (
          <AddUserForm
            key={openKey}
            idempotencyKey={openKey}
            action={action}
            onPendingChange={setBusy}
            onCancel={() => setOpenKey(null)}
            onDone={() => setOpenKey(null)}
          />
        ) : null}
      </Dialog>
    </>
  );
}

function AddUserForm({
  idempotencyKey,
  action,
  onPendingChange,
  onCancel,
  onDone,
}: {
  idempotencyKey: string;
  action: Action;
  onPendingChange: (pending: boolean) => void;
  onCancel: () => void;
  onDone: () => void;
}) {
  const t = useTranslations("users.add");
  const form = useDialogForm(action, {
    onPendingChange,
    onSuccess: (user) => {
      notify.success(t("success", { name: user.name }));
      onDone();
    },
    failed: t("failed"),
  });
  const { error, values } = form;

  return (
    <DialogForm {...form} idempotencyKey={idempotencyKey} onCancel={onCancel} submitLabel={t("submit")} pendingLabel={t("pending")}>
      <TextField
        label={t("name")}
        name="name"
        autoComplete="off"
        required
        maxLength={200}
        defaultValue={values.name ?? ""}
        error={error?.fieldErrors?.name}
        autoFocus
      />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        inputMode="email"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        maxLength={320}
        defaultValue={values.email ?? ""}
        hint={t("emailHint")}
        error={error?.fieldErrors?.email}
      />
    </DialogForm>
  );
}
