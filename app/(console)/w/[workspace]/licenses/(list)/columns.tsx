"use client";

import { useMemo } from "react";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { listTableProps } from "@/components/data-table/list-table-props";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { dataTableColumns, type DataTableState } from "@/components/data-table/features";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { useWorkspace, useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { LicenseRow, LicenseState } from "@/lib/licenses";

const col = dataTableColumns<LicenseRow>();

const STATE_TONE: Record<LicenseState, BadgeTone> = {
  active: "success",
  expiring: "warning",
  provisional: "warning",
  expired: "danger",
  replaced: "neutral",
  cancelled: "neutral",
};

export function LicensesTable({ rows, total, state, pageSizes }: { rows: LicenseRow[]; total: number; state: DataTableState; pageSizes: readonly number[] }) {
  const t = useTranslations("licenses");
  const tEnums = useTranslations("enums");
  const f = useWorkspaceFormat();
  const { slug } = useWorkspace();

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor("name", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.name")} />,
          cell: ({ getValue, row }) => (
            <Link href={`/w/${slug}/licenses/${row.original.id}`} className="font-medium text-brand-ink hover:underline">
              {getValue()}
            </Link>
          ),
        }),
        col.accessor("product", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.product")} />,
        }),
        col.accessor("licensingModel", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.licensingModel")} />,
          cell: ({ getValue }) => tEnums(`licensingModel.${getValue()}`),
        }),
        col.accessor("quantity", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.quantity")} />,
          cell: ({ getValue }) => f.number(getValue()),
          meta: { align: "right" },
        }),
        col.accessor("termEnd", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.termEnd")} />,
          cell: ({ getValue }) => {
            const d = new Date(getValue());
            return (
              <time dateTime={d.toISOString()} className="whitespace-nowrap tabular">
                {f.date(d)}
              </time>
            );
          },
        }),
        col.accessor("source", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.source")} />,
          cell: ({ getValue }) => tEnums(`licenseSource.${getValue()}`),
        }),
        col.accessor("state", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.state")} />,
          cell: ({ getValue }) => <Badge tone={STATE_TONE[getValue()]}>{tEnums(`licenseState.${getValue()}`)}</Badge>,
        }),
      ]),
    [t, tEnums, f, slug],
  );

  return (
    <DataTable
      {...listTableProps({ rows, total, state, pageSizes }, t)}
      columns={columns}
      getRowId={(r) => r.id}
    />
  );
}
