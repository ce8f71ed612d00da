"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useTableUrl } from "./use-table-url";

/**
 * The footer of a keyset list (DataTable's `keyset`): newer and older pages by cursor, written to
 * the URL as `before` / `after` (one at a time), and the way back to the newest page. No page
 * numbers and no total: counting a million rows per page is what keyset paging avoids.
 */
export function KeysetPagination({ newer, older }: { newer: string | null; older: string | null }) {
  const t = useTranslations("table");
  const { update } = useTableUrl();
  if (!newer && !older) return null;
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-end gap-1.5 border-t border-line px-4 py-3 text-sm">
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
  );
}
