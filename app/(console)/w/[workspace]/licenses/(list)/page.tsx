import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { LICENSE_SORTS } from "@/lib/licenses";
import { licensesPage } from "@/lib/licenses/reads";
import { runRead } from "@/lib/operations/read";
import { PAGE_SIZES, parseTableParams } from "@/lib/tables/params";
import { workspaceForPage } from "@/lib/workspaces/current";
import { LicensesTable } from "./columns";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("licenses");
  return { title: t("title") };
}

export default async function LicensesPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: slug } = await params;
  const ctx = await workspaceForPage(slug);
  const table = parseTableParams(await searchParams, { sortable: LICENSE_SORTS, defaultSort: "termEnd" });
  const [page, t] = await Promise.all([
    runRead(ctx, licensesPage.with(table)),
    getTranslations("licenses"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <LicensesTable
        rows={page.rows}
        total={page.total}
        state={{ page: table.page, size: table.size, sort: table.sort, dir: table.dir, q: table.q }}
        pageSizes={PAGE_SIZES}
      />
    </>
  );
}
