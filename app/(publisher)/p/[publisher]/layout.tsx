import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Logo } from "@/components/shell/logo";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { TabNav } from "@/components/ui/tab-nav";
import { publisherForPage } from "@/lib/hosts/publisher-page";

export const dynamic = "force-dynamic";

/** The shell of a publisher's console: who and which publisher, and its one job: reset requests. */
export default async function PublisherLayout({ children, params }: { children: ReactNode; params: Promise<{ publisher: string }> }) {
  const { publisher: slug } = await params;
  const ctx = await publisherForPage(slug);
  const [t, tCommon, tApp] = await Promise.all([getTranslations("publisher"), getTranslations("common"), getTranslations("app")]);
  const base = `/p/${ctx.publisher.slug}`;
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
          <Link href={`${base}/requests`} className="flex items-center gap-2 rounded-md font-semibold text-ink">
            <Logo />
            <span>{tApp("name")}</span>
          </Link>
          <span className="text-sm text-muted">{t("consoleOf", { publisher: ctx.publisher.name })}</span>
          <div className="ml-auto flex items-center gap-5 text-sm">
            <div className="flex flex-col leading-tight">
              <span className="font-medium text-ink">{ctx.actor.name}</span>
              <span className="text-xs text-muted">{t("staffOf", { publisher: ctx.publisher.name })}</span>
            </div>
            <SignOutButton />
          </div>
        </div>
        <div className="mx-auto mt-2 max-w-7xl px-4 sm:px-6">
          <TabNav items={[{ href: `${base}/requests`, label: t("tabs.requests") }]} label={t("tabsLabel")} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none sm:px-6 sm:py-8">
        {children}
      </main>
    </>
  );
}
