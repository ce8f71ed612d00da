"use client";

import { useTranslations } from "next-intl";
import { NotFoundPanel } from "@/components/shell/not-found-panel";

/** Another publisher's console, or a request that is not this publisher's: simply not found. */
export default function PublisherNotFound() {
  const t = useTranslations("errors");
  return <NotFoundPanel title={t("notFoundTitle")} body={t("workspaceNotFoundBody")} href="/" linkLabel={t("goHome")} />;
}
