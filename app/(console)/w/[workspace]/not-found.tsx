"use client";

import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { NotFoundPanel } from "@/components/shell/not-found-panel";

/** A page inside an open workspace that does not exist, or that this role may not see. */
export default function WorkspaceNotFound() {
  const t = useTranslations("errors");
  const params = useParams<{ workspace: string }>();
  return (
    <NotFoundPanel
      title={t("notFoundTitle")}
      body={t("workspaceNotFoundBody")}
      href={params?.workspace ? `/w/${params.workspace}/overview` : "/"}
      linkLabel={params?.workspace ? t("goOverview") : t("goHome")}
    />
  );
}
