"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { DataTableFilter } from "@/components/data-table/data-table-filter";
import { dataTableColumns, type DataTableState } from "@/components/data-table/features";
import { KeysetPagination, type KeysetCursors } from "@/components/data-table/keyset-pagination";
import { SelectCheckbox } from "@/components/data-table/select-checkbox";
import { UnassignDialog } from "@/components/unassign/unassign-dialog";
import type { UnassignSelection } from "@/lib/seats/selection";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { ProductUserStatus, ProductUserView } from "@/lib/seats";

type Row = { assignmentId: string; userId: string; name: string; email: string; assignedAt: string; status: ProductUserStatus };

const col = dataTableColumns<Row>();
const TONE: Record<ProductUserStatus, BadgeTone> = { active: "success", requiresRenewal: "warning", noAccess: "danger" };

/** Only live seats can be taken back: users who already lost access are not selectable. */
const selectable = (r: Row) => r.status !== "noAccess";

/**
 * A product's users. Admins select users (one by one, the page, or "all N matching" the current
 * search and view, resolved on the server when the change is made) and unassign them through one
 * confirmation that shows the effect first, also for a single row's Unassign.
 */
export function ProductUsersTable({
  slug,
  productId,
  productName,
  rows,
  total,
  cursors,
  state,
  view,
  requiresRenewal,
  pageSizes,
  canUnassign,
}: {
  slug: string;
  productId: string;
  productName: string;
  rows: Row[];
  /** Every row of the view (for "select all N matching"); the table pages by keyset. */
  total: number;
  cursors: KeysetCursors;
  state: DataTableState;
  view: ProductUserView;
  requiresRenewal: number;
  pageSizes: readonly number[];
  canUnassign: boolean;
}) {
  const t = useTranslations("productPage");
  const f = useWorkspaceFormat();
  const canSelect = canUnassign && view !== "noAccess";

  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set());
  const [allMatching, setAllMatching] = useState(false);
  // The dialog keeps its selection while closing, so its preview is not asked for again.
  const [dialog, setDialog] = useState<{ selection: UnassignSelection; open: boolean } | null>(null);

  // Another page, view, search or order: a new selection.
  // The page is where its cursor (?after= / ?before=) starts it.
  const search = useSearchParams();
  const at = `${search.get("after")}|${search.get("before")}`;
  const where = `${state.q}|${view}|${at}|${state.size}|${state.sort}|${state.dir}`;
  const [pickedWhere, setPickedWhere] = useState(where);
  if (pickedWhere !== where) {
    setPickedWhere(where);
    setPicked(new Set());
    setAllMatching(false);
  }

  const pageIds = useMemo(() => rows.filter(selectable).map((r) => r.userId), [rows]);
  // Rows that left the page after a refresh are no longer selected.
  const chosen = allMatching ? pageIds : pageIds.filter((id) => picked.has(id));
  const pageAll = pageIds.length > 0 && chosen.length === pageIds.length;
  const count = allMatching ? total : chosen.length;

  function clear() {
    setPicked(new Set());
    setAllMatching(false);
  }
  function toggle(userId: string, on: boolean) {
    const next = new Set(allMatching ? pageIds : chosen);
    if (on) next.add(userId);
    else next.delete(userId);
    setAllMatching(false);
    setPicked(next);
  }
  function togglePage(on: boolean) {
    setAllMatching(false);
    setPicked(on ? new Set(pageIds) : new Set());
  }
  function openDialog(selection: UnassignSelection) {
    setDialog({ selection, open: true });
  }
  function unassignSelection() {
    if (count === 0) return;
    openDialog(allMatching ? { allMatching: { q: state.q || undefined, requiresRenewal: view === "requiresRenewal" } } : { userIds: chosen });
  }

  const columns = useMemo(
    () =>
      col.columns([
        ...(canSelect
          ? [
              col.display({
                id: "select",
                header: () => (
                  <SelectCheckbox
                    checked={pageAll}
                    indeterminate={chosen.length > 0}
                    onChange={togglePage}
                    label={t("select.page")}
                    disabled={pageIds.length === 0}
                  />
                ),
                cell: ({ row }) =>
                  selectable(row.original) ? (
                    <SelectCheckbox
                      checked={allMatching || picked.has(row.original.userId)}
                      onChange={(on) => toggle(row.original.userId, on)}
                      label={t("select.row", { name: row.original.name })}
                    />
                  ) : null,
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
        }),
        col.accessor("assignedAt", {
          meta: { priority: "md" },
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
        ...(canUnassign
          ? [
              col.display({
                id: "actions",
                header: () => <span className="sr-only">{t("columns.actions")}</span>,
                cell: ({ row }) =>
                  selectable(row.original) ? (
                    <Button
                      variant="secondary"
                      size="sm"
                      aria-haspopup="dialog"
                      aria-label={t("unassignFrom", { name: row.original.name })}
                      onClick={() => openDialog({ userIds: [row.original.userId] })}
                    >
                      {t("unassign")}
                    </Button>
                  ) : null,
                meta: { align: "right" },
              }),
            ]
          : []),
      ]),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, f, canSelect, canUnassign, picked, allMatching, pageAll, chosen.length, pageIds],
  );

  const emptyByView = {
    all: { title: t("emptyTitle"), description: t("emptyDescription") },
    requiresRenewal: { title: t("emptyRequiresRenewal"), description: t("emptyRequiresRenewalDescription") },
    noAccess: { title: t("emptyNoAccess"), description: t("emptyNoAccessDescription") },
  }[view];

  // Gmail's offer: the whole page is selected and more rows match (or the view is the Requires
  // renewal list, which is worked out again when the change is made).
  const offerAll = canSelect && pageAll && !allMatching && (total > pageIds.length || view === "requiresRenewal");
  const notice =
    canSelect && (offerAll || allMatching) ? (
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-info-ink/25 bg-info-soft px-4 py-2 text-sm text-info-ink" role="status">
        {allMatching ? (
          <>
            <span>{view === "requiresRenewal" ? t("select.allListSelected", { count: total }) : t("select.allSelected", { count: total })}</span>
            <button type="button" className="rounded font-semibold underline underline-offset-2 hover:no-underline" onClick={clear}>
              {t("select.clear")}
            </button>
          </>
        ) : (
          <>
            <span>{t("select.pageSelected", { count: pageIds.length })}</span>
            <button type="button" className="rounded font-semibold underline underline-offset-2 hover:no-underline" onClick={() => setAllMatching(true)}>
              {view === "requiresRenewal" ? t("select.selectList", { count: total }) : t("select.selectAll", { count: total })}
            </button>
          </>
        )}
      </div>
    ) : null;

  return (
    <>
      <DataTable
        columns={columns}
        data={rows}
        total={total}
        keyset={<KeysetPagination newer={cursors.previous} older={cursors.next} size={state.size} pageSizes={pageSizes} />}
        state={state}
        pageSizes={pageSizes}
        getRowId={(r) => r.assignmentId}
        label={t("usersTableLabel", { product: productName })}
        searchLabel={t("searchLabel")}
        searchPlaceholder={t("searchPlaceholder")}
        rowClassName={(r) => (canSelect && (allMatching || picked.has(r.userId)) && selectable(r) ? "bg-brand-soft/60" : undefined)}
        notice={notice}
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
        actions={
          canSelect ? (
            <Button variant="secondary" onClick={unassignSelection} disabled={count === 0} aria-haspopup="dialog" title={count === 0 ? t("select.none") : undefined}>
              {t("unassignSelected", { count })}
            </Button>
          ) : null
        }
        empty={emptyByView}
      />
      {canUnassign && dialog ? (
        <div className="text-left">
          <UnassignDialog
            slug={slug}
            productId={productId}
            productName={productName}
            selection={dialog.selection}
            open={dialog.open}
            onClose={() => setDialog((d) => (d ? { ...d, open: false } : d))}
            onDone={clear}
          />
        </div>
      ) : null}
    </>
  );
}
