"use client";

import { ErrorAlert } from "@/components/ui/error-alert";
import Link from "@/components/ui/link";
import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { notify } from "@/components/ui/toast";
import type { Enrolment } from "@/lib/auth/two-factor";
import type { FormState } from "@/lib/operations/form";
import { beginEnrolmentAction, confirmEnrolmentAction, disableTwoFactorAction } from "./actions";

const idle = <O,>(): FormState<O> => ({ status: "idle" });

function ErrorLine({ state }: { state: FormState<unknown> }) {
  return state.status === "error" ? <ErrorAlert size="sm">{state.message}</ErrorAlert> : null;
}

/** Set-up: a QR code and the secret, then one code to confirm, then the recovery codes, once. */
export function EnrolPanel() {
  const t = useTranslations("twoFactor.enrol");
  const [begun, begin, beginning] = useActionState(beginEnrolmentAction, idle<Enrolment>());
  const [confirmed, confirm, confirming] = useActionState(confirmEnrolmentAction, idle<string[]>());
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (confirmed.status === "success") notify.success(t("enabledToast"));
  }, [confirmed, t]);

  if (confirmed.status === "success") {
    return (
      <div className="flex flex-col gap-4 text-sm">
        <div role="status" className="rounded-md border border-success-ink/25 bg-success-soft px-3 py-2 text-success-ink">
          {t("enabled")}
        </div>
        <div>
          <h3 className="font-semibold text-ink">{t("recoveryTitle")}</h3>
          <p className="mt-1 text-muted">{t("recoveryBody")}</p>
          <ul aria-label={t("recoveryTitle")} className="mt-3 grid grid-cols-2 gap-2 rounded-md border border-line bg-subtle p-3 font-mono text-sm sm:grid-cols-5">
            {confirmed.result.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
        <label className="flex items-center gap-2 text-ink">
          <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} className="size-4" />
          {t("savedCheck")}
        </label>
        <Link
          href="/"
          aria-disabled={!saved}
          onClick={(e) => {
            if (!saved) e.preventDefault();
          }}
          className={buttonClass("primary", "md", "self-start")}
        >
          {t("continue")}
        </Link>
      </div>
    );
  }

  if (begun.status !== "success") {
    return (
      <form action={begin} className="flex flex-col gap-3 text-sm">
        <p className="text-ink">{t("intro")}</p>
        <ErrorLine state={begun} />
        <div>
          <Button type="submit" pending={beginning}>
            {t("start")}
          </Button>
        </div>
      </form>
    );
  }

  const e = begun.result;
  return (
    <div className="flex flex-col gap-5 text-sm">
      <ol className="flex list-decimal flex-col gap-1 pl-5 text-ink">
        <li>{t("step1")}</li>
        <li>{t("step2")}</li>
        <li>{t("step3")}</li>
      </ol>
      <div className="flex flex-wrap items-start gap-6">
        <div
          role="img"
          aria-label={t("qrLabel")}
          className="size-48 shrink-0 rounded-md border border-line bg-white p-2 [&_svg]:size-full"
          // The SVG is rendered on the server by the qrcode package from our own otpauth URI.
          dangerouslySetInnerHTML={{ __html: e.qrSvg }}
        />
        <div className="flex min-w-0 flex-col gap-2">
          <span className="text-xs font-medium tracking-wide text-muted uppercase">{t("secretLabel")}</span>
          <code data-testid="totp-secret" className="rounded-md bg-subtle px-2 py-1 font-mono text-sm break-all text-ink">
            {e.secret.match(/.{1,4}/g)?.join(" ")}
          </code>
          <span className="text-xs text-muted">{t("secretHint")}</span>
        </div>
      </div>
      <form action={confirm} className="flex max-w-xs flex-col gap-3">
        <CodeField label={t("codeLabel")} state={confirmed} />
        <div>
          <Button type="submit" pending={confirming}>
            {t("confirm")}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** Turning it off takes a current code. */
export function DisableForm() {
  const t = useTranslations("twoFactor.disable");
  const [state, action, pending] = useActionState(disableTwoFactorAction, idle<null>());
  useEffect(() => {
    if (state.status === "success") notify.success(t("disabledToast"));
  }, [state, t]);
  return (
    <form action={action} className="flex max-w-xs flex-col gap-3">
      <p className="text-muted">{t("intro")}</p>
      <CodeField label={t("codeLabel")} state={state} />
      <div>
        <Button type="submit" variant="danger" pending={pending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}

/** The six-digit code from the authenticator app, with the server's refusal under it. */
function CodeField({ label, state }: { label: string; state: FormState<unknown> }) {
  return (
    <TextField
      label={label}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      required
      maxLength={7}
      error={state.status === "error" ? (state.fieldErrors?.code ?? state.message) : null}
    />
  );
}
