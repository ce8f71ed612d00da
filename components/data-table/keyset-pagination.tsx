"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

/** Where a keyset list's neighbouring pages start (lib/tables/keyset): null when there is none. */
export type KeysetCursors = { next: string | null; previous: string | null };

/**
 * Below a keyset table: rows per page and Previous/Next, no page numbers (the list is walked from
 * a row, not counted: page 2,001 costs what page 1 costs). The cursors go to the URL as
 * ?after= / ?before=; a new size starts from the first page.
 */
export function KeysetPagination({
  cursors,
  size,
  pageSizes,
  onPage,
}: {
  cursors: KeysetCursors;
  size: number;
  pageSizes: readonly number[];
  onPage: (patch: { after: string | null; before: string | null; size?: number | null }) => void;
}) {
  const t = useTranslations("table");
  const sizeId = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  return (
    <div className="flex flex-wrap items-center justify-end gap-4 border-t border-line px-4 py-3 text-sm text-muted">
      <div className="flex items-center gap-2">
        <label htmlFor={`size-${sizeId}`}>{t("rowsPerPage")}</label>
        <Select
          id={`size-${sizeId}`}
          value={String(size)}
          onChange={(e) => onPage({ after: null, before: null, size: Number(e.target.value) === pageSizes[0] ? null : Number(e.target.value) })}
          className="w-20"
        >
          {pageSizes.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </div>
      <nav aria-label={t("pagination")} className="flex items-center gap-1.5">
        <Button
          variant="secondary"
          size="sm"
          onClick={() => onPage({ after: null, before: cursors.previous })}
          disabled={!cursors.previous}
          aria-label={t("previousPage")}
        >
          <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden="true">
            <path d="M12.8 5.2a.75.75 0 0 1 0 1.06L9.06 10l3.74 3.74a.75.75 0 1 1-1.06 1.06l-4.27-4.27a.75.75 0 0 1 0-1.06l4.27-4.27a.75.75 0 0 1 1.06 0Z" />
          </svg>
          {t("previous")}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => onPage({ after: cursors.next, before: null })} disabled={!cursors.next} aria-label={t("nextPage")}>
          {t("next")}
          <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden="true">
            <path d="M7.2 14.8a.75.75 0 0 1 0-1.06L10.94 10 7.2 6.26a.75.75 0 0 1 1.06-1.06l4.27 4.27a.75.75 0 0 1 0 1.06L8.26 14.8a.75.75 0 0 1-1.06 0Z" />
          </svg>
        </Button>
      </nav>
    </div>
  );
}
