import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ConsoleShell } from "@/components/shell/console-shell";
import { WorkspaceSwitcher } from "@/components/shell/workspace-switcher";
import { WorkspaceTime } from "@/components/shell/workspace-time";
import { Badge } from "@/components/ui/badge";
import { WorkspaceProvider } from "@/components/workspace/workspace-context";
import { allowed } from "@/lib/access/workspace";
import { workspaceShellFor } from "@/lib/workspaces/current";

export const dynamic = "force-dynamic";

/** The shell of one workspace: who and where you are, what time it is there, and its tabs. */
export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  // The switcher's list, the clock and the way back were read with the workspace, in one transaction.
  const { ctx, shell } = await workspaceShellFor(slug);
  const { workspace } = ctx;
  const { workspaces, clock, reseller } = shell;
  const [t, tNav, tRoles, tDocs, tReseller, tTwoFactor] = await Promise.all([
    getTranslations("shell"),
    getTranslations("nav"),
    getTranslations("roles"),
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
    ...(allowed(ctx, "audit_log", "read") ? [{ href: `${base}/audit`, label: tNav("audit") }] : []),
    ...(allowed(ctx, "mail", "read") ? [{ href: `${base}/outbox`, label: tNav("outbox") }] : []),
    ...(allowed(ctx, "settings", "read") ? [{ href: `${base}/settings`, label: tNav("settings") }] : []),
  ];
  const roleLabel = ctx.via === "reseller" ? tRoles("viaReseller", { role: tRoles(ctx.role) }) : tRoles(ctx.role);

  return (
    <WorkspaceProvider
      value={{ slug: workspace.slug, name: workspace.name, locale: workspace.locale, timeZone: workspace.timeZone, currency: workspace.currency, role: ctx.role }}
    >
      <ConsoleShell
        homeHref="/"
        place={
          <>
            {reseller ? (
              <Link href={`/r/${reseller.slug}/workspaces`} className="max-w-64 truncate rounded-md text-sm font-medium whitespace-nowrap text-brand-ink underline-offset-2 hover:underline" title={tReseller("backTo", { reseller: reseller.name })}>
                {tReseller("backTo", { reseller: reseller.name })}
              </Link>
            ) : null}
            {/* Wraps on a phone: "Piaskownica" beside the switcher is wider than the screen. */}
            <div className="flex max-w-full min-w-0 flex-wrap items-center gap-2 xl:flex-1 xl:flex-nowrap">
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
          </>
        }
        status={
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
        }
        user={{ name: ctx.actor.name, line: roleLabel }}
        links={[
          { href: "/docs/api", label: tDocs("shellLink") },
          { href: "/account/security", label: tTwoFactor("navLink") },
        ]}
        tabs={tabs}
        tabsLabel={t("tabsLabel")}
      >
        {children}
      </ConsoleShell>
    </WorkspaceProvider>
  );
}
