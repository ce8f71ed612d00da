"use client";

import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { LicenseState } from "@/lib/licenses";

/** How loud each license state reads: the same in a workspace's list and in a reseller's. */
export const LICENSE_STATE_TONE: Record<LicenseState, BadgeTone> = {
  active: "success",
  expiring: "warning",
  provisional: "warning",
  expired: "danger",
  replaced: "neutral",
  cancelled: "neutral",
};

export function LicenseStateBadge({ state }: { state: LicenseState }) {
  const tEnums = useTranslations("enums");
  return <Badge tone={LICENSE_STATE_TONE[state]}>{tEnums(`licenseState.${state}`)}</Badge>;
}
