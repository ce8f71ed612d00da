import { createColumnHelper, rowPaginationFeature, rowSortingFeature, tableFeatures, type ColumnDef, type RowData } from "@tanstack/react-table";

/** Per-column presentation hints for the one data table. */
export type DataTableColumnMeta = {
  /** Numbers and counts align right. */
  align?: "left" | "right";
  /** Extra classes for this column's cells and header. */
  className?: string;
  /**
   * A secondary column, hidden below this width (md: 768 px, lg: 1024 px) so that a phone or a
   * tablet keeps the key columns on screen instead of scrolling sideways; the detail page shows it.
   */
  priority?: "md" | "lg";
};

const PRIORITY_CLASS = { md: "hidden md:table-cell", lg: "hidden lg:table-cell" } as const;

/** The classes a column's meta adds to its header and cells (extra classes, and hiding by priority). */
export function columnMetaClass(meta: DataTableColumnMeta | undefined): string | undefined {
  if (!meta?.priority) return meta?.className;
  return meta.className ? `${PRIORITY_CLASS[meta.priority]} ${meta.className}` : PRIORITY_CLASS[meta.priority];
}

/**
 * The table's features: sorting and paging state only. Both are manual: the server sorts and
 * pages; the table keeps the state (read from the URL) and renders.
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnMeta: {} as DataTableColumnMeta,
});

export type DataTableFeatures = typeof dataTableFeatures;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DataTableColumn<Row extends RowData> = ColumnDef<DataTableFeatures, Row, any>;

/** The column helper every page's columns.tsx uses. */
export function dataTableColumns<Row extends RowData>() {
  return createColumnHelper<DataTableFeatures, Row>();
}

/** The table's state as the server parsed it from the URL (lib/tables/params). */
export type DataTableState = {
  page: number;
  size: number;
  sort: string;
  dir: "asc" | "desc";
  q: string;
};
