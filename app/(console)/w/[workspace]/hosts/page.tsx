import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { inWorkspace } from "@/lib/access/workspace";
import { HOST_SORTS, listHosts } from "@/lib/hosts";
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
  const table = parseTableParams(await searchParams, { sortable: HOST_SORTS, defaultSort: "name" });
  const [page, t] = await Promise.all([
    inWorkspace(ctx, "host", "read", (tx) => listHosts(tx, ctx.workspace.id, table)),
    getTranslations("hosts"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <HostsTable
        rows={page.rows}
        total={page.total}
        state={{ page: table.page, size: table.size, sort: table.sort, dir: table.dir, q: table.q }}
        pageSizes={PAGE_SIZES}
      />
    </>
  );
}
