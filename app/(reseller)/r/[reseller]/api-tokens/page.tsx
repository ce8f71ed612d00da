import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiTokensSection, type TokenRow } from "@/components/api-tokens/api-tokens-section";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { listResellerTokenActivity, listResellerTokens, RESELLER_TOKEN_ROLES } from "@/lib/api-tokens/reseller";
import { EXPIRY_CHOICES, tokenState } from "@/lib/api-tokens/rules";
import { formatDateTime } from "@/lib/format";
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

  // Token expiry is a security boundary: checked against the real time (see tokenState).
  const now = new Date();
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const rows: TokenRow[] = tokens.map((tk) => ({
    ...tk,
    createdAt: tk.createdAt.toISOString(),
    lastUsedAt: iso(tk.lastUsedAt),
    expiresAt: iso(tk.expiresAt),
    revokedAt: iso(tk.revokedAt),
    state: tokenState(tk, now),
  }));

  const th = "px-4 py-2.5 text-left text-xs font-semibold tracking-wide whitespace-nowrap text-muted uppercase";
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
      <Card title={t("auditTitle")} titleId="token-activity-title" description={t("auditDescription")} className="mt-8 max-w-5xl" bodyClassName="p-0">
        {activity.length === 0 ? (
          <EmptyState title={t("auditEmpty")} />
        ) : (
          <div className="relative overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">{t("auditTableLabel")}</caption>
              <thead className="bg-subtle">
                <tr className="border-b border-line">
                  <th scope="col" className={th}>{t("auditColumns.when")}</th>
                  <th scope="col" className={th}>{t("auditColumns.who")}</th>
                  <th scope="col" className={th}>{t("auditColumns.what")}</th>
                </tr>
              </thead>
              <tbody>
                {activity.map((a) => (
                  <tr key={a.id} className="border-b border-line last:border-b-0">
                    <td className="px-4 py-2.5 whitespace-nowrap">{formatDateTime(a.occurredAt, "en", "UTC")}</td>
                    <td className="px-4 py-2.5">{a.actorLabel}</td>
                    <td className="px-4 py-2.5 text-ink">{describe(a)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
