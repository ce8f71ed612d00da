"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { DialogForm, useDialogForm } from "@/components/ui/dialog-form";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/operations/form";
import type { CreatedEndpoint } from "@/lib/webhooks";

export type CreateWebhookAction = (prev: FormState<CreatedEndpoint>, formData: FormData) => Promise<FormState<CreatedEndpoint>>;

/** URL, description and event types (every one, or a chosen few) of a new endpoint. */
export function AddEndpointForm({
  idempotencyKey,
  action,
  eventTypes,
  onPendingChange,
  onCancel,
  onCreated,
}: {
  idempotencyKey: string;
  action: CreateWebhookAction;
  eventTypes: readonly string[];
  onPendingChange: (pending: boolean) => void;
  onCancel: () => void;
  onCreated: (created: CreatedEndpoint) => void;
}) {
  const t = useTranslations("webhooks.add");
  const form = useDialogForm(action, { onPendingChange, onSuccess: onCreated, failed: t("title") });
  const { error, values } = form;
  const [all, setAll] = useState(true);
  const typesError = error?.fieldErrors?.eventTypes;

  return (
    <DialogForm {...form} idempotencyKey={idempotencyKey} onCancel={onCancel} submitLabel={t("submit")} pendingLabel={t("submit")}>
      <TextField
        label={t("url")}
        name="url"
        type="url"
        inputMode="url"
        autoComplete="off"
        required
        maxLength={2000}
        placeholder="https://example.com/hooks/license-console"
        defaultValue={values.url ?? ""}
        hint={t("urlHint")}
        error={error?.fieldErrors?.url}
        autoFocus
      />
      <TextField label={t("description")} name="description" maxLength={500} defaultValue={values.description ?? ""} hint={t("descriptionHint")} error={error?.fieldErrors?.description} />
      <fieldset className="flex flex-col gap-2" aria-describedby={typesError ? "event-types-error" : undefined}>
        <legend className="mb-1.5 text-sm font-medium text-ink">{t("events")}</legend>
        <label className="flex items-center gap-2 text-sm text-ink">
          <input type="checkbox" name="eventTypes" value="*" checked={all} onChange={(e) => setAll(e.target.checked)} className="size-4" />
          {t("all")}
        </label>
        {all ? null : (
          <div className="grid max-h-56 grid-cols-1 gap-1 overflow-y-auto rounded-md border border-line p-2 sm:grid-cols-2">
            {eventTypes.map((type) => (
              <label key={type} className="flex items-center gap-2 text-xs text-ink">
                <input type="checkbox" name="eventTypes" value={type} className="size-4 shrink-0" />
                <code className="font-mono break-all">{type}</code>
              </label>
            ))}
          </div>
        )}
        {typesError ? (
          <p id="event-types-error" className="text-sm text-danger-ink">
            {typesError.join(" ")}
          </p>
        ) : null}
      </fieldset>
    </DialogForm>
  );
}
