"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
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
  const sizeId = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const sizes = pageSizes && pageSizes.length > 1 ? pageSizes : null;
  if (!newer && !older && !sizes) return null;
  return (
    <div className="flex flex-wrap items-center justify-end gap-4 border-t border-line px-4 py-3 text-sm text-muted">
      {sizes ? (
        <div className="flex items-center gap-2">
          <label htmlFor={`size-${sizeId}`}>{t("rowsPerPage")}</label>
          <Select
            id={`size-${sizeId}`}
            value={String(size ?? sizes[0])}
            onChange={(e) => update({ after: null, before: null, size: Number(e.target.value) === sizes[0] ? null : Number(e.target.value) })}
            className="w-20"
          >
            {sizes.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </div>
      ) : null}
      <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-1.5">
        {newer ? (
          <Button variant="ghost" size="sm" onClick={() => update({ after: null, before: null })}>
            {t("firstPage")}
          </Button>
        ) : null}
        <Button variant="secondary" size="sm" onClick={() => update({ before: newer, after: null })} disabled={!newer} aria-label={t("previousPage")}>
          <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden="true">
            <path d="M12.8 5.2a.75.75 0 0 1 0 1.06L9.06 10l3.74 3.74a.75.75 0 1 1-1.06 1.06l-4.27-4.27a.75.75 0 0 1 0-1.06l4.27-4.27a.75.75 0 0 1 1.06 0Z" />
          </svg>
          {t("previous")}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => update({ after: older, before: null })} disabled={!older} aria-label={t("nextPage")}>
          {t("next")}
          <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden="true">
            <path d="M7.2 14.8a.75.75 0 0 1 0-1.06L10.94 10 7.2 6.26a.75.75 0 0 1 1.06-1.06l4.27 4.27a.75.75 0 0 1 0 1.06L8.26 14.8a.75.75 0 0 1-1.06 0Z" />
          </svg>
        </Button>
      </nav>
    </div>
  );
}
