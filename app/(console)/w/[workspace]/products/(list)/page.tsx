import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RenewalBanner } from "@/components/renewal/renewal-banner";
import { PageHeader } from "@/components/shell/page-header";
import { runRead } from "@/lib/operations/read";
import { PRODUCT_SORTS, PRODUCT_STATUS_FILTERS, type ProductStatusFilter } from "@/lib/products";
import { productsPage } from "@/lib/products/page";
import { PAGE_SIZES, parseTableParams } from "@/lib/tables/params";
import { allowed } from "@/lib/access/workspace";
import { workspaceForPage } from "@/lib/workspaces/current";
import { ProductsTable } from "./columns";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("products");
  return { title: t("title") };
}

export default async function ProductsPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: slug } = await params;
  const ctx = await workspaceForPage(slug);
  const w = ctx.workspace;
  const table = parseTableParams(await searchParams, { sortable: PRODUCT_SORTS, defaultSort: "name", filters: ["status"] });
  const status = (PRODUCT_STATUS_FILTERS as readonly string[]).includes(table.filters.status ?? "") ? (table.filters.status as ProductStatusFilter) : null;
  if (!status) delete table.filters.status;
  const [{ page, inWindow, banner, window }, t] = await Promise.all([
    runRead(ctx, productsPage.with(table)),
    getTranslations("products"),
  ]);

  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <RenewalBanner banner={banner} window={window} base={`/w/${w.slug}`} locale={w.locale} canOrder={allowed(ctx, "order", "create")} />
      {inWindow ? <p className="-mt-3 mb-4 text-sm text-muted">{t("windowNote")}</p> : null}
      <ProductsTable
        rows={page.rows}
        total={page.total}
        state={{ page: table.page, size: table.size, sort: table.sort, dir: table.dir, q: table.q }}
        status={status}
        inWindow={inWindow}
        pageSizes={PAGE_SIZES}
      />
    </>
  );
}
