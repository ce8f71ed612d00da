"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { notify } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { FormState } from "@/lib/operations/form";
import { setStaffTwoFactorAction } from "./actions";

const IDLE: FormState<boolean> = { status: "idle" };

/** The reseller's policy: its staff must sign in with an authenticator code. */
export function StaffTwoFactorForm({ resellerSlug, required }: { resellerSlug: string; required: boolean }) {
  const t = useTranslations("twoFactor.policy");
  const [state, action, pending] = useActionState(setStaffTwoFactorAction.bind(null, resellerSlug), IDLE);
  useEffect(() => {
    if (state.status === "success") notify.success(state.result ? t("turnedOn") : t("turnedOff"));
  }, [state, t]);
  return (
    <Card title={t("resellerTitle")} titleId="staff-two-factor" description={t("resellerDescription")}>
      <form action={action} className="flex flex-col gap-3">
        <input type="hidden" name="required" value={required ? "off" : "on"} />
        <p className="text-sm text-ink">{required ? t("statusOn") : t("statusOff")}</p>
        {state.status === "error" ? (
          <p role="alert" className="rounded-md border border-danger/30 bg-danger-soft px-3 py-2 text-sm text-danger-ink">
            {state.message}
          </p>
        ) : null}
        <div>
          <Button type="submit" variant={required ? "secondary" : "primary"} pending={pending}>
            {required ? t("turnOff") : t("turnOn")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
