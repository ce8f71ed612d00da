"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions, DialogForm, useDialogForm } from "@/components/ui/dialog-form";
import { Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import { notify } from "@/components/ui/toast";
import type { ReportResult } from "@/lib/hosts";
import type { FormState } from "@/lib/operations/form";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";

type Action = (prev: FormState<ReportResult>, formData: FormData) => Promise<FormState<ReportResult>>;

export type ReportLocation = {
  hostId: string;
  name: string;
  platform: string;
  lastSeen: string;
  /** "License — Publisher" per license the host holds. */
  licenses: { license: string; publisher: string }[];
};

/**
 * "Report as unusable" → the dialog with the location's details → "Report complete" (seed 000).
 * Stays mounted after the report (the page re-renders with the host reading "Reset requested"
 * and `available` false), so "Report complete" remains on screen until closed.
 */
export function ReportUnusable({ action, location, available }: { action: Action; location: ReportLocation; available: boolean }) {
  const t = useTranslations("hostDetails.report");
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ReportResult | null>(null);
  const close = () => {
    setOpenKey(null);
    setDone(null);
  };
  return (
    <>
      {available ? (
        <Button
          variant="danger"
          aria-haspopup="dialog"
          onClick={() => {
            setBusy(false);
            setDone(null);
            setOpenKey(newIdempotencyKey());
          }}
        >
          {t("button")}
        </Button>
      ) : null}
      <Dialog
        open={openKey !== null}
        onClose={close}
        title={done ? t("completeTitle") : t("title")}
        description={done ? undefined : t("description")}
        busy={busy}
        size="lg"
      >
        {done ? (
          <div className="flex flex-col gap-4">
            <p role="status" className="text-sm text-ink">
              {done.existing ? t("completeExisting", { host: done.hostName }) : t("completeBody", { host: done.hostName })}
            </p>
            <p className="text-sm text-muted">{t("completeNext")}</p>
            <DialogActions>
              <Button onClick={close} autoFocus>
                {t("close")}
              </Button>
            </DialogActions>
          </div>
        ) : openKey ? (
          <ReportForm key={openKey} idempotencyKey={openKey} action={action} location={location} onPendingChange={setBusy} onCancel={close} onDone={setDone} />
        ) : null}
      </Dialog>
    </>
  );
}

function ReportForm({
  idempotencyKey,
  action,
  location,
  onPendingChange,
  onCancel,
  onDone,
}: {
  idempotencyKey: string;
  action: Action;
  location: ReportLocation;
  onPendingChange: (pending: boolean) => void;
  onCancel: () => void;
  onDone: (r: ReportResult) => void;
}) {
  const t = useTranslations("hostDetails.report");
  const form = useDialogForm(action, {
    onPendingChange,
    onSuccess: (report) => {
      notify.success(t("toast", { host: report.hostName }));
      onDone(report);
    },
    failed: t("failed"),
    focusFallback: "textarea",
  });
  const { error, values } = form;
  const understoodError = error?.fieldErrors?.understood;

  return (
    <DialogForm
      {...form}
      idempotencyKey={idempotencyKey}
      onCancel={onCancel}
      submitLabel={t("submit")}
      pendingLabel={t("pending")}
      variant="danger"
      intro={
        <>
          <input type="hidden" name="hostId" value={location.hostId} />
          <LocationSummary location={location} />
        </>
      }
    >
      <Field label={t("reason")} hint={t("reasonHint")} error={error?.fieldErrors?.reason} required>
        {(control) => (
          <textarea
            {...control}
            name="reason"
            required
            rows={4}
            maxLength={2000}
            defaultValue={values.reason ?? ""}
            autoFocus
            className={cn(controlClass, "h-auto py-2")}
          />
        )}
      </Field>
      <div className="flex flex-col gap-1">
        <label className="flex items-start gap-2 text-sm text-ink">
          <input
            type="checkbox"
            name="understood"
            required
            aria-required="true"
            aria-invalid={understoodError ? true : undefined}
            aria-describedby={understoodError ? "report-understood-error" : undefined}
            defaultChecked={values.understood === "on"}
            className="mt-0.5 size-4 shrink-0 accent-brand"
          />
          <span>
            {t("understood")}
            <span aria-hidden="true" className="ml-0.5 text-danger">
              *
            </span>
          </span>
        </label>
        {understoodError ? (
          <p id="report-understood-error" className="pl-6 text-sm text-danger-ink">
            {understoodError.join(" ")}
          </p>
        ) : null}
      </div>
    </DialogForm>
  );
}

/** The location being reported, as the publisher will see it (seed 000). */
function LocationSummary({ location }: { location: ReportLocation }) {
  const t = useTranslations("hostDetails.report");
  return (
    <section aria-labelledby="report-location-title" className="rounded-md border border-line bg-canvas px-4 py-3">
      <h3 id="report-location-title" className="text-sm font-semibold text-ink">
        {t("locationTitle")}
      </h3>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">{t("name")}</dt>
        <dd className="font-medium text-ink">{location.name}</dd>
        <dt className="text-muted">{t("platform")}</dt>
        <dd className="text-ink">{location.platform}</dd>
        <dt className="text-muted">{t("lastSeen")}</dt>
        <dd className="text-ink">{location.lastSeen}</dd>
        <dt className="text-muted">{t("licenses")}</dt>
        <dd className="text-ink">
          <ul className="list-disc pl-4">
            {location.licenses.map((l) => (
              <li key={`${l.license}-${l.publisher}`}>{t("licenseOf", { license: l.license, publisher: l.publisher })}</li>
            ))}
          </ul>
        </dd>
      </dl>
    </section>
  );
}
