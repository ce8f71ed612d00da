"use client";

import { useId, useMemo, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { notify } from "@/components/ui/toast";
import { useWorkspace, useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { ApplyResult, PreviewResult } from "@/lib/activation-codes";
import { CODE_LENGTH, compactCode, formatCodeInput, parseCode, type CodeProblem, type Verdict } from "@/lib/activation-codes/rules";
import type { FormState } from "@/lib/operations/form";
import { featureLabel } from "./feature-label";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";

type Actions = {
  preview: (slug: string, fd: FormData) => Promise<FormState<PreviewResult>>;
  apply: (slug: string, fd: FormData) => Promise<FormState<ApplyResult>>;
  configure: (slug: string, fd: FormData) => Promise<FormState<unknown>>;
};

type Step = { kind: "enter" } | { kind: "preview"; preview: PreviewResult } | { kind: "try"; applied: ApplyResult };

const VERDICT_TONE: Record<Verdict, BadgeTone> = { upgrade: "success", downgrade: "warning", renewal: "info" };

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

function problemMessage(t: ReturnType<typeof useTranslations<"activationCode">>, problem: CodeProblem, offending: string | undefined, length: number): string {
  switch (problem) {
    case "lookalike":
      return t("problems.lookalike", { char: offending ?? "" });
    case "character":
      return t("problems.character", { char: offending ?? "" });
    case "short":
      return t("problems.short", { count: length });
    default:
      return t(`problems.${problem}`);
  }
}

function EnterCode({
  code,
  setCode,
  pending,
  onCancel,
  onSubmit,
}: {
  code: string;
  setCode: (c: string) => void;
  pending: boolean;
  onCancel: () => void;
  onSubmit: (normalised: string, setServerError: (message: string, hint: string | null) => void) => void;
}) {
  const t = useTranslations("activationCode");
  const tCommon = useTranslations("common");
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<{ message: string; hint: string | null; for: string } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const parsed = useMemo(() => parseCode(code), [code]);
  const length = compactCode(code).length;
  // Look-alikes show at once; a wrong check once all 20 are in; "incomplete" only on Send.
  // Look-alikes and a wrong check show at once; an incomplete code only on Send.
  const live = !parsed.ok && (submitted || ["lookalike", "character", "check", "long"].includes(parsed.problem)) ? problemMessage(t, parsed.problem, parsed.offending, length) : null;
  const serverError = server && server.for === code ? server : null;
  const error = live ?? serverError?.message ?? null;

  return (
    <form
      method="post"
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
        if (!parsed.ok) {
          inputRef.current?.focus();
          return;
        }
        onSubmit(parsed.code, (message, hint) => {
          setServer({ message, hint, for: code });
          requestAnimationFrame(() => inputRef.current?.select());
        });
      }}
    >
      <Field label={t("label")} required hint={serverError?.hint ?? t("hint")} error={error}>
        {(control) => (
          <Input
            {...control}
            ref={inputRef}
            name="code"
            value={code}
            onChange={(e) => {
              setCode(formatCodeInput(e.target.value));
              setSubmitted(false);
            }}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="XXXXX-XXXXX-XXXXX-XXXXX"
            className="font-mono text-base tracking-wider"
            required
            autoFocus
          />
        )}
      </Field>
      <p className="text-xs text-muted" aria-live="polite">
        {length}/{CODE_LENGTH}
      </p>
      <div className="sticky bottom-0 z-10 -mx-5 -mb-4 flex justify-end gap-2 border-t border-line bg-subtle px-5 py-3">
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          {tCommon("cancel")}
        </Button>
        <Button type="submit" pending={pending}>
          {pending ? t("checking") : t("submit")}
        </Button>
      </div>
    </form>
  );
}

function Preview({ preview, pending, onBack, onApply }: { preview: PreviewResult; pending: boolean; onBack: () => void; onApply: () => void }) {
  const t = useTranslations("activationCode");
  const tL = useTranslations("license");
  const tEnums = useTranslations("enums");
  const f = useWorkspaceFormat();
  const headingId = useId();
  const { current, next, same, verdict } = preview;
  const rows: { label: string; current: string; next: string; same: boolean }[] = [
    { label: tL("fields.name"), current: current.name, next: next.name, same: same.name },
    { label: tL("fields.licensingModel"), current: tEnums(`licensingModel.${current.licensingModel}`), next: tEnums(`licensingModel.${next.licensingModel}`), same: same.licensingModel },
    { label: tL("fields.quantity"), current: f.number(current.quantity), next: f.number(next.quantity), same: same.quantity },
    { label: tL("fields.expiresAt"), current: f.date(current.expiresAt), next: f.date(next.expiresAt), same: same.expiresAt },
  ];
  const listed = verdict === "downgrade" ? preview.lost : preview.gained;
  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby={headingId} className="flex flex-col gap-3">
        <div className="flex items-center gap-2">
          <h3 id={headingId} className="text-base font-semibold text-ink">
            {t("previewTitle")}
          </h3>
          <Badge tone={VERDICT_TONE[verdict]}>{t(`verdict.${verdict}`)}</Badge>
        </div>
        <p className="text-sm text-muted">{t("previewDescription")}</p>
        <div className={verdict === "downgrade" ? "rounded-md border border-warning-ink/30 bg-warning-soft px-3 py-2.5 text-sm text-warning-ink" : "rounded-md border border-line bg-subtle px-3 py-2.5 text-sm text-ink"} role={verdict === "downgrade" ? "alert" : undefined} aria-label={verdict === "downgrade" ? t("verdict.downgrade") : undefined}>
          <p className="font-medium">{t(`verdictText.${verdict}`)}</p>
          {listed.length ? (
            <ul className="mt-1.5 flex flex-wrap gap-1.5" aria-label={verdict === "downgrade" ? t("verdict.downgrade") : t("verdict.upgrade")}>
              {listed.map((feature) => (
                <li key={feature}>
                  <Badge tone={verdict === "downgrade" ? "danger" : "success"}>
                    {verdict === "downgrade" ? "−" : "+"} {featureLabel(feature)}
                  </Badge>
                </li>
              ))}
            </ul>
          ) : null}
          {verdict === "downgrade" ? <p className="mt-2">{t("downgradeWarning")}</p> : null}
          {verdict === "upgrade" && preview.lost.length ? (
            <p className="mt-2 text-warning-ink">
              {t("verdictText.downgrade")} {preview.lost.map(featureLabel).join(", ")}
            </p>
          ) : null}
        </div>
      </section>
      <table className="w-full text-sm">
        <caption className="sr-only">{t("previewTitle")}</caption>
        <thead>
          <tr className="border-b border-line text-left text-xs text-muted">
            <th scope="col" className="py-2 pr-3 font-medium">
              <span className="sr-only">{tL("details")}</span>
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("current")}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t("next")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className="border-b border-line last:border-0">
              <th scope="row" className="py-2.5 pr-3 text-left font-medium text-muted">
                {r.label}
              </th>
              {r.same ? (
                <td colSpan={2} className="py-2.5 text-ink">
                  {r.current}
                </td>
              ) : (
                <>
                  <td className="py-2.5 pr-3 text-muted">
                    {r.current}
                    <span aria-hidden="true" className="ml-3 text-muted">
                      →
                    </span>
                  </td>
                  <td className="py-2.5 font-medium text-ink">{r.next}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-muted">{t("devicesNote")}</p>
      <div className="sticky bottom-0 z-10 -mx-5 -mb-4 flex justify-end gap-2 border-t border-line bg-subtle px-5 py-3">
        <Button variant="secondary" onClick={onBack} disabled={pending}>
          {t("back")}
        </Button>
        <Button variant={verdict === "downgrade" ? "danger" : "primary"} onClick={onApply} pending={pending} autoFocus>
          {pending ? t("applying") : t("apply")}
        </Button>
      </div>
    </div>
  );
}

function TryFeatures({ applied, pending, onLater, onSave }: { applied: ApplyResult; pending: boolean; onLater: () => void; onSave: (settings: Record<string, boolean>) => void }) {
  const t = useTranslations("activationCode");
  const [settings, setSettings] = useState<Record<string, boolean>>(() => Object.fromEntries(applied.gained.map((f) => [f, true])));
  const headingId = useId();
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(settings);
      }}
    >
      <div>
        <h3 id={headingId} className="text-base font-semibold text-ink">
          {t("tryTitle")}
        </h3>
        <p className="mt-1 text-sm text-muted">{t("tryDescription")}</p>
      </div>
      <fieldset aria-labelledby={headingId} className="flex flex-col gap-2">
        {applied.gained.map((feature) => (
          <label key={feature} className="flex items-center gap-3 rounded-md border border-line px-3 py-2.5 text-sm text-ink hover:bg-subtle">
            <input
              type="checkbox"
              className="size-4 accent-brand"
              checked={settings[feature] ?? false}
              onChange={(e) => setSettings((s) => ({ ...s, [feature]: e.target.checked }))}
            />
            {featureLabel(feature)}
          </label>
        ))}
      </fieldset>
      <div className="sticky bottom-0 z-10 -mx-5 -mb-4 flex justify-end gap-2 border-t border-line bg-subtle px-5 py-3">
        <Button variant="secondary" onClick={onLater} disabled={pending}>
          {t("later")}
        </Button>
        <Button type="submit" pending={pending}>
          {t("ok")}
        </Button>
      </div>
    </form>
  );
}
