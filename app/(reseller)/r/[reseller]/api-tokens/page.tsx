import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiTokensSection } from "@/components/api-tokens/api-tokens-section";
import { tokenRows } from "@/components/api-tokens/rows";
import { TokenActivityCard } from "@/components/api-tokens/token-activity";
import { PageHeader } from "@/components/shell/page-header";
import { listResellerTokenActivity, listResellerTokens, RESELLER_TOKEN_ROLES } from "@/lib/api-tokens/reseller";
import { EXPIRY_CHOICES } from "@/lib/api-tokens/rules";
import { resellerForPage } from "@/lib/reseller/current";
import { createResellerTokenAction, revokeResellerTokenAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("resellerApiTokens");
  return { title: t("title") };
}

/** The reseller's API tokens: each reaches every workspace linked to the reseller. */
export default async function ResellerApiTokensPage({ params }: { params: Promise<{ reseller: string }> }) {
  const { reseller: slug } = await params;
  const ctx = await resellerForPage(slug);
  const [tokens, activity, t, tRoles] = await Promise.all([
    listResellerTokens(ctx),
    listResellerTokenActivity(ctx),
    getTranslations("resellerApiTokens"),
    getTranslations("roles"),
  ]);

  const rows = tokenRows(tokens);

  const describe = (a: (typeof activity)[number]) => {
    const data = a.data as { name?: string; role?: string };
    const role = data.role === "admin" || data.role === "viewer" ? tRoles(data.role) : "";
    if (a.action === "api_token.created") return t("auditAction.created", { name: data.name ?? "", role });
    if (a.action === "api_token.revoked") return t("auditAction.revoked", { name: data.name ?? "" });
    return a.action;
  };

  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle", { reseller: ctx.reseller.name })} />
      <ApiTokensSection
        scope="reseller"
        roles={RESELLER_TOKEN_ROLES}
        tokens={rows}
        expiryChoices={EXPIRY_CHOICES}
        docsHref="/docs/api"
        createAction={createResellerTokenAction.bind(null, ctx.reseller.slug)}
        revokeAction={revokeResellerTokenAction.bind(null, ctx.reseller.slug)}
      />
      <TokenActivityCard namespace="resellerApiTokens" activity={activity.map((a) => ({ ...a, what: describe(a) }))} />
    </>
  );
}
