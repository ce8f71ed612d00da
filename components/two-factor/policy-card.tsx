"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { notify } from "@/components/ui/toast";
import type { FormState } from "@/lib/operations/form";

export type TwoFactorPolicyAction = (prev: FormState<{ requireTwoFactor: boolean }>, formData: FormData) => Promise<FormState<{ requireTwoFactor: boolean }>>;

const IDLE: FormState<{ requireTwoFactor: boolean }> = { status: "idle" };

/**
 * Requiring the authenticator step of everybody in a scope: a workspace's admins and
 * supervisors (its supervisor decides) or a reseller's staff (the reseller decides).
 */
export function TwoFactorPolicyCard({ scope, action, required }: { scope: "workspace" | "reseller"; action: TwoFactorPolicyAction; required: boolean }) {
  const t = useTranslations("twoFactor.policy");
  const [state, submit, pending] = useActionState(action, IDLE);
  useEffect(() => {
    if (state.status === "success") notify.success(state.result.requireTwoFactor ? t("turnedOn") : t("turnedOff"));
  }, [state, t]);
  return (
    <Card title={t(`${scope}Title`)} titleId={`${scope}-two-factor`} description={t(`${scope}Description`)}>
      <form action={submit} className="flex flex-col gap-3">
        <input type="hidden" name="required" value={required ? "off" : "on"} />
        <p className="text-sm text-ink">{required ? t("statusOn") : t("statusOff")}</p>
        {state.status === "error" ? <ErrorAlert size="sm">{state.message}</ErrorAlert> : null}
        <div>
          <Button type="submit" variant={required ? "secondary" : "primary"} pending={pending}>
            {required ? t("turnOff") : t("turnOn")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
