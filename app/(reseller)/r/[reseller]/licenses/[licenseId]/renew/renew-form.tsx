"use client";

import { ErrorAlert } from "@/components/ui/error-alert";
import Link from "@/components/ui/link";
import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import { notify } from "@/components/ui/toast";
import { formatDate } from "@/lib/format";
import type { FormState } from "@/lib/operations/form";
import type { RenewalResult } from "@/lib/reseller/renewal";
import { renewAction } from "./actions";

const IDLE: FormState<RenewalResult> = { status: "idle" };

/** Confirm and pay: one key per checkout, so a double click (or a retry) renews once. */
export function RenewForm(props: {
  resellerSlug: string;
  licenseId: string;
  expectedTermEnd: string;
  expectedAmountMinor: number;
  requestKey: string;
  total: string;
  locale: string;
  timeZone: string;
  licenseHref: string;
}) {
  const t = useTranslations("renewal.checkout");
  const [state, action, pending] = useActionState(renewAction.bind(null, props.resellerSlug), IDLE);

  useEffect(() => {
    if (state.status === "success") notify.success(t("successToast"));
    if (state.status === "error") notify.error(t("errorToast"), state.message);
  }, [state, t]);

  if (state.status === "success") {
    const r = state.result;
    return (
      <div role="status" className="mt-5 flex flex-col gap-3 rounded-md border border-success-ink/25 bg-success-soft px-4 py-3 text-sm text-success-ink">
        <p className="font-semibold">{t("successTitle")}</p>
        <p>{t("successBody", { end: formatDate(r.termEnd, props.locale, props.timeZone, "long") })}</p>
        <p>{t("mailed", { to: r.mailedTo.join(", ") })}</p>
        <p className="text-xs">{t("orderRef", { id: r.orderNumber })}</p>
        <Link href={props.licenseHref} className={buttonClass("secondary", "sm", "self-start")}>
          {t("backToLicense")}
        </Link>
      </div>
    );
  }

  return (
    <form action={action} className="mt-5 flex flex-col gap-3">
      <input type="hidden" name="licenseId" value={props.licenseId} />
      <input type="hidden" name="expectedTermEnd" value={props.expectedTermEnd} />
      <input type="hidden" name="expectedAmountMinor" value={props.expectedAmountMinor} />
      <input type="hidden" name="requestKey" value={props.requestKey} />
      {state.status === "error" ? <ErrorAlert size="sm">{state.message}</ErrorAlert> : null}
      <Button type="submit" pending={pending} className="w-full">
        {pending ? t("paying") : t("confirm", { total: props.total })}
      </Button>
      <p className="text-xs text-muted">{t("confirmHint")}</p>
    </form>
  );
}
