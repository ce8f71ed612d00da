import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ConsoleShell } from "@/components/shell/console-shell";
import { publisherForPage } from "@/lib/hosts/publisher-page";

export const dynamic = "force-dynamic";

/** The shell of a publisher's console: who and which publisher, its reset requests and its API tokens. */
export default async function PublisherLayout({ children, params }: { children: ReactNode; params: Promise<{ publisher: string }> }) {
  const { publisher: slug } = await params;
  const ctx = await publisherForPage(slug);
  const [t, tDocs, tTwoFactor] = await Promise.all([getTranslations("publisher"), getTranslations("apiDocs"), getTranslations("twoFactor")]);
  const base = `/p/${ctx.publisher.slug}`;
  return (
    <ConsoleShell
      homeHref={`${base}/requests`}
      place={<span className="text-sm text-muted">{t("consoleOf", { publisher: ctx.publisher.name })}</span>}
      user={{ name: ctx.actor.name, line: t("staffOf", { publisher: ctx.publisher.name }) }}
      links={[
        { href: "/docs/api", label: tDocs("shellLink") },
        { href: "/account/security", label: tTwoFactor("navLink") },
      ]}
      tabs={[
        { href: `${base}/requests`, label: t("tabs.requests") },
        { href: `${base}/api-tokens`, label: t("tabs.tokens") },
      ]}
      tabsLabel={t("tabsLabel")}
    >
      {children}
    </ConsoleShell>
  );
}
