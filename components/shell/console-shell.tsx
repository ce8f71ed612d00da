import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/language/language-switcher";
import { Logo } from "@/components/shell/logo";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { SkipLink } from "@/components/shell/skip-link";
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
  const tApp = await getTranslations("app");
  return (
    <>
      <SkipLink />
      <header className="border-b border-line bg-surface">
        {/* One row from 1280 px: the place takes what the rest leaves and truncates (a workspace name
            of 40+ characters), so the time, the person and the links never drop to a second row
            and leave a gap. Narrower screens wrap, the place first. */}
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 pt-3 sm:px-6 xl:flex-nowrap">
          <Link href={homeHref} className="flex shrink-0 items-center gap-2 rounded-md font-semibold text-ink">
            <Logo />
            <span>{tApp("name")}</span>
          </Link>
          <div className="flex max-w-full min-w-0 flex-wrap items-center gap-x-4 gap-y-2 xl:flex-1 xl:flex-nowrap">{place}</div>
          <div className="ml-auto flex max-w-full flex-wrap items-center gap-x-5 gap-y-2 text-sm xl:shrink-0 xl:flex-nowrap">
            {status}
            <div className={status ? "flex min-w-0 flex-col border-l border-line pl-5 leading-tight" : "flex min-w-0 flex-col leading-tight"}>
              <span className="max-w-48 truncate font-medium text-ink" title={user.name}>
                {user.name}
              </span>
              <span className="max-w-48 truncate text-xs text-muted" title={user.line}>
                {user.line}
              </span>
            </div>
            {links.map((l) => (
              <Link key={l.href} href={l.href} className={`${headerLink} whitespace-nowrap`}>
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
