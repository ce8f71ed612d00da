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
import type { HostRow } from "@/lib/hosts/queries";
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
  const { slug } = useWorkspace();

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor("name", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.name")} />,
          cell: ({ row }) => {
            const h = row.original;
            const href = `/w/${slug}/hosts/${h.id}`;
            return greyed(h.state) || h.state === "removed" ? (
              // Greyed row, but still a link that looks like one: the detail page explains the state.
              <Link href={href} className="rounded-sm font-medium text-brand-ink underline decoration-brand-ink/40 underline-offset-2 hover:decoration-brand-ink">
                {h.name}
                <span className="sr-only"> — {h.state === "removed" ? t("removedHint") : t("unusableHint")}</span>
              </Link>
            ) : (
              <Link href={href} className="rounded-sm font-medium text-brand-ink underline-offset-2 hover:underline">
                {h.name}
              </Link>
            );
          },
        }),
        col.accessor("platform", {
          meta: { priority: "md" },
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.platform")} />,
          cell: ({ getValue }) => tEnums(`platform.${getValue()}`),
        }),
        col.accessor("state", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.state")} />,
          cell: ({ getValue }) => <Badge tone={STATE_TONE[getValue()]}>{tEnums(`hostState.${getValue()}`)}</Badge>,
        }),
        col.accessor("lastSeenAt", {
          meta: { priority: "lg" },
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
        col.accessor("licenses", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.licenses")} />,
          enableSorting: false,
          cell: ({ getValue }) => {
            const names = getValue();
            return names.length ? <span className="text-sm">{names.join(", ")}</span> : <span className="text-faint">{t("noLicenses")}</span>;
          },
        }),
        col.accessor("activations", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.activations")} />,
          cell: ({ getValue }) => f.number(getValue()),
          meta: { priority: "lg", align: "right" },
        }),
      ]),
    [t, tEnums, tCommon, f, slug],
  );

  return (
    <DataTable
      {...listTableProps({ rows, total, state, pageSizes }, t)}
      columns={columns}
      getRowId={(r) => r.id}
      rowClassName={(r) => (greyed(r.state) || r.state === "removed" ? "bg-canvas text-muted [&_td]:text-muted" : undefined)}
    />
  );
}
