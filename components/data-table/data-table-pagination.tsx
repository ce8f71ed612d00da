"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import type { RowData } from "@tanstack/react-table";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
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
  const sizeId = useId().replace(/[^a-zA-Z0-9_-]/g, "");
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
        <div className="flex items-center gap-2">
          <label htmlFor={`size-${sizeId}`}>{t("rowsPerPage")}</label>
          <Select
            id={`size-${sizeId}`}
            value={String(pageSize)}
            onChange={(e) => table.setPagination({ pageIndex: 0, pageSize: Number(e.target.value) })}
            className="w-20"
          >
            {pageSizes.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </div>
        <p className="tabular">{t("pageOf", { page: f.number(pageIndex + 1), pages: f.number(pageCount) })}</p>
        <nav aria-label={t("pagination")} className="flex items-center gap-1.5">
          <Button variant="secondary" size="sm" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()} aria-label={t("previousPage")}>
            <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden="true">
              <path d="M12.8 5.2a.75.75 0 0 1 0 1.06L9.06 10l3.74 3.74a.75.75 0 1 1-1.06 1.06l-4.27-4.27a.75.75 0 0 1 0-1.06l4.27-4.27a.75.75 0 0 1 1.06 0Z" />
            </svg>
            {t("previous")}
          </Button>
          <Button variant="secondary" size="sm" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()} aria-label={t("nextPage")}>
            {t("next")}
            <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden="true">
              <path d="M7.2 14.8a.75.75 0 0 1 0-1.06L10.94 10 7.2 6.26a.75.75 0 0 1 1.06-1.06l4.27 4.27a.75.75 0 0 1 0 1.06L8.26 14.8a.75.75 0 0 1-1.06 0Z" />
            </svg>
          </Button>
        </nav>
      </div>
    </div>
  );
}
