"use client";

import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "./actions";

function Submit() {
  const t = useTranslations("sessions");
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant="danger" pending={pending}>
      {pending ? t("pending") : t("signOutEverywhere")}
    </Button>
  );
}

/** Ends every session of the account; a plain form post, so it works before scripts load too. */
export function SignOutEverywhere() {
  return (
    <form action={signOutEverywhereAction}>
      <Submit />
    </form>
  );
}
