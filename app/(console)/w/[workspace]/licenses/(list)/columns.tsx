"use client";

import { useMemo } from "react";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { DateCell } from "@/components/data-table/date-cell";
import { LicenseStateBadge } from "@/components/licenses/license-state-badge";
import { listTableProps } from "@/components/data-table/list-table-props";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { dataTableColumns, type DataTableState } from "@/components/data-table/features";
import { useWorkspace, useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { LicenseRow } from "@/lib/licenses";

const col = dataTableColumns<LicenseRow>();


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
          meta: { priority: "md" },
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.licensingModel")} />,
          cell: ({ getValue }) => tEnums(`licensingModel.${getValue()}`),
        }),
        col.accessor("quantity", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.quantity")} />,
          cell: ({ getValue }) => f.number(getValue()),
          meta: { priority: "lg", align: "right" },
        }),
        col.accessor("termEnd", {
          meta: { priority: "lg" },
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.termEnd")} />,
          cell: ({ getValue }) => <DateCell value={getValue()} />,
        }),
        col.accessor("source", {
          meta: { priority: "md" },
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.source")} />,
          cell: ({ getValue }) => tEnums(`licenseSource.${getValue()}`),
        }),
        col.accessor("state", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.state")} />,
          cell: ({ getValue }) => <LicenseStateBadge state={getValue()} />,
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
