import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { allowed } from "@/lib/access/workspace";
import { EXPIRY_CHOICES } from "@/lib/api-tokens/rules";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import { countryName, currencyName } from "@/lib/format/display-names";
import { runReads } from "@/lib/operations/read";
import { apiTokens, workspaceSettings } from "@/lib/settings/reads";
import { workspacePageFor } from "@/lib/workspaces/current";
import { resellerLinksOfWorkspace } from "@/lib/reseller/links";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { webhookOverviewRead } from "@/lib/webhooks/reads";
import { peopleRead } from "@/lib/workspaces/invitations";
import { PeopleSection } from "@/components/people/people-section";
import {
  createTokenAction,
  createWebhookAction,
  decideResellerInvitationAction,
  endResellerLinkAction,
  inviteMemberAction,
  resendInvitationAction,
  revokeTokenAction,
  setRequireTwoFactorAction,
  webhookAction,
  withdrawInvitationAction,
} from "./actions";
import { WorkspaceResellerLinks } from "@/components/reseller-links/workspace-links";
import { ApiTokensSection } from "@/components/api-tokens/api-tokens-section";
import { tokenRows } from "@/components/api-tokens/rows";
import { TwoFactorPolicyCard } from "@/components/two-factor/policy-card";
import { WebhooksSection } from "@/components/webhooks/webhooks-section";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  // Supervisors only: 404 to everyone else.
  const ctx = await workspacePageFor(slug, "settings");
  const [[settings, tokens, resellerLinks, people, webhooks], t, tCommon, uiLocale] = await Promise.all([
    runReads(ctx, workspaceSettings, apiTokens, resellerLinksOfWorkspace, peopleRead, allowed(ctx, "webhook", "read") && webhookOverviewRead),
    getTranslations("settings"),
    getTranslations("common"),
    getLocale(),
  ]);
  if (!settings) notFound();
  const { locale, timeZone } = settings;

  const rows: [string, React.ReactNode][] = [
    [t("details.name"), settings.name],
    [t("details.slug"), <code key="slug" className="rounded bg-subtle px-1.5 py-0.5 font-mono text-xs">{`/w/${settings.slug}`}</code>],
    [t("details.country"), `${countryName(settings.country, uiLocale)} (${settings.country})`],
    [t("details.currency"), `${settings.currency} · ${currencyName(settings.currency, uiLocale)}`],
    [
      t("details.locale"),
      t("details.localeValue", {
        locale,
        sample: `${formatMoney(123456, settings.currency, locale)}, ${formatDate(new Date(), locale, timeZone)}`,
      }),
    ],
    [t("details.timeZone"), timeZone.replace(/_/g, " ")],
    [
      t("details.sandbox"),
      settings.isSandbox ? (
        <Badge key="sandbox" tone="warning">
          {settings.expiresAt ? t("details.sandboxExpires", { date: formatDateTime(settings.expiresAt, locale, timeZone) }) : tCommon("yes")}
        </Badge>
      ) : (
        tCommon("no")
      ),
    ],
    [t("details.twoFactor"), settings.requireTwoFactor ? tCommon("yes") : tCommon("no")],
    [t("details.createdAt"), formatDate(settings.createdAt, locale, timeZone, "long")],
  ];

  const tokenList = tokenRows(tokens);

  const day = (d: Date) => formatDate(d, locale, timeZone, "long");
  const pendingInvitations = resellerLinks.invitations
    .filter((i) => i.state === "pending")
    .map((i) => ({ id: i.id, resellerName: i.reseller.name, invitedBy: i.invitedBy, invitedOn: day(i.createdAt) }));
  const decidedInvitations = resellerLinks.invitations
    .filter((i) => i.state !== "pending")
    .slice(0, 5)
    .map((i) => ({ id: i.id, resellerName: i.reseller.name, state: i.state, decidedOn: day(i.decidedAt ?? i.createdAt), decidedBy: i.decidedBy }));

  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <Card title={t("details.title")} titleId="details-title" description={t("details.description")} className="max-w-3xl">
        <dl className="divide-y divide-line">
          {rows.map(([label, value]) => (
            <div key={label} className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="text-sm text-ink sm:col-span-2">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <div className="mt-6 max-w-3xl">
        <PeopleSection
          members={people.members}
          invitations={people.invitations.map((i) => ({
            id: i.id,
            email: i.email,
            role: i.role,
            invitedBy: i.invitedBy,
            expires: formatDateTime(i.expiresAt, locale, timeZone),
            expired: i.expired,
          }))}
          invite={inviteMemberAction.bind(null, ctx.workspace.slug)}
          resend={resendInvitationAction.bind(null, ctx.workspace.slug)}
          withdraw={withdrawInvitationAction.bind(null, ctx.workspace.slug)}
        />
      </div>
      <div className="mt-6">
        <WorkspaceResellerLinks
          pending={pendingInvitations}
          links={resellerLinks.links.map((l) => ({ resellerSlug: l.reseller.slug, resellerName: l.reseller.name, linkedOn: day(l.linkedAt) }))}
          history={decidedInvitations}
          decide={decideResellerInvitationAction.bind(null, ctx.workspace.slug)}
          endLink={endResellerLinkAction.bind(null, ctx.workspace.slug)}
        />
      </div>
      <div className="mt-6">
        <ApiTokensSection
          tokens={tokenList}
          expiryChoices={EXPIRY_CHOICES}
          docsHref="/docs/api"
          createAction={createTokenAction.bind(null, ctx.workspace.slug)}
          revokeAction={revokeTokenAction.bind(null, ctx.workspace.slug)}
        />
      </div>
      {webhooks ? (
        <div className="mt-6">
          <WebhooksSection
            endpoints={webhooks.map(({ deliveries, ...ep }) => ({
              ...ep,
              // Deliveries happen in real time; shown in the workspace's zone.
              deliveries: deliveries.map((d) => ({ ...d, time: formatDateTime(d.lastAttemptAt ?? d.createdAt, locale, timeZone, { seconds: true }) })),
            }))}
            eventTypes={WEBHOOK_EVENT_TYPES}
            docsHref="/docs/api"
            createAction={createWebhookAction.bind(null, ctx.workspace.slug)}
            command={webhookAction.bind(null, ctx.workspace.slug)}
          />
        </div>
      ) : null}
      {allowed(ctx, "settings", "update") ? (
        <div className="mt-6 max-w-3xl">
          <TwoFactorPolicyCard scope="workspace" action={setRequireTwoFactorAction.bind(null, ctx.workspace.slug)} required={settings.requireTwoFactor} />
        </div>
      ) : null}
    </>
  );
}
