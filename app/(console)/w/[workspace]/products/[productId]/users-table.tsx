"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { DataTableFilter } from "@/components/data-table/data-table-filter";
import { dataTableColumns, type DataTableState } from "@/components/data-table/features";
import { UnassignButton, type SeatAction } from "@/components/seats/unassign-button";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { ProductUserStatus, ProductUserView } from "@/lib/seats";

type Row = { assignmentId: string; userId: string; name: string; email: string; assignedAt: string; status: ProductUserStatus };

const col = dataTableColumns<Row>();
const TONE: Record<ProductUserStatus, BadgeTone> = { active: "success", requiresRenewal: "warning", noAccess: "danger" };

export function ProductUsersTable({
  productId,
  productName,
  rows,
  total,
  state,
  view,
  requiresRenewal,
  pageSizes,
  unassign,
}: {
  productId: string;
  productName: string;
  rows: Row[];
  total: number;
  state: DataTableState;
  view: ProductUserView;
  requiresRenewal: number;
  pageSizes: readonly number[];
  unassign: SeatAction | null;
}) {
  const t = useTranslations("productPage");
  const f = useWorkspaceFormat();

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor("name", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.name")} />,
          cell: ({ getValue }) => <span className="font-medium text-ink">{getValue()}</span>,
        }),
        col.accessor("email", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.email")} />,
        }),
        col.accessor("assignedAt", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.assignedAt")} />,
          cell: ({ getValue }) => (
            <time dateTime={getValue()} className="whitespace-nowrap tabular">
              {f.dateTime(getValue())}
            </time>
          ),
        }),
        col.accessor("status", {
          header: () => <span>{t("columns.status")}</span>,
          enableSorting: false,
          cell: ({ getValue }) => <Badge tone={TONE[getValue()]}>{t(`status.${getValue()}`)}</Badge>,
        }),
        ...(unassign
          ? [
              col.display({
                id: "actions",
                header: () => <span className="sr-only">{t("columns.actions")}</span>,
                cell: ({ row }) =>
                  row.original.status === "noAccess" ? null : (
                    <UnassignButton action={unassign} userId={row.original.userId} userName={row.original.name} productId={productId} productName={productName} />
                  ),
                meta: { align: "right" },
              }),
            ]
          : []),
      ]),
    // The bound action changes identity on every server render; what matters is whether it exists.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, f, Boolean(unassign), productId, productName],
  );

  const emptyByView = {
    all: { title: t("emptyTitle"), description: t("emptyDescription") },
    requiresRenewal: { title: t("emptyRequiresRenewal"), description: t("emptyRequiresRenewalDescription") },
    noAccess: { title: t("emptyNoAccess"), description: t("emptyNoAccessDescription") },
  }[view];

  return (
    <DataTable
      columns={columns}
      data={rows}
      total={total}
      state={state}
      pageSizes={pageSizes}
      getRowId={(r) => r.assignmentId}
      label={t("usersTableLabel", { product: productName })}
      searchLabel={t("searchLabel")}
      searchPlaceholder={t("searchPlaceholder")}
      filters={
        <DataTableFilter
          name="view"
          label={t("view.label")}
          value={view}
          options={[
            { value: "all", label: t("view.all") },
            { value: "requiresRenewal", label: t("view.requiresRenewal", { count: requiresRenewal }) },
            { value: "noAccess", label: t("view.noAccess") },
          ]}
        />
      }
      empty={emptyByView}
    />
  );
}
