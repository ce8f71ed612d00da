"use client";

import { useTransition } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";

export type SwitcherWorkspace = { slug: string; name: string; role: "supervisor" | "admin" | "viewer"; isSandbox: boolean };

/** Tabs that only some roles see; switching into a workspace without them lands on the overview. */
const SUPERVISOR_TABS = new Set(["settings"]);

/**
 * A labelled native select of every workspace the account may open, with its role there.
 * Choosing one opens the same tab in that workspace.
 */
export function WorkspaceSwitcher({ current, workspaces }: { current: string; workspaces: SwitcherWorkspace[] }) {
  const t = useTranslations("shell");
  const tRoles = useTranslations("roles");
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  function open(slug: string) {
    const target = workspaces.find((w) => w.slug === slug);
    if (!target || slug === current) return;
    const tab = pathname.split("/")[3] || "overview";
    const allowedTab = SUPERVISOR_TABS.has(tab) && target.role !== "supervisor" ? "overview" : tab;
    startTransition(() => router.push(`/w/${slug}/${allowedTab}`));
  }

  return (
    // On a phone the select shares the row with its label and shrinks to what is left: a select is
    // as wide as its longest option, and at its 14 rem minimum the row was wider than a 390 px screen.
    <div className="flex max-w-full min-w-0 items-center gap-2 xl:flex-1">
      <label htmlFor="workspace-switcher" className="text-xs font-medium tracking-wide text-muted uppercase xl:sr-only">
        {t("switcherLabel")}
      </label>
      <Select
        id="workspace-switcher"
        value={current}
        onChange={(e) => open(e.target.value)}
        disabled={pending}
        // A long name (40+ characters) is cut by the select's width; the tooltip carries it whole.
        title={workspaces.find((w) => w.slug === current)?.name}
        className="max-w-full min-w-0 flex-1 sm:min-w-56 sm:flex-none xl:max-w-md xl:min-w-40 xl:flex-1 [&>select]:min-w-0 [&>select]:truncate"
        aria-describedby={pending ? "workspace-switching" : undefined}
      >
        {workspaces.map((w) => (
          <option key={w.slug} value={w.slug}>
            {t("switcherOption", { name: w.name, role: tRoles(w.role) })}
          </option>
        ))}
      </Select>
      {pending ? (
        <span id="workspace-switching" role="status" className="flex items-center gap-1.5 text-xs text-muted">
          <Spinner />
          <span className="sr-only">{t("switching")}</span>
        </span>
      ) : null}
    </div>
  );
}
