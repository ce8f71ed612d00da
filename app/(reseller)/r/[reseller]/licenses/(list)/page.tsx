import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { runReads } from "@/lib/operations/read";
import { readLicenseFilters, RESELLER_LICENSE_FILTERS, RESELLER_LICENSE_SORTS } from "@/lib/reseller/licenses";
import { resellerForPage } from "@/lib/reseller/current";
import { resellerLicenseFilters, resellerLicenses } from "@/lib/reseller/reads";
import { PAGE_SIZES, parseTableParams } from "@/lib/tables/params";
import { ResellerLicensesTable } from "./columns";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reseller.licenses");
  return { title: t("title") };
}

/** Seed 004: the licenses of every workspace the reseller administers, in one list. */
export default async function ResellerLicensesPage({
  params,
  searchParams,
}: {
  params: Promise<{ reseller: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { reseller: slug } = await params;
  const ctx = await resellerForPage(slug);
  const table = parseTableParams(await searchParams, { sortable: RESELLER_LICENSE_SORTS, defaultSort: "termEnd", filters: RESELLER_LICENSE_FILTERS });
  const query = { ...table, filters: readLicenseFilters(table.filters) };
  const [[page, options], t] = await Promise.all([
    runReads(ctx, resellerLicenses.with(query), resellerLicenseFilters),
    getTranslations("reseller.licenses"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle", { reseller: ctx.reseller.name })} />
      <ResellerLicensesTable
        resellerSlug={ctx.reseller.slug}
        rows={page.rows.map((r) => ({ ...r, termEnd: r.termEnd.toISOString(), purchasedAt: r.purchasedAt.toISOString(), renewedUntil: r.renewedUntil?.toISOString() ?? null }))}
        total={page.total}
        state={{ page: table.page, size: table.size, sort: table.sort, dir: table.dir, q: table.q }}
        filters={query.filters}
        options={options}
        pageSizes={PAGE_SIZES}
      />
    </>
  );
}
