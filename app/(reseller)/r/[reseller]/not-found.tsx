"use client";

import { useTranslations } from "next-intl";
import { NotFoundPanel } from "@/components/shell/not-found-panel";

/** A reseller page that does not exist, or one this account may not see: the same answer. */
export default function ResellerNotFound() {
  const t = useTranslations("errors");
  return <NotFoundPanel title={t("notFoundTitle")} body={t("notFoundBody")} href="/" linkLabel={t("goHome")} />;
}
