import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { TableCard } from "@/components/data-table/table-card";
import { formatNumber } from "@/lib/format";
import { HOST_SORTS } from "@/lib/hosts/queries";
import { hostsPage, pool as poolRead } from "@/lib/hosts/reads";
import { runReads } from "@/lib/operations/read";
import { PAGE_SIZES, parseTableParams } from "@/lib/tables/params";
import { workspaceForPage } from "@/lib/workspaces/current";
import { HostsTable } from "./columns";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("hosts");
  return { title: t("title") };
}

export default async function HostsPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: slug } = await params;
  const ctx = await workspaceForPage(slug);
  const table = parseTableParams(await searchParams, { sortable: HOST_SORTS, defaultSort: "name", filters: ["removed"] });
  const includeRemoved = table.filters.removed === "1";
  const [[page, pool], t] = await Promise.all([
    runReads(ctx, hostsPage.with({ table, includeRemoved }), poolRead),
    getTranslations("hosts"),
  ]);
  const { locale } = ctx.workspace;
  const n = (v: number) => formatNumber(v, locale);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        actions={
          <Link
            href={includeRemoved ? `/w/${slug}/hosts` : `/w/${slug}/hosts?removed=1`}
            className="rounded-md text-sm font-medium text-brand-ink underline underline-offset-2"
          >
            {includeRemoved ? t("hideRemoved") : t("showRemoved")}
          </Link>
        }
      />
      <div className="flex flex-col gap-6">
        <Card title={t("pool.title")} titleId="activation-pool-title" description={t("pool.description")} bodyClassName="p-0">
          {pool.length === 0 ? (
            <p className="px-5 py-4 text-sm text-muted">{t("pool.empty")}</p>
          ) : (
            <TableCard label={t("pool.title")}>
              <table className="w-full text-sm" aria-labelledby="activation-pool-title">
                <thead className="bg-subtle text-left text-xs font-semibold tracking-wide text-muted uppercase">
                  <tr>
                    <th scope="col" className="px-5 py-2">{t("pool.license")}</th>
                    <th scope="col" className="px-3 py-2">{t("pool.publisher")}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t("pool.quantity")}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t("pool.inUse")}</th>
                    <th scope="col" className="px-5 py-2 text-right">{t("pool.free")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-line">
                  {pool.map((p) => (
                    <tr key={p.licenseId} data-testid={`pool-${p.licenseId}`}>
                      <th scope="row" className="px-5 py-2.5 text-left font-medium text-ink">{p.licenseName}</th>
                      <td className="px-3 py-2.5 text-muted">{p.publisherName}</td>
                      <td className="px-3 py-2.5 text-right tabular-nums">{n(p.quantity)}</td>
                      <td className="px-3 py-2.5 text-right tabular-nums">{n(p.inUse)}</td>
                      <td className="px-5 py-2.5 text-right font-semibold tabular-nums text-ink">{n(p.free)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableCard>
          )}
        </Card>
        <HostsTable
          rows={page.rows}
          total={page.total}
          state={{ page: table.page, size: table.size, sort: table.sort, dir: table.dir, q: table.q }}
          pageSizes={PAGE_SIZES}
        />
      </div>
    </>
  );
}
