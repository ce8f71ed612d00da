"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { dataTableColumns, type DataTableState } from "@/components/data-table/features";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { HostRow } from "@/lib/hosts";
import { isUnusable as greyed, type HostState } from "@/lib/hosts/rules";

const col = dataTableColumns<HostRow>();

const STATE_TONE: Record<HostState, BadgeTone> = {
  active: "success",
  unusable: "neutral",
  reset_requested: "warning",
  removed: "neutral",
};


export function HostsTable({ rows, total, state, pageSizes }: { rows: HostRow[]; total: number; state: DataTableState; pageSizes: readonly number[] }) {
  const t = useTranslations("hosts");
  const tEnums = useTranslations("enums");
  const tCommon = useTranslations("common");
  const f = useWorkspaceFormat();

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor("name", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.name")} />,
          cell: ({ row }) =>
            greyed(row.original.state) ? (
              <span className="text-muted">
                <span className="font-medium">{row.original.name}</span>
                <span className="sr-only"> — {t("unusableHint")}</span>
              </span>
            ) : (
              <span className="font-medium text-ink">{row.original.name}</span>
            ),
        }),
        col.accessor("platform", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.platform")} />,
          cell: ({ getValue }) => tEnums(`platform.${getValue()}`),
        }),
        col.accessor("state", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.state")} />,
          cell: ({ getValue }) => <Badge tone={STATE_TONE[getValue()]}>{tEnums(`hostState.${getValue()}`)}</Badge>,
        }),
        col.accessor("lastSeenAt", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.lastSeenAt")} />,
          cell: ({ getValue }) => {
            const v = getValue();
            if (!v) return <span className="text-faint">{tCommon("never")}</span>;
            const d = new Date(v);
            return (
              <time dateTime={d.toISOString()} className="whitespace-nowrap tabular">
                {f.dateTime(d)}
              </time>
            );
          },
        }),
        col.accessor("activations", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.activations")} />,
          cell: ({ getValue }) => f.number(getValue()),
          meta: { align: "right" },
        }),
      ]),
    [t, tEnums, tCommon, f],
  );

  return (
    <DataTable
      columns={columns}
      data={rows}
      total={total}
      state={state}
      pageSizes={pageSizes}
      getRowId={(r) => r.id}
      rowClassName={(r) => (greyed(r.state) ? "bg-canvas text-muted [&_td]:text-muted" : undefined)}
      label={t("tableLabel")}
      searchLabel={t("searchLabel")}
      searchPlaceholder={t("searchPlaceholder")}
      empty={{ title: t("emptyTitle"), description: t("emptyDescription") }}
    />
  );
}
