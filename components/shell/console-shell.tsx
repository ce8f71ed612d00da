import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/language/language-switcher";
import { Logo } from "@/components/shell/logo";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { TabNav, type TabItem } from "@/components/ui/tab-nav";

const headerLink = "rounded-md font-medium text-brand-ink underline-offset-2 hover:underline";

/**
 * The frame of every console (a workspace, a reseller's, a publisher's): a skip link, the
 * header with where you are and who you are, the tabs, and the main region they label.
 */
export async function ConsoleShell({
  homeHref,
  place,
  status,
  user,
  links = [],
  tabs,
  tabsLabel,
  children,
}: {
  homeHref: string;
  /** Beside the logo: which workspace or company this is. */
  place: ReactNode;
  /** Before the signed-in person (e.g. the workspace's time). */
  status?: ReactNode;
  user: { name: string; line: string };
  links?: { href: string; label: string }[];
  tabs: TabItem[];
  tabsLabel: string;
  children: ReactNode;
}) {
  const [tCommon, tApp] = await Promise.all([getTranslations("common"), getTranslations("app")]);
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
          <Link href={homeHref} className="flex items-center gap-2 rounded-md font-semibold text-ink">
            <Logo />
            <span>{tApp("name")}</span>
          </Link>
          {place}
          <div className="ml-auto flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
            {status}
            <div className={status ? "flex flex-col border-l border-line pl-5 leading-tight" : "flex flex-col leading-tight"}>
              <span className="font-medium text-ink">{user.name}</span>
              <span className="text-xs text-muted">{user.line}</span>
            </div>
            {links.map((l) => (
              <Link key={l.href} href={l.href} className={headerLink}>
                {l.label}
              </Link>
            ))}
            <LanguageSwitcher />
            <SignOutButton />
          </div>
        </div>
        <div className="mx-auto mt-2 max-w-7xl px-4 sm:px-6">
          <TabNav items={tabs} label={tabsLabel} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none sm:px-6 sm:py-8">
        {children}
      </main>
    </>
  );
}
