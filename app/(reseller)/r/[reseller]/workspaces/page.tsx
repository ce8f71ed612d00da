import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { CreateCustomerForm, InviteCustomerForm } from "@/components/reseller-links/hub-forms";
import { HubInvitations } from "@/components/reseller-links/hub-invitations";
import { formatDate } from "@/lib/format";
import { countryName } from "@/lib/format/display-names";
import { runReads } from "@/lib/operations/read";
import { resellerInvitationList } from "@/lib/reseller/links";
import { COUNTRY_CODES, countryDefaults, countryZones } from "@/lib/workspaces/countries";
import { RESELLER_WORKSPACE_SORTS } from "@/lib/reseller";
import { resellerForPage } from "@/lib/reseller/current";
import { resellerWorkspaces } from "@/lib/reseller/reads";
import { PAGE_SIZES, parseTableParams } from "@/lib/tables/params";
import { WorkspacesTable } from "./columns";
import { TwoFactorPolicyCard } from "@/components/two-factor/policy-card";
import { createCustomerAction, endLinkAction, inviteAction, setStaffTwoFactorAction, withdrawInvitationAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reseller.workspaces");
  return { title: t("title") };
}

export default async function ResellerWorkspacesPage({
  params,
  searchParams,
}: {
  params: Promise<{ reseller: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { reseller: slug } = await params;
  const ctx = await resellerForPage(slug);
  const table = parseTableParams(await searchParams, { sortable: RESELLER_WORKSPACE_SORTS, defaultSort: "name" });
  const [[page, invitations], t, uiLocale] = await Promise.all([
    runReads(ctx, resellerWorkspaces.with(table), resellerInvitationList.with(20)),
    getTranslations("reseller.workspaces"),
    getLocale(),
  ]);
  // The hub has no workspace of its own: its dates read in the reader's language, in UTC.
  const countries = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, uiLocale), timeZone: countryDefaults(code).timeZone, zones: countryZones(code) })).sort((a, b) =>
    a.name.localeCompare(b.name, uiLocale),
  );
  // The console's customers are mostly Polish and German (docs/ARCHITECTURE.md): a German reader starts from Germany.
  const initialCountry = uiLocale === "de" ? "DE" : "PL";
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle", { reseller: ctx.reseller.name })} />
      <WorkspacesTable
        rows={page.rows}
        total={page.total}
        state={{ page: table.page, size: table.size, sort: table.sort, dir: table.dir, q: table.q }}
        pageSizes={PAGE_SIZES}
        endLink={endLinkAction.bind(null, ctx.reseller.slug)}
      />
      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <InviteCustomerForm action={inviteAction.bind(null, ctx.reseller.slug)} />
        <CreateCustomerForm action={createCustomerAction.bind(null, ctx.reseller.slug)} countries={countries} initialCountry={initialCountry} resellerName={ctx.reseller.name} />
      </div>
      <div className="mt-6">
        <HubInvitations
          rows={invitations.map((i) => ({
            id: i.id,
            invitedAs: i.invitedAs,
            state: i.state,
            invitedBy: i.invitedBy,
            sentOn: formatDate(i.createdAt, uiLocale, "UTC", "long"),
            workspaceName: i.workspace?.name ?? null,
          }))}
          withdraw={withdrawInvitationAction.bind(null, ctx.reseller.slug)}
        />
      </div>
      <div className="mt-8 max-w-2xl">
        <TwoFactorPolicyCard scope="reseller" action={setStaffTwoFactorAction.bind(null, ctx.reseller.slug)} required={ctx.reseller.requireTwoFactor} />
      </div>
    </>
  );
}
