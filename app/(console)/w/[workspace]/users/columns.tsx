"use client";

import { useMemo, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { DataTable } from "@/components/data-table/data-table";
import { DateCell } from "@/components/data-table/date-cell";
import { listTableProps } from "@/components/data-table/list-table-props";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { dataTableColumns, type DataTableState } from "@/components/data-table/features";
import { KeysetPagination, type KeysetCursors } from "@/components/data-table/keyset-pagination";
import { SelectCheckbox } from "@/components/data-table/select-checkbox";
import { Badge } from "@/components/ui/badge";
import { useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { SeatAction } from "@/components/seats/send-seat";
import type { DirectoryUserRow } from "@/lib/directory";
import { UnassignSelectionButton } from "./unassign-selection";
import { UserProductsButton, UserProductsDialog, type LicensedProduct } from "./user-products-dialog";

const col = dataTableColumns<DirectoryUserRow>();

export function UsersTable({
  rows,
  cursors,
  state,
  pageSizes,
  canCreate,
  actions,
  emptyAction,
  seats,
  slug,
}: {
  slug: string;
  rows: DirectoryUserRow[];
  /** Keyset paging (lib/tables/keyset): where the neighbouring pages start. */
  cursors: KeysetCursors;
  state: DataTableState;
  pageSizes: readonly number[];
  canCreate: boolean;
  actions?: ReactNode;
  emptyAction?: ReactNode;
  /** Present when the role may assign and unassign products. */
  seats?: { licensed: LicensedProduct[]; assign: SeatAction } | null;
}) {
  const t = useTranslations("users");
  const f = useWorkspaceFormat();
  const [openUserId, setOpenUserId] = useState<string | null>(null);
  const canManage = Boolean(seats);
  const openUser = openUserId ? (rows.find((r) => r.id === openUserId) ?? null) : null;

  // Selected users of this page (for "Unassign from product…"); a new page, search or order
  // starts a new selection, and users gone after a refresh drop out of it.
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set());
  // The page is where its cursor (?after= / ?before=) starts it.
  const search = useSearchParams();
  const at = `${search.get("after")}|${search.get("before")}`;
  const where = `${state.q}|${at}|${state.size}|${state.sort}|${state.dir}`;
  const [pickedWhere, setPickedWhere] = useState(where);
  if (pickedWhere !== where) {
    setPickedWhere(where);
    setPicked(new Set());
  }
  const chosen = rows.filter((r) => picked.has(r.id));
  const pageAll = rows.length > 0 && chosen.length === rows.length;
  const toggle = (id: string, on: boolean) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const columns = useMemo(
    () =>
      col.columns([
        ...(seats
          ? [
              col.display({
                id: "select",
                header: () => (
                  <SelectCheckbox
                    checked={pageAll}
                    indeterminate={chosen.length > 0}
                    onChange={(on) => setPicked(on ? new Set(rows.map((r) => r.id)) : new Set())}
                    label={t("select.page")}
                    disabled={rows.length === 0}
                  />
                ),
                cell: ({ row }) => (
                  <SelectCheckbox checked={picked.has(row.original.id)} onChange={(on) => toggle(row.original.id, on)} label={t("select.row", { name: row.original.name })} />
                ),
                meta: { className: "w-10 pr-0" },
              }),
            ]
          : []),
        col.accessor("name", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.name")} />,
          cell: ({ getValue }) => <span className="font-medium text-ink">{getValue()}</span>,
        }),
        col.accessor("email", {
          meta: { priority: "md" },
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.email")} />,
          cell: ({ getValue }) => <span className="text-ink">{getValue()}</span>,
        }),
        col.accessor("products", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.products")} />,
          enableSorting: false,
          cell: ({ getValue }) => {
            const products = getValue();
            if (!products.length) return <span className="text-faint">{t("noProducts")}</span>;
            return (
              <ul className="flex flex-wrap gap-1">
                {products.map((p) => (
                  <li key={p.id}>
                    <Badge tone="brand">{p.name}</Badge>
                  </li>
                ))}
              </ul>
            );
          },
        }),
        col.accessor("createdAt", {
          meta: { priority: "md" },
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.createdAt")} />,
          cell: ({ getValue }) => <DateCell value={getValue()} />,
        }),
        ...(seats
          ? [
              col.display({
                id: "actions",
                header: () => <span className="sr-only">{t("columns.actions")}</span>,
                cell: ({ row }) => <UserProductsButton user={row.original} onOpen={setOpenUserId} />,
                meta: { align: "right" },
              }),
            ]
          : []),
      ]),
    // `seats` changes identity on every server render: depend on whether it exists, so the
    // columns (and the cells' components) stay the same across revalidations.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, f, canManage, picked, pageAll, chosen.length, rows],
  );

  return (
    <>
    {seats ? (
      <UserProductsDialog user={openUser} licensed={seats.licensed} assign={seats.assign} onClose={() => setOpenUserId(null)} />
    ) : null}
    <DataTable
      {...listTableProps({ rows, total: rows.length, state, pageSizes }, t)}
      keyset={<KeysetPagination newer={cursors.previous} older={cursors.next} size={state.size} pageSizes={pageSizes} />}
      columns={columns}
      getRowId={(r) => r.id}
      actions={
        seats ? (
          <>
            <UnassignSelectionButton slug={slug} users={chosen} onDone={() => setPicked(new Set())} />
            {actions}
          </>
        ) : (
          actions
        )
      }
      rowClassName={(r) => (picked.has(r.id) ? "bg-brand-soft/60" : undefined)}
      empty={{
        title: t("emptyTitle"),
        description: canCreate ? t("emptyDescription") : t("emptyDescriptionReadOnly"),
        action: emptyAction,
      }}
    />
    </>
  );
}
