import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ConsoleShell } from "@/components/shell/console-shell";
import { Badge } from "@/components/ui/badge";
import { resellerForPage } from "@/lib/reseller/current";

export const dynamic = "force-dynamic";

/** The reseller's own console: every customer workspace and their licenses at once. */
export default async function ResellerLayout({ children, params }: { children: ReactNode; params: Promise<{ reseller: string }> }) {
  const { reseller: slug } = await params;
  const ctx = await resellerForPage(slug);
  const t = await getTranslations("reseller");
  const base = `/r/${ctx.reseller.slug}`;
  return (
    <ConsoleShell
      homeHref={`${base}/workspaces`}
      place={
        <div className="flex items-center gap-2">
          <span className="text-sm font-medium text-ink">{ctx.reseller.name}</span>
          <Badge tone="brand">{t("partnerBadge")}</Badge>
        </div>
      }
      user={{ name: ctx.actor.name, line: t("staffOf", { reseller: ctx.reseller.name }) }}
      links={[{ href: "/account/security", label: t("accountSecurity") }]}
      tabs={[
        { href: `${base}/workspaces`, label: t("nav.workspaces") },
        { href: `${base}/licenses`, label: t("nav.licenses") },
        { href: `${base}/api-tokens`, label: t("nav.apiTokens") },
      ]}
      tabsLabel={t("nav.label")}
    >
      {children}
    </ConsoleShell>
  );
}
