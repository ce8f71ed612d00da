"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { PageArrow, RowsPerPage } from "./page-controls";
import { useTableUrl } from "./use-table-url";

/** Where a keyset list's neighbouring pages start (lib/tables/keyset): null when there is none. */
export type KeysetCursors = { next: string | null; previous: string | null };

/**
 * The footer of a keyset list (DataTable's `keyset`): newer and older pages by cursor, written to
 * the URL as `before` / `after` (one at a time), and the way back to the newest page. No page
 * numbers and no total: counting a million rows per page is what keyset paging avoids. With
 * `pageSizes` (the Users lists), rows per page too; a new size starts from the first page.
 */
export function KeysetPagination({ newer, older, size, pageSizes }: { newer: string | null; older: string | null; size?: number; pageSizes?: readonly number[] }) {
  const t = useTranslations("table");
  const { update } = useTableUrl();
  const sizes = pageSizes && pageSizes.length > 1 ? pageSizes : null;
  if (!newer && !older && !sizes) return null;
  return (
    <div className="flex flex-wrap items-center justify-end gap-4 border-t border-line px-4 py-3 text-sm text-muted">
      {sizes ? (
        <RowsPerPage sizes={sizes} value={size ?? sizes[0]} onChange={(n) => update({ after: null, before: null, size: n === sizes[0] ? null : n })} />
      ) : null}
      <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-1.5">
        {newer ? (
          <Button variant="ghost" size="sm" onClick={() => update({ after: null, before: null })}>
            {t("firstPage")}
          </Button>
        ) : null}
        <Button variant="secondary" size="sm" onClick={() => update({ before: newer, after: null })} disabled={!newer} aria-label={t("previousPage")}>
          <PageArrow to="previous" />
          {t("previous")}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => update({ after: older, before: null })} disabled={!older} aria-label={t("nextPage")}>
          {t("next")}
          <PageArrow to="next" />
        </Button>
      </nav>
    </div>
  );
}
