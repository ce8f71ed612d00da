import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrderButton } from "@/components/orders";
import { RenewalBanner } from "@/components/renewal/renewal-banner";
import { SeatFigures } from "@/components/renewal/seat-figures";
import { PageHeader } from "@/components/shell/page-header";
import { BulkJobProgress } from "@/components/unassign/bulk-job-progress";
import { Badge } from "@/components/ui/badge";
import { allowed } from "@/lib/access/workspace";
import { AppError } from "@/lib/errors";
import { runReads } from "@/lib/operations/read";
import { orderable as orderableRead } from "@/lib/orders/reads";
import { productLicensed } from "@/lib/products";
import { parseProductUsersParams, productPage } from "@/lib/products/page";
import { seatShortage } from "@/lib/seats/rules";
import { latestUnassignment } from "@/lib/seats/reads";
import { PAGE_SIZES } from "@/lib/tables/params";
import { detailSubject, requireInWorkspace } from "@/lib/workspaces/current";
import { STATUS_TONE } from "../(list)/columns";
import { ProductUsersTable } from "./users-table";

export const dynamic = "force-dynamic";

/** Names the product ("Studio · Products · License Console"), not only the tab. */
export async function generateMetadata({ params }: { params: Promise<{ workspace: string; productId: string }> }): Promise<Metadata> {
  const { workspace, productId } = await params;
  const [t, { name }] = await Promise.all([getTranslations("products"), detailSubject(workspace, productId, "product", productLicensed)]);
  return { title: name ? `${name} · ${t("title")}` : t("title") };
}

export default async function ProductPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string; productId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: slug, productId } = await params;
  // The layout's check of the id, awaited (not repeated) so its transaction ends before ours opens.
  const ctx = await requireInWorkspace(slug, productId, "product", productLicensed);
  const w = ctx.workspace;
  const search = await searchParams;
  const p = parseProductUsersParams(search);
  const canUnassign = allowed(ctx, "assignment", "delete");
  const canOrder = allowed(ctx, "order", "create");
  let reads;
  try {
    // "Come back to the result": the product's latest tracked unassignment of the last day.
    reads = await runReads(ctx, productPage.with({ productId, users: p }), canUnassign && latestUnassignment.with(productId), canOrder && orderableRead);
  } catch (e) {
    if (e instanceof AppError && e.status === 404) notFound();
    throw e;
  }
  const [data, operation, orderable] = reads;
  const [t, tEnums, tStatus, tBanner] = await Promise.all([
    getTranslations("productPage"),
    getTranslations("enums"),
    getTranslations("renewal.status"),
    getTranslations("renewal.banner"),
  ]);
  const { product, users, banner, window, state } = data;
  const base = `/w/${w.slug}`;
  const shortage = seatShortage(product);
  const renewOpen = state.inWindow && orderable !== null;
  // The banner's call to order, on this page a dialog for this product (elsewhere a link here).
  const bannerOrder =
    orderable && state.inWindow && banner && shortage > 0 && (banner.kind === "partialBeforeAnniversary" || banner.kind === "partialAfterAnniversary" || banner.kind === "windowOpen") ? (
      <OrderButton kind="renewal" products={orderable.licensed} productId={product.id} quantity={shortage} size="sm">
        {tBanner(banner.kind === "windowOpen" ? "windowOpen.action" : `${banner.kind}.action`)}
      </OrderButton>
    ) : null;
  const exportQuery = new URLSearchParams();
  if (p.view !== "all") exportQuery.set("view", p.view);
  if (p.q) exportQuery.set("q", p.q);
  exportQuery.set("sort", `${p.sort}.${p.dir}`);

  return (
    <>
      <nav aria-label={t("back")} className="mb-3 text-sm">
        <Link href={`${base}/products`} className="rounded text-brand hover:underline">
          ← {t("back")}
        </Link>
      </nav>
      <PageHeader
        title={product.name}
        description={`${product.publisher} · ${tEnums(`licensingModel.${product.licensingModel}`)} · ${t("sku")} ${product.sku}`}
        actions={
          product.statuses.length || orderable ? (
            <div className="flex flex-wrap items-center justify-end gap-3">
              {product.statuses.length ? (
                <ul className="flex flex-wrap gap-1" aria-label={t("columns.status")}>
                  {product.statuses.map((s) => (
                    <li key={s}>
                      <Badge tone={STATUS_TONE[s]}>{tStatus(s)}</Badge>
                    </li>
                  ))}
                </ul>
              ) : null}
              {orderable ? (
                <div className="flex flex-wrap gap-2" role="group" aria-label={t("orderActions")}>
                  {renewOpen ? (
                    <OrderButton kind="renewal" products={orderable.licensed} productId={product.id} quantity={shortage > 0 ? shortage : undefined} variant="primary" />
                  ) : null}
                  <OrderButton kind="add_licenses" products={orderable.licensed} productId={product.id} variant={renewOpen ? "secondary" : "primary"} />
                </div>
              ) : null}
            </div>
          ) : null
        }
      />
      <RenewalBanner banner={banner} window={window} base={base} locale={w.locale} productId={product.id} action={bannerOrder} canOrder={canOrder} />
      <SeatFigures seats={product} locale={w.locale} label={t("figuresLabel")} />

      <section aria-labelledby="product-users-title" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="product-users-title" className="text-lg font-semibold text-ink">
            {t("usersTitle")}
          </h2>
          <a
            href={`${base}/products/${product.id}/users.csv?${exportQuery.toString()}`}
            download
            className="inline-flex h-8 items-center gap-1.5 rounded-md border border-line-strong bg-surface px-3 text-sm font-medium text-ink shadow-card hover:bg-subtle"
            title={t("exportHint")}
          >
            <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden="true">
              <path d="M10 3a.75.75 0 0 1 .75.75v7.69l2.72-2.72a.75.75 0 1 1 1.06 1.06l-4 4a.75.75 0 0 1-1.06 0l-4-4a.75.75 0 1 1 1.06-1.06l2.72 2.72V3.75A.75.75 0 0 1 10 3ZM4 15.25a.75.75 0 0 1 .75-.75h10.5a.75.75 0 0 1 0 1.5H4.75a.75.75 0 0 1-.75-.75Z" />
            </svg>
            {t("exportCsv")}
          </a>
        </div>
        {p.view === "requiresRenewal" && users.requiresRenewal > 0 ? (
          <p className="rounded-md border border-warning-line bg-warning-soft px-4 py-2.5 text-sm text-warning-ink">
            {t("requiresRenewalNote", { count: users.requiresRenewal })}
          </p>
        ) : null}
        {operation ? <BulkJobProgress key={`${operation.id}:${operation.status}`} slug={w.slug} initial={operation} announce={false} /> : null}
        <ProductUsersTable
          slug={w.slug}
          productId={product.id}
          productName={product.name}
          rows={users.rows.map((r) => ({ ...r, assignedAt: r.assignedAt.toISOString() }))}
          total={users.total}
          cursors={{ next: users.next, previous: users.previous }}
          state={{ page: 1, size: p.size, sort: p.sort, dir: p.dir, q: p.q }}
          view={p.view}
          requiresRenewal={users.requiresRenewal}
          pageSizes={PAGE_SIZES}
          canUnassign={canUnassign}
        />
      </section>
    </>
  );
}
