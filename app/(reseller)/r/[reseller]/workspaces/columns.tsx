"use client";

import Link from "@/components/ui/link";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { listTableProps } from "@/components/data-table/list-table-props";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { dataTableColumns, type DataTableState } from "@/components/data-table/features";
import { Badge } from "@/components/ui/badge";
import { formatNumber } from "@/lib/format";
import type { ResellerWorkspaceRow } from "@/lib/reseller";
import { EndLinkButton, type EndLinkByResellerAction } from "@/components/reseller-links/end-link-button";

const col = dataTableColumns<ResellerWorkspaceRow>();

function Figure({ value, tone, locale }: { value: number; tone: "warning" | "danger"; locale: string }) {
  return value > 0 ? <Badge tone={tone}>{formatNumber(value, locale)}</Badge> : <span className="text-faint">0</span>;
}

export function WorkspacesTable({
  rows,
  total,
  state,
  pageSizes,
  endLink,
}: {
  rows: ResellerWorkspaceRow[];
  total: number;
  state: DataTableState;
  pageSizes: readonly number[];
  endLink: EndLinkByResellerAction;
}) {
  const t = useTranslations("reseller.workspaces");
  const columns = useMemo(
    () =>
      col.columns([
        col.accessor("name", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.name")} />,
          cell: ({ row }) => (
            <div className="flex flex-col">
              <Link href={`/w/${row.original.slug}/overview`} className="font-medium text-brand-ink underline-offset-2 hover:underline">
                {row.original.name}
              </Link>
              <span className="text-xs text-muted">
                {row.original.country} · {row.original.currency} · {row.original.timeZone}
              </span>
            </div>
          ),
        }),
        col.accessor("licenses", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.licenses")} />,
          cell: ({ getValue }) => formatNumber(getValue(), "en"),
          meta: { align: "right" },
        }),
        col.accessor("expiringSoon", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.expiringSoon")} />,
          cell: ({ getValue }) => <Figure value={getValue()} tone="warning" locale="en" />,
          meta: { priority: "lg", align: "right" },
        }),
        col.accessor("shortage", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.shortage")} />,
          cell: ({ getValue }) => <Figure value={getValue()} tone="danger" locale="en" />,
          meta: { align: "right" },
        }),
        col.accessor("unpaid", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.unpaid")} />,
          cell: ({ getValue }) => <Figure value={getValue()} tone="warning" locale="en" />,
          meta: { align: "right" },
        }),
        col.display({
          id: "open",
          header: () => <span className="sr-only">{t("columns.open")}</span>,
          cell: ({ row }) => (
            <div className="flex items-center justify-end gap-1">
              <Link
                href={`/w/${row.original.slug}/overview`}
                className="rounded-md px-2 py-1 text-sm font-medium text-brand-ink hover:bg-brand-soft"
                aria-label={t("openLabel", { name: row.original.name })}
              >
                {t("open")}
              </Link>
              <EndLinkButton workspace={row.original} action={endLink} />
            </div>
          ),
          meta: { align: "right" },
        }),
      ]),
    [t, endLink],
  );
  return (
    <DataTable
      {...listTableProps({ rows, total, state, pageSizes }, t)}
      columns={columns}
      getRowId={(r) => r.id}
    />
  );
}
