"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { notify } from "@/components/ui/toast";
import { useWorkspace } from "@/components/workspace/workspace-context";
import type { ApplyResult, PreviewResult } from "@/lib/activation-codes";
import type { FormState } from "@/lib/operations/form";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";
import { EnterCode } from "./activation-code-entry";
import { Preview } from "./activation-code-preview";
import { TryFeatures } from "./try-features-form";

type Actions = {
  preview: (slug: string, fd: FormData) => Promise<FormState<PreviewResult>>;
  apply: (slug: string, fd: FormData) => Promise<FormState<ApplyResult>>;
  configure: (slug: string, fd: FormData) => Promise<FormState<unknown>>;
};

type Step = { kind: "enter" } | { kind: "preview"; preview: PreviewResult } | { kind: "try"; applied: ApplyResult };

/** "Enter activation code" → preview → apply → (after an upgrade) try additional features. */
export function ActivationCodeButton({
  licenseId,
  licenseName,
  replaceable,
  actions,
}: {
  licenseId: string;
  licenseName: string;
  /** False once replaced: no trigger, but a dialog still open (the "Try additional features" step) stays. */
  replaceable: boolean;
  actions: Actions;
}) {
  const t = useTranslations("activationCode");
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      {replaceable ? (
      <Button onClick={() => setOpenKey(newIdempotencyKey())} aria-haspopup="dialog">
        <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden="true">
          <path d="M13 2a5 5 0 0 0-4.8 6.4L2.3 14.3a1 1 0 0 0-.3.7V17a1 1 0 0 0 1 1h2a1 1 0 0 0 1-1v-1h1a1 1 0 0 0 1-1v-1h1a1 1 0 0 0 .7-.3l1-1A5 5 0 1 0 13 2Zm1.5 5a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3Z" />
        </svg>
        {t("button")}
      </Button>
      ) : null}
      <Dialog open={openKey !== null} onClose={() => setOpenKey(null)} title={t("title")} description={t("description", { name: licenseName })} busy={busy} size="lg">
        {openKey ? (
          <Flow key={openKey} idempotencyKey={openKey} licenseId={licenseId} actions={actions} onBusy={setBusy} onClose={() => setOpenKey(null)} />
        ) : null}
      </Dialog>
    </>
  );
}

function Flow({
  idempotencyKey,
  licenseId,
  actions,
  onBusy,
  onClose,
}: {
  idempotencyKey: string;
  licenseId: string;
  actions: Actions;
  onBusy: (b: boolean) => void;
  onClose: () => void;
}) {
  const { slug } = useWorkspace();
  const router = useRouter();
  const t = useTranslations("activationCode");
  const [step, setStep] = useState<Step>({ kind: "enter" });
  const [code, setCode] = useState("");
  const [pending, startTransition] = useTransition();

  const done = (applied: ApplyResult) => {
    onClose();
    router.push(`/w/${slug}/licenses/${applied.license.id}`);
    router.refresh();
  };

  const run = <O,>(fn: () => Promise<O>, then: (o: O) => void) => {
    onBusy(true);
    startTransition(async () => {
      try {
        then(await fn());
      } finally {
        onBusy(false);
      }
    });
  };

  if (step.kind === "enter") {
    return (
      <EnterCode
        code={code}
        setCode={setCode}
        pending={pending}
        onCancel={onClose}
        onSubmit={(normalised, setServerError) => {
          const fd = new FormData();
          fd.set("licenseId", licenseId);
          fd.set("code", normalised);
          run(
            () => actions.preview(slug, fd),
            (res) => {
              if (res.status === "success") setStep({ kind: "preview", preview: res.result });
              else if (res.status === "error") setServerError(res.fieldErrors?.code?.join(" ") ?? res.message, res.code === "rate_limited" ? null : t("tryAgain"));
            },
          );
        }}
      />
    );
  }

  if (step.kind === "preview") {
    return (
      <Preview
        preview={step.preview}
        pending={pending}
        onBack={() => setStep({ kind: "enter" })}
        onApply={() => {
          const fd = new FormData();
          fd.set("licenseId", licenseId);
          fd.set("code", step.preview.code);
          fd.set("idempotencyKey", idempotencyKey);
          run(
            () => actions.apply(slug, fd),
            (res) => {
              if (res.status === "success") {
                const a = res.result;
                notify.success(
                  a.alreadyApplied ? t("alreadyApplied") : t("applied", { name: a.license.name }),
                  a.devices ? t("appliedDevices", { switched: a.devices.switched, registered: a.devices.registered }) : undefined,
                );
                if (a.verdict === "upgrade" && a.gained.length > 0 && !a.alreadyApplied) setStep({ kind: "try", applied: a });
                else done(a);
              } else if (res.status === "error") {
                notify.error(t("refused"), res.message);
                setStep({ kind: "enter" });
              }
            },
          );
        }}
      />
    );
  }

  return (
    <TryFeatures
      applied={step.applied}
      pending={pending}
      onLater={() => done(step.applied)}
      onSave={(settings) => {
        const fd = new FormData();
        fd.set("licenseId", step.applied.license.id);
        fd.set("settings", JSON.stringify(settings));
        run(
          () => actions.configure(slug, fd),
          (res) => {
            if (res.status === "success") done(step.applied);
            else if (res.status === "error") notify.error(t("refused"), res.message);
          },
        );
      }}
    />
  );
}
