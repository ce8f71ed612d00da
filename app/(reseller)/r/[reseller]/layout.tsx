import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Logo } from "@/components/shell/logo";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { Badge } from "@/components/ui/badge";
import { TabNav } from "@/components/ui/tab-nav";
import { resellerForPage } from "@/lib/reseller/current";

export const dynamic = "force-dynamic";

/** The reseller's own console: every customer workspace and their licenses at once. */
export default async function ResellerLayout({ children, params }: { children: ReactNode; params: Promise<{ reseller: string }> }) {
  const { reseller: slug } = await params;
  const ctx = await resellerForPage(slug);
  const [t, tCommon, tApp] = await Promise.all([getTranslations("reseller"), getTranslations("common"), getTranslations("app")]);
  const base = `/r/${ctx.reseller.slug}`;
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-surface px-3 py-2 text-sm font-medium text-brand-ink shadow-overlay focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {tCommon("skipToContent")}
      </a>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 pt-3 sm:px-6">
          <Link href={`${base}/workspaces`} className="flex items-center gap-2 rounded-md font-semibold text-ink">
            <Logo />
            <span>{tApp("name")}</span>
          </Link>
          <div className="flex items-center gap-2">
            <span className="text-sm font-medium text-ink">{ctx.reseller.name}</span>
            <Badge tone="brand">{t("partnerBadge")}</Badge>
          </div>
          <div className="ml-auto flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
            <div className="flex flex-col leading-tight">
              <span className="font-medium text-ink">{ctx.actor.name}</span>
              <span className="text-xs text-muted">{t("staffOf", { reseller: ctx.reseller.name })}</span>
            </div>
            <Link href="/account/security" className="rounded-md text-sm text-brand-ink underline-offset-2 hover:underline">
              {t("accountSecurity")}
            </Link>
            <SignOutButton />
          </div>
        </div>
        <div className="mx-auto mt-2 max-w-7xl px-4 sm:px-6">
          <TabNav
            items={[
              { href: `${base}/workspaces`, label: t("nav.workspaces") },
              { href: `${base}/licenses`, label: t("nav.licenses") },
              { href: `${base}/api-tokens`, label: t("nav.apiTokens") },
            ]}
            label={t("nav.label")}
          />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none sm:px-6 sm:py-8">
        {children}
      </main>
    </>
  );
}
