import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Logo } from "@/components/shell/logo";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { WorkspaceSwitcher } from "@/components/shell/workspace-switcher";
import { WorkspaceTime } from "@/components/shell/workspace-time";
import { Badge } from "@/components/ui/badge";
import { TabNav } from "@/components/ui/tab-nav";
import { WorkspaceProvider } from "@/components/workspace/workspace-context";
import { allowed, inWorkspace, listWorkspaces } from "@/lib/access/workspace";
import { workspaceClock } from "@/lib/clock";
import { resellerOf } from "@/lib/reseller";
import { workspaceForPage } from "@/lib/workspaces/current";

export const dynamic = "force-dynamic";

/** The shell of one workspace: who and where you are, what time it is there, and its tabs. */
export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await workspaceForPage(slug);
  const { workspace } = ctx;
  const [workspaces, clock, reseller, t, tNav, tRoles, tCommon, tApp, tDocs, tReseller, tTwoFactor] = await Promise.all([
    listWorkspaces(ctx.actor),
    inWorkspace(ctx, "clock", "read", (tx) => workspaceClock(tx, workspace.id)),
    // Entered through the reseller: a way back to all of its customers.
    ctx.via === "reseller" ? resellerOf(ctx.actor) : Promise.resolve(null),
    getTranslations("shell"),
    getTranslations("nav"),
    getTranslations("roles"),
    getTranslations("common"),
    getTranslations("app"),
    getTranslations("apiDocs"),
    getTranslations("reseller"),
    getTranslations("twoFactor"),
  ]);

  const base = `/w/${workspace.slug}`;
  const tabs = [
    { href: `${base}/overview`, label: tNav("overview") },
    { href: `${base}/products`, label: tNav("products") },
    { href: `${base}/orders`, label: tNav("orders") },
    { href: `${base}/users`, label: tNav("users") },
    { href: `${base}/licenses`, label: tNav("licenses") },
    { href: `${base}/activations`, label: tNav("activations") },
    { href: `${base}/hosts`, label: tNav("hosts") },
    { href: `${base}/devices`, label: tNav("devices") },
    ...(allowed(ctx, "mail", "read") ? [{ href: `${base}/outbox`, label: tNav("outbox") }] : []),
    ...(allowed(ctx, "settings", "read") ? [{ href: `${base}/settings`, label: tNav("settings") }] : []),
  ];
  const roleLabel = ctx.via === "reseller" ? tRoles("viaReseller", { role: tRoles(ctx.role) }) : tRoles(ctx.role);

  return (
    <WorkspaceProvider
      value={{ slug: workspace.slug, name: workspace.name, locale: workspace.locale, timeZone: workspace.timeZone, currency: workspace.currency, role: ctx.role }}
    >
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-surface px-3 py-2 text-sm font-medium text-brand-ink shadow-overlay focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {tCommon("skipToContent")}
      </a>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 pt-3 sm:px-6">
          <Link href="/" className="flex items-center gap-2 rounded-md font-semibold text-ink">
            <Logo />
            <span>{tApp("name")}</span>
          </Link>
          {reseller ? (
            <Link href={`/r/${reseller.slug}/workspaces`} className="rounded-md text-sm font-medium text-brand-ink underline-offset-2 hover:underline">
              {tReseller("backTo", { reseller: reseller.name })}
            </Link>
          ) : null}
          <div className="flex items-center gap-2">
            <WorkspaceSwitcher
              current={workspace.slug}
              workspaces={workspaces.map((w) => ({ slug: w.slug, name: w.name, role: w.role, isSandbox: w.isSandbox }))}
            />
            {workspace.isSandbox ? (
              <Badge tone="warning" title={t("sandboxHint")}>
                {t("sandbox")}
              </Badge>
            ) : null}
          </div>
          <div className="ml-auto flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
            <div className="flex flex-col leading-tight">
              <span className="text-xs text-muted">{t("workspaceTime")}</span>
              <span className="flex items-center gap-1.5 text-ink">
                <WorkspaceTime iso={clock.now.toISOString()} testClock={clock.testClock} locale={workspace.locale} timeZone={workspace.timeZone} />
                {clock.testClock ? (
                  <Badge tone="info" title={t("testClockHint")}>
                    {t("testClock")}
                  </Badge>
                ) : null}
              </span>
            </div>
            <div className="flex flex-col border-l border-line pl-5 leading-tight">
              <span className="font-medium text-ink">{ctx.actor.name}</span>
              <span className="text-xs text-muted">{roleLabel}</span>
            </div>
            <Link href="/docs/api" className="rounded-md font-medium text-brand-ink underline-offset-2 hover:underline">
              {tDocs("shellLink")}
            </Link>
            <Link href="/account/security" className="rounded-md font-medium text-brand-ink underline-offset-2 hover:underline">
              {tTwoFactor("navLink")}
            </Link>
            <SignOutButton />
          </div>
        </div>
        <div className="mx-auto mt-2 max-w-7xl px-4 sm:px-6">
          <TabNav items={tabs} label={t("tabsLabel")} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none sm:px-6 sm:py-8">
        {children}
      </main>
    </WorkspaceProvider>
  );
}
