import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { inWorkspace } from "@/lib/access/workspace";
import { renewalState } from "@/lib/overview";
import { listProducts, PRODUCT_SORTS } from "@/lib/products";
import { PAGE_SIZES, parseTableParams } from "@/lib/tables/params";
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
  const table = parseTableParams(await searchParams, { sortable: PRODUCT_SORTS, defaultSort: "name" });
  const [{ page, inWindow }, t] = await Promise.all([
    inWorkspace(ctx, "product", "read", async (tx) => {
      const { inWindow } = await renewalState(tx, ctx.workspace);
      return { page: await listProducts(tx, ctx.workspace.id, table, { inRenewalWindow: inWindow }), inWindow };
    }),
    getTranslations("products"),
  ]);

  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      {inWindow ? (
        <p className="mb-4 flex items-start gap-2 rounded-md border border-warning-line bg-warning-soft px-4 py-2.5 text-sm text-warning-ink">
          <svg viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0" fill="currentColor" aria-hidden="true">
            <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm.75 4v1.5h-1.5V6h1.5Zm0 3v5h-1.5V9h1.5Z" />
          </svg>
          {t("windowNote")}
        </p>
      ) : null}
      <ProductsTable
        rows={page.rows}
        total={page.total}
        state={{ page: table.page, size: table.size, sort: table.sort, dir: table.dir, q: table.q }}
        pageSizes={PAGE_SIZES}
      />
    </>
  );
}
