import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { runRead } from "@/lib/operations/read";
import { RESELLER_WORKSPACE_SORTS } from "@/lib/reseller";
import { resellerForPage } from "@/lib/reseller/current";
import { resellerWorkspaces } from "@/lib/reseller/reads";
import { PAGE_SIZES, parseTableParams } from "@/lib/tables/params";
import { WorkspacesTable } from "./columns";
import { TwoFactorPolicyCard } from "@/components/two-factor/policy-card";
import { setStaffTwoFactorAction } from "./actions";

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
  const [page, t] = await Promise.all([runRead(ctx, resellerWorkspaces.with(table)), getTranslations("reseller.workspaces")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle", { reseller: ctx.reseller.name })} />
      <WorkspacesTable
        rows={page.rows}
        total={page.total}
        state={{ page: table.page, size: table.size, sort: table.sort, dir: table.dir, q: table.q }}
        pageSizes={PAGE_SIZES}
      />
      <div className="mt-8 max-w-2xl">
        <TwoFactorPolicyCard scope="reseller" action={setStaffTwoFactorAction.bind(null, ctx.reseller.slug)} required={ctx.reseller.requireTwoFactor} />
      </div>
    </>
  );
}
