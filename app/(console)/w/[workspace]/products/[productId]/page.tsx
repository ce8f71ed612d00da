import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RenewalBanner } from "@/components/renewal/renewal-banner";
import { SeatFigures } from "@/components/renewal/seat-figures";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { allowed } from "@/lib/access/workspace";
import { AppError } from "@/lib/errors";
import { parseProductUsersParams, readProductPage } from "@/lib/products/page";
import { PAGE_SIZES } from "@/lib/tables/params";
import { workspaceForPage } from "@/lib/workspaces/current";
import { unassignProduct } from "../../users/actions";
import { STATUS_TONE } from "../columns";
import { ProductUsersTable } from "./users-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("products");
  return { title: t("title") };
}

export default async function ProductPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string; productId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: slug, productId } = await params;
  const ctx = await workspaceForPage(slug);
  const w = ctx.workspace;
  const search = await searchParams;
  const p = parseProductUsersParams(search);
  let data: Awaited<ReturnType<typeof readProductPage>>;
  try {
    data = await readProductPage(ctx, productId, p);
  } catch (e) {
    if (e instanceof AppError && e.status === 404) notFound();
    throw e;
  }
  const [t, tEnums, tStatus] = await Promise.all([getTranslations("productPage"), getTranslations("enums"), getTranslations("renewal.status")]);
  const { product, users, banner, window } = data;
  const base = `/w/${w.slug}`;
  const canUnassign = allowed(ctx, "assignment", "delete");
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
          product.statuses.length ? (
            <ul className="flex flex-wrap gap-1" aria-label={t("columns.status")}>
              {product.statuses.map((s) => (
                <li key={s}>
                  <Badge tone={STATUS_TONE[s]}>{tStatus(s)}</Badge>
                </li>
              ))}
            </ul>
          ) : null
        }
      />
      <RenewalBanner banner={banner} window={window} base={base} locale={w.locale} productId={product.id} />
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
        <ProductUsersTable
          productId={product.id}
          productName={product.name}
          rows={users.rows.map((r) => ({ ...r, assignedAt: r.assignedAt.toISOString() }))}
          total={users.total}
          state={{ page: p.page, size: p.size, sort: p.sort, dir: p.dir, q: p.q }}
          view={p.view}
          requiresRenewal={users.requiresRenewal}
          pageSizes={PAGE_SIZES}
          unassign={canUnassign ? unassignProduct.bind(null, w.slug) : null}
        />
      </section>
    </>
  );
}
