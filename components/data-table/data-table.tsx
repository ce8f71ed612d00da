"use client";

import { useMemo, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useTable, type PaginationState, type RowData, type SortingState, type Updater } from "@tanstack/react-table";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { SideScroll } from "@/components/ui/side-scroll";
import { DataTablePagination } from "./data-table-pagination";
import { DataTableToolbar } from "./data-table-toolbar";
import { columnMetaClass, dataTableFeatures, type DataTableColumn, type DataTableState } from "./features";
import { FIRST_PAGE, useTableUrl } from "./use-table-url";

export type DataTableProps<Row extends RowData> = {
  columns: DataTableColumn<Row>[];
  /** One page of rows, already searched, sorted and paged by the server. */
  data: Row[];
  /** Rows matching the search across all pages (a keyset list: the rows shown, or its own total). */
  total: number;
  /** The state the server read from the URL. */
  state: DataTableState;
  pageSizes: readonly number[];
  /** The table's accessible name (a visually hidden caption). */
  label: string;
  /** The search box's label; a list without one (the audit log) has no search box. */
  searchLabel?: string;
  searchPlaceholder?: string;
  /** Shown when the workspace has no rows at all (no search active). */
  empty: { title: string; description?: string; action?: ReactNode; icon?: ReactNode };
  /** Shown instead of `empty` when a filter other than the search (e.g. ?status=) leaves no rows. */
  emptyFiltered?: { title: string; description?: string; action?: ReactNode };
  /** Page actions shown beside the search box. */
  actions?: ReactNode;
  /** Filters shown beside the search box, before the actions. */
  filters?: ReactNode;
  getRowId?: (row: Row) => string;
  /** Per-row classes, e.g. greyed hosts. */
  rowClassName?: (row: Row) => string | undefined;
  /** A line between the toolbar and the table, e.g. "All 25 on this page are selected. Select all 50". */
  notice?: ReactNode;
  /**
   * Keyset paging (a list too long to count: the audit log, the Users lists; lib/tables/keyset):
   * this footer (KeysetPagination) replaces the page numbers.
   */
  keyset?: ReactNode;
};

function apply<T>(updater: Updater<T>, current: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;
}

/**
 * The one data table: TanStack Table v9 renders the columns; search, sort and paging write the
 * URL, the server component re-queries, and the rows stay visible (dimmed, aria-busy) until the
 * new page arrives.
 */
export function DataTable<Row extends RowData>({
  columns,
  data,
  total,
  state,
  pageSizes,
  label,
  searchLabel,
  searchPlaceholder,
  empty,
  emptyFiltered,
  actions,
  filters,
  getRowId,
  rowClassName,
  notice,
  keyset,
}: DataTableProps<Row>) {
  const t = useTranslations("table");
  const { pending, update } = useTableUrl();
  // A keyset page past the end (its rows deleted since, or a hand-made cursor) is empty, not a list without rows.
  const search = useSearchParams();
  const atCursor = Boolean(keyset) && (search.has("after") || search.has("before"));

  const sorting = useMemo<SortingState>(() => [{ id: state.sort, desc: state.dir === "desc" }], [state.sort, state.dir]);
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: state.page - 1, pageSize: state.size }), [state.page, state.size]);

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId: getRowId ? (row) => getRowId(row) : undefined,
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    rowCount: total,
    state: { sorting, pagination },
    onSortingChange: (updater) => {
      const [next] = apply(updater, sorting);
      update({ sort: next ? `${next.id}.${next.desc ? "desc" : "asc"}` : null, ...FIRST_PAGE });
    },
    onPaginationChange: (updater) => {
      const next = apply(updater, pagination);
      const sizeChanged = next.pageSize !== pagination.pageSize;
      update({ size: next.pageSize === pageSizes[0] ? null : next.pageSize, page: sizeChanged || next.pageIndex === 0 ? null : next.pageIndex + 1 });
    },
  });

  const rows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().length;

  let emptyContent: ReactNode = null;
  if (rows.length === 0) {
    if (total > 0 || atCursor) {
      emptyContent = (
        <EmptyState
          title={t("pageEmptyTitle")}
          description={keyset ? undefined : t("pageEmptyDescription")}
          action={
            <Button variant="secondary" onClick={() => update(FIRST_PAGE)}>
              {t("firstPage")}
            </Button>
          }
        />
      );
    } else if (state.q) {
      emptyContent = (
        <EmptyState
          title={t("noResultsTitle", { q: state.q })}
          description={t("noResultsDescription")}
          action={
            <Button variant="secondary" onClick={() => update({ q: null, ...FIRST_PAGE })}>
              {t("clearSearch")}
            </Button>
          }
          icon={
            <svg viewBox="0 0 20 20" className="size-5" fill="currentColor">
              <path d="M8.5 3a5.5 5.5 0 1 0 3.36 9.86l3.64 3.64a.75.75 0 1 0 1.06-1.06l-3.64-3.64A5.5 5.5 0 0 0 8.5 3Zm-4 5.5a4 4 0 1 1 8 0 4 4 0 0 1-8 0Z" />
            </svg>
          }
        />
      );
    } else if (emptyFiltered) {
      emptyContent = <EmptyState title={emptyFiltered.title} description={emptyFiltered.description} action={emptyFiltered.action} />;
    } else {
      emptyContent = <EmptyState title={empty.title} description={empty.description} action={empty.action} icon={empty.icon} />;
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <DataTableToolbar
        q={state.q}
        onSearch={searchLabel ? (q) => update({ q: q || null, ...FIRST_PAGE }) : undefined}
        searchLabel={searchLabel}
        searchPlaceholder={searchPlaceholder}
        filters={filters}
      >
        {actions}
      </DataTableToolbar>
      {notice}

      <div className="relative overflow-hidden rounded-lg border border-line bg-surface shadow-card">
        <div className={cn("pointer-events-none absolute inset-x-0 top-0 h-0.5 overflow-hidden", pending ? "opacity-100" : "opacity-0")} aria-hidden="true">
          <div className="h-full w-1/3 animate-progress bg-brand" />
        </div>
        <span className="sr-only" role="status" aria-live="polite">
          {pending ? t("loading") : ""}
        </span>
        <SideScroll label={label}>
          <table className="w-full border-collapse text-sm" aria-busy={pending || undefined}>
            <caption className="sr-only">{label}</caption>
            <thead className="bg-subtle">
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id} className="border-b border-line">
                  {group.headers.map((header) => {
                    const column = header.column;
                    const sorted = column.getIsSorted();
                    const meta = column.columnDef.meta;
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        aria-sort={column.getCanSort() ? (sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none") : undefined}
                        className={cn(
                          "px-4 py-2.5 text-xs font-semibold tracking-wide whitespace-nowrap text-muted uppercase",
                          meta?.align === "right" ? "text-right" : "text-left",
                          columnMetaClass(meta),
                        )}
                      >
                        {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody className={cn("transition-opacity", pending && "opacity-60")}>
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={columnCount}>{emptyContent}</td>
                </tr>
              ) : (
                rows.map((row) => (
                  <tr key={row.id} className={cn("border-b border-line last:border-b-0 hover:bg-subtle", rowClassName?.(row.original))}>
                    {row.getAllCells().map((cell) => {
                      const meta = cell.column.columnDef.meta;
                      return (
                        <td
                          key={cell.id}
                          className={cn("px-4 py-2.5 align-middle", meta?.align === "right" ? "text-right tabular" : "text-left", columnMetaClass(meta))}
                        >
                          <table.FlexRender cell={cell} />
                        </td>
                      );
                    })}
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </SideScroll>
        {keyset ?? (total > 0 || rows.length > 0 ? <DataTablePagination table={table} total={total} pageSizes={pageSizes} /> : null)}
      </div>
    </div>
  );
}
