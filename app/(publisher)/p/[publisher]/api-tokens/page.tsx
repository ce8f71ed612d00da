import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiTokensSection } from "@/components/api-tokens/api-tokens-section";
import { tokenRows } from "@/components/api-tokens/rows";
import { TokenActivityCard } from "@/components/api-tokens/token-activity";
import { PageHeader } from "@/components/shell/page-header";
import { listPublisherTokenActivity, listPublisherTokens, PUBLISHER_TOKEN_ROLES } from "@/lib/api-tokens/publisher";
import { EXPIRY_CHOICES } from "@/lib/api-tokens/rules";
import { publisherForPage } from "@/lib/hosts/publisher-page";
import { createPublisherTokenAction, revokePublisherTokenAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("publisherApiTokens");
  return { title: t("title") };
}

/** The publisher's API tokens: each acts as its staff in the publisher API (lib/api-tokens/publisher). */
export default async function PublisherApiTokensPage({ params }: { params: Promise<{ publisher: string }> }) {
  const { publisher: slug } = await params;
  const ctx = await publisherForPage(slug);
  const [tokens, activity, t] = await Promise.all([listPublisherTokens(ctx), listPublisherTokenActivity(ctx), getTranslations("publisherApiTokens")]);

  const rows = tokenRows(tokens);

  const describe = (a: (typeof activity)[number]) => {
    const data = a.data as { name?: string };
    if (a.action === "api_token.created") return t("auditAction.created", { name: data.name ?? "" });
    if (a.action === "api_token.revoked") return t("auditAction.revoked", { name: data.name ?? "" });
    return a.action;
  };

  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle", { publisher: ctx.publisher.name })} />
      <ApiTokensSection
        scope="publisher"
        roles={PUBLISHER_TOKEN_ROLES}
        tokens={rows}
        expiryChoices={EXPIRY_CHOICES}
        docsHref="/docs/api"
        examplePath={`/publishers/${ctx.publisher.slug}/reset-requests`}
        createAction={createPublisherTokenAction.bind(null, ctx.publisher.slug)}
        revokeAction={revokePublisherTokenAction.bind(null, ctx.publisher.slug)}
      />
      <TokenActivityCard namespace="publisherApiTokens" activity={activity.map((a) => ({ ...a, what: describe(a) }))} />
    </>
  );
}
