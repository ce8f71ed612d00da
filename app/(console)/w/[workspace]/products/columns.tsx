"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { dataTableColumns, type DataTableState } from "@/components/data-table/features";
import { Badge } from "@/components/ui/badge";
import { useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { ProductRow } from "@/lib/products";

const col = dataTableColumns<ProductRow>();

export function ProductsTable({ rows, total, state, pageSizes }: { rows: ProductRow[]; total: number; state: DataTableState; pageSizes: readonly number[] }) {
  const t = useTranslations("products");
  const tEnums = useTranslations("enums");
  const f = useWorkspaceFormat();

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor("name", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.name")} />,
          cell: ({ row }) => (
            <div className="min-w-48">
              <div className="font-medium text-ink">{row.original.name}</div>
              <div className="font-mono text-xs text-muted">{row.original.sku}</div>
            </div>
          ),
        }),
        col.accessor("publisher", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.publisher")} />,
        }),
        col.accessor("licensingModel", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.licensingModel")} />,
          cell: ({ getValue }) => tEnums(`licensingModel.${getValue()}`),
        }),
        col.accessor("used", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.used")} />,
          cell: ({ getValue }) => f.number(getValue()),
          meta: { align: "right" },
        }),
        col.accessor("purchased", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.purchased")} />,
          cell: ({ row }) => (
            <span className={row.original.used > row.original.purchased ? "font-semibold text-warning-ink" : undefined}>{f.number(row.original.purchased)}</span>
          ),
          meta: { align: "right" },
        }),
        col.accessor("unpaid", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.unpaid")} />,
          cell: ({ getValue }) => (getValue() > 0 ? <Badge tone="danger">{f.number(getValue())}</Badge> : <span className="text-faint">{f.number(0)}</span>),
          meta: { align: "right" },
        }),
      ]),
    [t, tEnums, f],
  );

  return (
    <DataTable
      columns={columns}
      data={rows}
      total={total}
      state={state}
      pageSizes={pageSizes}
      getRowId={(r) => r.id}
      label={t("tableLabel")}
      searchLabel={t("searchLabel")}
      searchPlaceholder={t("searchPlaceholder")}
      empty={{ title: t("emptyTitle"), description: t("emptyDescription") }}
    />
  );
}
