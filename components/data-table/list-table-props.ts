import type { DataTableState } from "./features";

/** The texts every list keeps under the same keys of its own namespace. */
type ListText = "tableLabel" | "searchLabel" | "searchPlaceholder" | "emptyTitle" | "emptyDescription";

/** One page of a list as its page hands it to the table: the rows the server read, their total, the URL's state. */
export type ListPage<Row> = { rows: Row[]; total: number; state: DataTableState; pageSizes: readonly number[] };

/**
 * The DataTable props a list fills the same way everywhere: the page of rows, and its label,
 * search and empty texts from the list's namespace. A list with its own empty state passes
 * `empty` after the spread.
 */
export function listTableProps<Row>({ rows, total, state, pageSizes }: ListPage<Row>, t: (key: ListText) => string) {
  return {
    data: rows,
    total,
    state,
    pageSizes,
    label: t("tableLabel"),
    searchLabel: t("searchLabel"),
    searchPlaceholder: t("searchPlaceholder"),
    empty: { title: t("emptyTitle"), description: t("emptyDescription") },
  };
}
