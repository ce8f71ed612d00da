import type { DataTableState } from "./features";
import type { KeysetCursors } from "./keyset-pagination";

/** The texts every list keeps under the same keys of its own namespace. */
type ListText = "tableLabel" | "searchLabel" | "searchPlaceholder" | "emptyTitle" | "emptyDescription";

/**
 * One page of a list as its page hands it to the table: the rows the server read, their total
 * (or, for a keyset list, the neighbouring pages' cursors), the URL's state.
 */
export type ListPage<Row> = { rows: Row[]; state: DataTableState; pageSizes: readonly number[] } & (
  | { total: number; keyset?: never }
  | { keyset: KeysetCursors; total?: never }
);

/**
 * The DataTable props a list fills the same way everywhere: the page of rows, and its label,
 * search and empty texts from the list's namespace. A list with its own empty state passes
 * `empty` after the spread.
 */
export function listTableProps<Row>({ rows, state, pageSizes, ...paging }: ListPage<Row>, t: (key: ListText) => string) {
  return {
    data: rows,
    ...(paging.keyset ? { keyset: paging.keyset } : { total: paging.total ?? 0 }),
    state,
    pageSizes,
    label: t("tableLabel"),
    searchLabel: t("searchLabel"),
    searchPlaceholder: t("searchPlaceholder"),
    empty: { title: t("emptyTitle"), description: t("emptyDescription") },
  };
}
