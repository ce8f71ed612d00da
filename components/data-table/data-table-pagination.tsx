"use client";

import { useTranslations } from "next-intl";
import type { RowData } from "@tanstack/react-table";
import { Button } from "@/components/ui/button";
import { PageArrow, RowsPerPage } from "./page-controls";
import { useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { ReactTable } from "@tanstack/react-table";
import type { DataTableFeatures } from "./features";

/** Below the table: which rows show, rows per page, and previous/next page. */
export function DataTablePagination<Row extends RowData>({
  table,
  total,
  pageSizes,
}: {
  table: ReactTable<DataTableFeatures, Row>;
  total: number;
  pageSizes: readonly number[];
}) {
  const t = useTranslations("table");
  const f = useWorkspaceFormat();
  const { pageIndex, pageSize } = table.state.pagination;
  const pageCount = Math.max(1, table.getPageCount());
  const from = total === 0 ? 0 : pageIndex * pageSize + 1;
  const to = Math.min(total, (pageIndex + 1) * pageSize);

  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line px-4 py-3 text-sm text-muted">
      <p aria-live="polite">
        {total === 0 ? t("noRows") : t("showing", { from: f.number(from), to: f.number(to), total: f.number(total) })}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <RowsPerPage sizes={pageSizes} value={pageSize} onChange={(n) => table.setPagination({ pageIndex: 0, pageSize: n })} />
        <p className="tabular">{t("pageOf", { page: f.number(pageIndex + 1), pages: f.number(pageCount) })}</p>
        <nav aria-label={t("pagination")} className="flex items-center gap-1.5">
          <Button variant="secondary" size="sm" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()} aria-label={t("previousPage")}>
            <PageArrow to="previous" />
            {t("previous")}
          </Button>
          <Button variant="secondary" size="sm" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()} aria-label={t("nextPage")}>
            {t("next")}
            <PageArrow to="next" />
          </Button>
        </nav>
      </div>
    </div>
  );
}
