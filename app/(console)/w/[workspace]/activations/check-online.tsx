"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import { notify } from "@/components/ui/toast";
import { useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { CheckOnlineResult, InstallResult } from "@/lib/request-keys";
import { formatRequestKey } from "@/lib/request-keys/rules";
import type { ActionResult } from "@/lib/operations/form";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";

type Step =
  | { kind: "checking" }
  | { kind: "failed"; message: string }
  | { kind: "nothing"; result: CheckOnlineResult }
  | { kind: "review"; result: CheckOnlineResult }
  | { kind: "confirm"; result: CheckOnlineResult; idempotencyKey: string; error?: string }
  | { kind: "done"; installed: InstallResult[] };

/**
 * Check online, and the short assistant that follows when the activation service has new
 * activations: 1. what will be installed, 2. confirm, 3. done.
 */
export function CheckOnlineButton({
  check,
  apply,
  hasPending,
}: {
  check: () => Promise<ActionResult<CheckOnlineResult>>;
  apply: (keys: string[], idempotencyKey: string) => Promise<ActionResult<InstallResult[]>>;
  hasPending: boolean;
}) {
  const t = useTranslations("keys.check");
  const tCommon = useTranslations("common");
  const fmt = useWorkspaceFormat();
  const router = useRouter();
  const [step, setStep] = useState<Step | null>(null);
  const [pending, startTransition] = useTransition();

  const run = () => {
    setStep({ kind: "checking" });
    startTransition(async () => {
      const res = await check();
      if (!res.ok) return setStep({ kind: "failed", message: res.message });
      setStep(res.result.offers.length ? { kind: "review", result: res.result } : { kind: "nothing", result: res.result });
    });
  };

  const install = (s: Extract<Step, { kind: "confirm" }>) =>
    startTransition(async () => {
      const res = await apply(
        s.result.offers.map((o) => o.key),
        s.idempotencyKey,
      );
      if (!res.ok) return setStep({ ...s, error: res.message });
      setStep({ kind: "done", installed: res.result });
      notify.success(t("doneToast", { count: res.result.length }));
      router.refresh();
    });

  const close = () => setStep(null);
  // The last step of either outcome (nothing new, installed) only closes.
  const closeOnly = (
    <Footer>
      <Button onClick={close} autoFocus>
        {tCommon("close")}
      </Button>
    </Footer>
  );
  const stepNo = step?.kind === "review" ? 1 : step?.kind === "confirm" ? 2 : step?.kind === "done" ? 3 : null;
  const title =
    step?.kind === "review" || step?.kind === "confirm" || step?.kind === "done" ? t("assistantTitle") : t("title");

  return (
    <>
      <Button variant="secondary" onClick={run} aria-haspopup="dialog" title={hasPending ? undefined : t("nothingPendingHint")}>
        <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden="true">
          <path d="M10 3a7 7 0 0 1 6.32 4H14a.75.75 0 0 0 0 1.5h4a.75.75 0 0 0 .75-.75v-4a.75.75 0 0 0-1.5 0v1.67A8.5 8.5 0 0 0 1.5 10a.75.75 0 0 0 1.5 0A7 7 0 0 1 10 3Zm7.75 6.25A.75.75 0 0 0 17 10a7 7 0 0 1-13.32 3H6a.75.75 0 0 0 0-1.5H2a.75.75 0 0 0-.75.75v4a.75.75 0 0 0 1.5 0v-1.67A8.5 8.5 0 0 0 18.5 10a.75.75 0 0 0-.75-.75Z" />
        </svg>
        {t("button")}
      </Button>
      <Dialog
        open={step !== null}
        onClose={close}
        busy={pending && step?.kind !== "checking"}
        title={title}
        description={stepNo ? t("stepOf", { step: stepNo, total: 3 }) : undefined}
        size="lg"
      >
        {step?.kind === "checking" ? (
          <p role="status" className="flex items-center gap-2 py-2 text-sm text-muted">
            <Spinner />
            {t("checking")}
          </p>
        ) : null}

        {step?.kind === "failed" ? (
          <div className="flex flex-col gap-4">
            <ErrorAlert>{step.message}</ErrorAlert>
            <Footer>
              <Button variant="secondary" onClick={close}>
                {tCommon("close")}
              </Button>
              <Button onClick={run}>{t("again")}</Button>
            </Footer>
          </div>
        ) : null}

        {step?.kind === "nothing" ? (
          <div className="flex flex-col gap-3 text-sm">
            <p role="status" className="font-medium text-ink">
              {t("nothingNew")}
            </p>
            {step.result.waiting.length === 0 ? <p className="text-muted">{t("nothingPending")}</p> : null}
            {step.result.waiting.map((w) => (
              <div key={w.requestKey} className={w.contactSupport ? "rounded-md border border-warning-ink/25 bg-warning-soft px-3 py-2 text-warning-ink" : "text-muted"}>
                <p>{t("tryAgain", { key: formatRequestKey(w.requestKey), date: fmt.date(w.retryAt) })}</p>
                {w.contactSupport ? <p className="mt-1 font-medium">{t("contactSupport")}</p> : null}
              </div>
            ))}
            {closeOnly}
          </div>
        ) : null}

        {step?.kind === "review" ? (
          <div className="flex flex-col gap-4 text-sm">
            <p className="text-ink">{t("reviewIntro", { count: step.result.offers.length })}</p>
            <ul className="divide-y divide-line rounded-md border border-line">
              {step.result.offers.map((o) => (
                <li key={o.keyId} className="px-4 py-3">
                  <p className="font-medium text-ink">{o.modules.map((m) => t("module", { name: m.name, count: m.quantity })).join(", ")}</p>
                  <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 text-muted">
                    {o.requestKey ? (
                      <>
                        <dt>{t("fields.requestKey")}</dt>
                        <dd className="font-mono text-ink">{formatRequestKey(o.requestKey)}</dd>
                      </>
                    ) : null}
                    <dt>{t("fields.term")}</dt>
                    <dd className="text-ink">{t("range", { from: fmt.date(o.termStart), to: fmt.date(o.termEnd) })}</dd>
                    <dt>{t("fields.updateService")}</dt>
                    <dd className="text-ink">{t("until", { date: fmt.date(o.updateServiceUntil) })}</dd>
                  </dl>
                </li>
              ))}
            </ul>
            {step.result.waiting.length ? <p className="text-muted">{t("alsoWaiting", { count: step.result.waiting.length })}</p> : null}
            <Footer>
              <Button variant="secondary" onClick={close}>
                {tCommon("cancel")}
              </Button>
              <Button onClick={() => setStep({ kind: "confirm", result: step.result, idempotencyKey: newIdempotencyKey() })} autoFocus>
                {t("next")}
              </Button>
            </Footer>
          </div>
        ) : null}

        {step?.kind === "confirm" ? (
          <div className="flex flex-col gap-4 text-sm">
            {step.error ? <ErrorAlert>{step.error}</ErrorAlert> : null}
            <p className="text-ink">{t("confirmText", { count: step.result.offers.length })}</p>
            <p className="text-muted">{t("confirmNote")}</p>
            <Footer>
              <Button variant="secondary" onClick={() => setStep({ kind: "review", result: step.result })} disabled={pending}>
                {t("back")}
              </Button>
              <Button onClick={() => install(step)} pending={pending}>
                {pending ? t("installing") : t("install")}
              </Button>
            </Footer>
          </div>
        ) : null}

        {step?.kind === "done" ? (
          <div className="flex flex-col gap-3 text-sm">
            <p role="status" className="font-medium text-success-ink">
              {t("doneTitle")}
            </p>
            <ul className="list-disc pl-5 text-ink">
              {step.installed.map(({ activation: a }) => (
                <li key={a.id}>
                  {t("doneLine", {
                    product: a.productName ?? "—",
                    date: a.updateServiceUntil ? fmt.date(a.updateServiceUntil) : "—",
                  })}
                </li>
              ))}
            </ul>
            {closeOnly}
          </div>
        ) : null}
      </Dialog>
    </>
  );
}

function Footer({ children }: { children: React.ReactNode }) {
  return <div className="-mx-5 -mb-4 mt-2 flex justify-end gap-2 border-t border-line bg-subtle px-5 py-3">{children}</div>;
}
