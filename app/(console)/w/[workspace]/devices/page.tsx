import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { allowed } from "@/lib/access/workspace";
import { DEVICE_SORTS } from "@/lib/devices";
import { devicesPage } from "@/lib/devices/reads";
import { runRead } from "@/lib/operations/read";
import { PAGE_SIZES, parseTableParams } from "@/lib/tables/params";
import { workspaceForPage } from "@/lib/workspaces/current";
import { switchNowAction } from "./actions";
import { DevicesTable } from "./columns";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("devices");
  return { title: t("title") };
}

export default async function DevicesPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: slug } = await params;
  const ctx = await workspaceForPage(slug);
  const table = parseTableParams(await searchParams, { sortable: DEVICE_SORTS, defaultSort: "name", defaultDir: "asc" });
  const [page, t] = await Promise.all([
    runRead(ctx, devicesPage.with(table)),
    getTranslations("devices"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <DevicesTable
        rows={page.rows.map((r) => ({
          ...r,
          licenseExpiresAt: r.licenseExpiresAt?.toISOString() ?? null,
          switchesAt: r.switchesAt?.toISOString() ?? null,
        }))}
        total={page.total}
        state={{ page: table.page, size: table.size, sort: table.sort, dir: table.dir, q: table.q }}
        pageSizes={PAGE_SIZES}
        canSwitch={allowed(ctx, "host", "update")}
        switchNow={switchNowAction}
      />
    </>
  );
}
