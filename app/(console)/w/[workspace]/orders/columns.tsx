"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { listTableProps } from "@/components/data-table/list-table-props";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { dataTableColumns, type DataTableState } from "@/components/data-table/features";
import { CancelOrderButton, MarkPaidButton } from "@/components/orders";
import { useTableUrl } from "@/components/data-table/use-table-url";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { OrderView } from "@/lib/orders/queries";

const col = dataTableColumns<OrderView>();

const STATUS_TONE: Record<OrderView["status"], BadgeTone> = { unpaid: "warning", paid: "success", cancelled: "neutral", lapsed: "neutral" };

export function OrdersTable({
  rows,
  total,
  state,
  pageSizes,
  canOrder,
  canPay,
  status,
}: {
  status: OrderView["status"] | null;
  rows: OrderView[];
  total: number;
  state: DataTableState;
  pageSizes: readonly number[];
  canOrder: boolean;
  canPay: boolean;
}) {
  const t = useTranslations("orders");
  const f = useWorkspaceFormat();
  const { update } = useTableUrl();

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor("number", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.number")} />,
          cell: ({ row }) => (
            <div className="flex flex-col">
              <span className="font-mono text-xs whitespace-nowrap text-ink">{row.original.number}</span>
              {row.original.purchaseOrder ? <span className="text-xs text-muted">{t("purchaseOrderShort", { reference: row.original.purchaseOrder })}</span> : null}
            </div>
          ),
        }),
        col.accessor("productName", {
          id: "product",
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.product")} />,
          cell: ({ getValue }) => <span className="font-medium text-ink">{getValue()}</span>,
        }),
        col.accessor("kind", {
          meta: { priority: "lg" },
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.kind")} />,
          cell: ({ getValue }) => <span className="whitespace-nowrap text-ink">{t(`kind.${getValue()}`)}</span>,
        }),
        col.accessor("quantity", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.quantity")} />,
          meta: { priority: "md", align: "right" },
          cell: ({ getValue }) => <span className="tabular">{f.number(getValue())}</span>,
        }),
        col.accessor("amountMinor", {
          id: "amount",
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.amount")} />,
          meta: { align: "right" },
          cell: ({ getValue }) => <span className="whitespace-nowrap tabular">{f.money(getValue())}</span>,
        }),
        col.accessor("status", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.status")} />,
          cell: ({ getValue, row }) => {
            const s = getValue();
            const label = s === "unpaid" && row.original.kind !== "renewal" ? t("status.paymentRequired") : t(`status.${s}`);
            const reason = row.original.lapseReason;
            return (
              <div className="flex flex-col items-start gap-0.5">
                <Badge tone={STATUS_TONE[s]}>{label}</Badge>
                {reason ? <span className="text-xs text-muted">{t(`lapse.${reason}`)}</span> : null}
              </div>
            );
          },
        }),
        col.accessor("termEnd", {
          meta: { priority: "lg" },
          id: "term",
          enableSorting: false,
          header: () => t("columns.term"),
          cell: ({ row }) => {
            const { termStart, termEnd } = row.original;
            if (!termStart || !termEnd) return <span className="text-faint">—</span>;
            // termEnd is the (exclusive) anniversary: show the term's last day.
            return (
              <span className="tabular">
                <span className="whitespace-nowrap">{f.date(termStart)} –</span>{" "}
                <span className="whitespace-nowrap">{f.date(new Date(new Date(termEnd).getTime() - 1))}</span>
              </span>
            );
          },
        }),
        col.accessor("createdAt", {
          meta: { priority: "md" },
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.created")} />,
          cell: ({ getValue }) => (
            <time dateTime={getValue()} title={f.dateTime(getValue())} className="whitespace-nowrap tabular">
              {f.date(getValue())}
            </time>
          ),
        }),
        col.accessor("paidAt", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.paid")} />,
          cell: ({ getValue }) => {
            const v = getValue();
            return v ? (
              <time dateTime={v} title={f.dateTime(v)} className="whitespace-nowrap tabular">
                {f.date(v)}
              </time>
            ) : (
              <span className="text-faint">{t("notPaid")}</span>
            );
          },
        }),
        ...(canPay
          ? [
              col.display({
                id: "actions",
                header: () => <span className="sr-only">{t("columns.actions")}</span>,
                cell: ({ row }) =>
                  row.original.status === "unpaid" ? (
                    <div className="flex justify-end gap-1">
                      <MarkPaidButton
                        order={{
                          id: row.original.id,
                          productName: row.original.productName,
                          quantity: row.original.quantity,
                          amountMinor: row.original.amountMinor,
                          kind: row.original.kind,
                        }}
                      />
                      <CancelOrderButton order={row.original} />
                    </div>
                  ) : null,
              }),
            ]
          : []),
      ]),
    [t, f, canPay],
  );

  return (
    <DataTable
      {...listTableProps({ rows, total, state, pageSizes }, t)}
      columns={columns}
      getRowId={(r) => r.id}
      actions={
        <label className="flex items-center gap-2 text-sm text-muted">
          {t("statusFilter")}
          <Select value={status ?? ""} onChange={(e) => update({ status: e.target.value || null, page: null })}>
            <option value="">{t("statusAll")}</option>
            <option value="unpaid">{t("status.unpaid")}</option>
            <option value="paid">{t("status.paid")}</option>
            <option value="cancelled">{t("status.cancelled")}</option>
            <option value="lapsed">{t("status.lapsed")}</option>
          </Select>
        </label>
      }
      empty={
        status
          ? {
              title: t("emptyFilteredTitle", { status: t(`status.${status}`) }),
              action: (
                <Button variant="secondary" onClick={() => update({ status: null, page: null })}>
                  {t("showAll")}
                </Button>
              ),
            }
          : {
              title: t("emptyTitle"),
              description: canOrder ? t("emptyDescription") : t("emptyDescriptionReadOnly"),
            }
      }
    />
  );
}
