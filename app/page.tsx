import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Logo } from "@/components/shell/logo";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ownPublisher } from "@/lib/access/publisher";
import { listWorkspaces } from "@/lib/access/workspace";
import { requireActor } from "@/lib/auth/session";
import { resellerOf } from "@/lib/reseller";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  return { title: t("title") };
}

/**
 * Where a sign-in lands: the first workspace the account may open; publisher staff land in their
 * publisher's console; anyone else with nothing to open gets a page that says so.
 */
export default async function Home() {
  const actor = await requireActor();
  // Reseller staff start at their customers' list (seed 004: "Manage workspaces").
  const reseller = await resellerOf(actor);
  if (reseller) redirect(`/r/${reseller.slug}/workspaces`);
  const [first] = await listWorkspaces(actor);
  if (first) redirect(`/w/${first.slug}/overview`);
  const publisherOf = await ownPublisher(actor);
  if (publisherOf) redirect(`/p/${publisherOf.slug}/requests`);

  const [t, tApp] = await Promise.all([getTranslations("home"), getTranslations("app")]);
  const publisher = Boolean(actor.publisherId);

  return (
    <div className="min-h-dvh">
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <span className="flex items-center gap-2 font-semibold text-ink">
            <Logo />
            {tApp("name")}
          </span>
          <div className="flex items-center gap-4">
            <span className="hidden text-sm text-muted sm:inline">{t("signedInAs", { name: actor.name, email: actor.email })}</span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
        <h1 className="text-2xl font-semibold tracking-tight text-ink">{t("noWorkspaceTitle")}</h1>
        <p className="mt-1 mb-6 max-w-2xl text-sm text-muted">{publisher ? t("publisherIntro") : t("noWorkspaceBody")}</p>
        {publisher ? (
          <Card title={t("publisherTitle")} titleId="reset-requests-title">
            <EmptyState title={t("publisherEmpty")} description={t("publisherBody")} />
          </Card>
        ) : (
          <div className="rounded-lg border border-line bg-surface shadow-card">
            <EmptyState title={t("noWorkspaceEmpty")} description={t("noWorkspaceBody")} />
          </div>
        )}
      </main>
    </div>
  );
}
