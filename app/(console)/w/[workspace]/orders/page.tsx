import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrderActions } from "@/components/orders";
import { PageHeader } from "@/components/shell/page-header";
import { allowed } from "@/lib/access/workspace";
import { formatCalendarDate } from "@/lib/format";
import { runReads } from "@/lib/operations/read";
import { ORDER_SORTS, ORDER_STATUS_FILTER } from "@/lib/orders/queries";
import { ordersPage } from "@/lib/orders/reads";
import { renewal as renewalRead } from "@/lib/renewal/state";
import { PAGE_SIZES, parseTableParams } from "@/lib/tables/params";
import { workspaceForPage } from "@/lib/workspaces/current";
import { OrdersTable } from "./columns";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("orders");
  return { title: t("title") };
}

export default async function OrdersPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: slug } = await params;
  const ctx = await workspaceForPage(slug);
  const table = parseTableParams(await searchParams, { sortable: ORDER_SORTS, defaultSort: "createdAt", defaultDir: "desc", filters: ["status"] });
  const canOrder = allowed(ctx, "order", "create");
  const canPay = allowed(ctx, "payment", "create");
  const [[page, renewal], t] = await Promise.all([
    runReads(ctx, ordersPage.with(table), renewalRead),
    getTranslations("orders"),
  ]);
  // The dialogs read what may be ordered when they open (OrderActions).
  const actions = canOrder ? <OrderActions renewalOpen={renewal.inWindow} /> : null;

  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} actions={actions} />
      {canOrder && renewal.primary && !renewal.inWindow ? (
        <p className="mb-4 text-sm text-muted">
          {renewal.primary.phase === "before" ? t("renewalOpensOn", { date: formatCalendarDate(renewal.primary.window.opensOn, ctx.workspace.locale, "long") }) : t("renewalClosed")}
        </p>
      ) : null}
      <OrdersTable
        rows={page.rows}
        total={page.total}
        state={{ page: table.page, size: table.size, sort: table.sort, dir: table.dir, q: table.q }}
        pageSizes={PAGE_SIZES}
        canOrder={canOrder}
        canPay={canPay}
        status={(ORDER_STATUS_FILTER as readonly string[]).includes(table.filters.status ?? "") ? (table.filters.status as (typeof ORDER_STATUS_FILTER)[number]) : null}
      />
    </>
  );
}
