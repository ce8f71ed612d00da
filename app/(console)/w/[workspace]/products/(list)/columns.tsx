"use client";

import { useMemo } from "react";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { listTableProps } from "@/components/data-table/list-table-props";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { DataTableFilter } from "@/components/data-table/data-table-filter";
import { dataTableColumns, type DataTableState } from "@/components/data-table/features";
import { useTableUrl } from "@/components/data-table/use-table-url";
import { HelpTip } from "@/components/renewal/help-tip";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useWorkspace, useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { ProductStatus } from "@/lib/renewal/window";
import type { ProductRow, ProductStatusFilter } from "@/lib/products";

const col = dataTableColumns<ProductRow>();

export const STATUS_TONE: Record<ProductStatus, BadgeTone> = {
  noRenewal: "danger",
  needsRenewal: "warning",
  paymentRequired: "danger",
  noAccess: "danger",
  renewed: "success",
};

function FigureTitle({ figure, title }: { figure: "used" | "needsRenewal" | "paymentRequired" | "noAccess"; title: string }) {
  const t = useTranslations("renewal.figures");
  return (
    <HelpTip label={t("helpButton", { label: title })} align="end">
      {t(`${figure}.help`)}
    </HelpTip>
  );
}

export function ProductsTable({
  rows,
  total,
  state,
  status,
  inWindow,
  pageSizes,
}: {
  rows: ProductRow[];
  total: number;
  state: DataTableState;
  status: ProductStatusFilter | null;
  inWindow: boolean;
  pageSizes: readonly number[];
}) {
  const t = useTranslations("products");
  const tEnums = useTranslations("enums");
  const tFig = useTranslations("renewal.figures");
  const tStatus = useTranslations("renewal.status");
  const f = useWorkspaceFormat();
  const { slug } = useWorkspace();
  const { update } = useTableUrl();

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor("name", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.name")} />,
          cell: ({ row }) => (
            <div className="min-w-48">
              <Link href={`/w/${slug}/products/${row.original.id}`} className="rounded font-medium text-brand hover:underline">
                {row.original.name}
              </Link>
              <div className="text-xs text-muted">
                <span className="font-mono">{row.original.sku}</span> · {row.original.publisher} · {tEnums(`licensingModel.${row.original.licensingModel}`)}
              </div>
            </div>
          ),
        }),
        col.accessor("used", {
          header: ({ column }) => (
            <span className="inline-flex items-center gap-1.5">
              <DataTableColumnHeader column={column} title={t("columns.usedPurchased")} />
              <FigureTitle figure="used" title={t("columns.usedPurchased")} />
            </span>
          ),
          cell: ({ row }) => {
            const { used, purchased } = row.original;
            return (
              <span className={used > purchased ? "font-semibold text-warning-ink" : "text-ink"}>
                <span aria-hidden="true">{tFig("usedValue", { used: f.number(used), purchased: f.number(purchased) })}</span>
                <span className="sr-only">{tFig("usedLabel", { used: f.number(used), purchased: f.number(purchased) })}</span>
              </span>
            );
          },
          meta: { align: "right" },
        }),
        ...(inWindow
          ? [
              col.accessor("needsRenewal", {
                header: ({ column }) => (
                  <span className="inline-flex items-center gap-1.5">
                    <DataTableColumnHeader column={column} title={t("columns.needsRenewal")} />
                    <FigureTitle figure="needsRenewal" title={t("columns.needsRenewal")} />
                  </span>
                ),
                cell: ({ getValue }) => {
                  const n = getValue();
                  return n ? <Badge tone="warning">{tFig("needsRenewalValue", { count: n })}</Badge> : <span className="text-faint">—</span>;
                },
                meta: { align: "right" },
              }),
            ]
          : []),
        col.accessor("unpaid", {
          header: ({ column }) => (
            <span className="inline-flex items-center gap-1.5">
              <DataTableColumnHeader column={column} title={t("columns.unpaid")} />
              <FigureTitle figure="paymentRequired" title={t("columns.unpaid")} />
            </span>
          ),
          cell: ({ getValue }) => (getValue() > 0 ? <Badge tone="danger">{tFig("paymentRequiredValue", { count: getValue() })}</Badge> : <span className="text-faint">—</span>),
          meta: { align: "right" },
        }),
        col.accessor("noAccess", {
          header: ({ column }) => (
            <span className="inline-flex items-center gap-1.5">
              <DataTableColumnHeader column={column} title={t("columns.noAccess")} />
              <FigureTitle figure="noAccess" title={t("columns.noAccess")} />
            </span>
          ),
          cell: ({ getValue }) => (getValue() > 0 ? <Badge tone="danger">{tFig("noAccessValue", { count: getValue() })}</Badge> : <span className="text-faint">—</span>),
          meta: { align: "right" },
        }),
        col.accessor("statuses", {
          meta: { priority: "md" },
          header: () => <span>{t("columns.status")}</span>,
          enableSorting: false,
          cell: ({ getValue }) => {
            const list = getValue();
            if (!list.length) return <span className="text-muted">{tStatus("none")}</span>;
            return (
              <ul className="flex flex-wrap gap-1">
                {list.map((s) => (
                  <li key={s}>
                    <Badge tone={STATUS_TONE[s]}>{tStatus(s)}</Badge>
                  </li>
                ))}
              </ul>
            );
          },
        }),
      ]),
    [t, tEnums, tFig, tStatus, f, slug, inWindow],
  );

  return (
    <DataTable
      {...listTableProps({ rows, total, state, pageSizes }, t)}
      columns={columns}
      getRowId={(r) => r.id}
      filters={
        <DataTableFilter
          name="status"
          label={t("statusFilter")}
          value={status ?? ""}
          options={[
            { value: "", label: t("statusAll") },
            // "Needs renewal" exists only while the renewal window is open.
            ...(["needsRenewal", "paymentRequired", "noAccess", "noRenewal"] as const)
              .filter((s) => s !== "needsRenewal" || inWindow || status === "needsRenewal")
              .map((s) => ({ value: s, label: tStatus(s) })),
          ]}
        />
      }
      emptyFiltered={
        status
          ? {
              title: t("filteredEmptyTitle"),
              description: t("filteredEmptyDescription"),
              action: (
                <Button variant="secondary" onClick={() => update({ status: null, page: null })}>
                  {t("statusAll")}
                </Button>
              ),
            }
          : undefined
      }
    />
  );
}
