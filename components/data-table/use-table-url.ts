"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useTransition } from "react";

export type UrlPatch = Record<string, string | number | null>;

/** A new order, search, filter or size starts at the first page, by number or by keyset cursor. */
export const FIRST_PAGE = { page: null, after: null, before: null } as const;

/**
 * The table's state lives in the URL: an update replaces the search params (no new history
 * entry per keystroke) inside a transition, so the server component re-queries while the
 * current rows stay on screen and `pending` says a new page is on its way.
 */
export function useTableUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();

  const update = useCallback(
    (patch: UrlPatch) => {
      const next = new URLSearchParams(searchParams.toString());
      for (const [key, value] of Object.entries(patch)) {
        if (value === null || value === "") next.delete(key);
        else next.set(key, String(value));
      }
      const qs = next.toString();
      if (qs === searchParams.toString()) return;
      startTransition(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }));
    },
    [pathname, router, searchParams],
  );

  return { pending, update };
}
