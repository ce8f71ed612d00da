"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";

const DEBOUNCE_MS = 300;

/**
 * Above the table: a labelled search box that updates the URL after the typing pauses, and the
 * page's own actions (e.g. "Add user") on the right.
 */
export function DataTableToolbar({
  q,
  onSearch,
  searchLabel,
  searchPlaceholder,
  filters,
  children,
}: {
  q: string;
  /** None for a list without a search box (keyset lists). */
  onSearch?: (q: string) => void;
  searchLabel?: string;
  searchPlaceholder?: string;
  filters?: ReactNode;
  children?: ReactNode;
}) {
  const t = useTranslations("table");
  const inputId = `search-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const [value, setValue] = useState(q);
  const sent = useRef(q);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The URL changed from elsewhere (back button, a link): show what it says.
  useEffect(() => {
    if (q !== sent.current) {
      sent.current = q;
      setValue(q);
    }
  }, [q]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  function send(next: string) {
    if (timer.current) clearTimeout(timer.current);
    const trimmed = next.trim();
    if (trimmed === sent.current) return;
    sent.current = trimmed;
    onSearch?.(trimmed);
  }

  function change(next: string) {
    setValue(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => send(next), DEBOUNCE_MS);
  }

  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex flex-1 flex-wrap items-center gap-3">
      {onSearch ? (
      <form
        role="search"
        className="relative w-full sm:w-80"
        onSubmit={(e) => {
          e.preventDefault();
          send(value);
        }}
      >
        <label htmlFor={inputId} className="sr-only">
          {searchLabel}
        </label>
        <svg
          viewBox="0 0 20 20"
          className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-faint"
          fill="currentColor"
          aria-hidden="true"
        >
          <path d="M8.5 3a5.5 5.5 0 1 0 3.36 9.86l3.64 3.64a.75.75 0 1 0 1.06-1.06l-3.64-3.64A5.5 5.5 0 0 0 8.5 3Zm-4 5.5a4 4 0 1 1 8 0 4 4 0 0 1-8 0Z" />
        </svg>
        <Input
          id={inputId}
          type="search"
          value={value}
          onChange={(e) => change(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape" && value) {
              e.preventDefault();
              setValue("");
              send("");
            }
          }}
          placeholder={searchPlaceholder ?? t("searchPlaceholder")}
          autoComplete="off"
          spellCheck={false}
          className="pl-8"
        />
      </form>
      ) : null}
      {filters}
      </div>
      {/* Wraps on a phone: "Import from CSV" and "Add user" side by side made the Users page 480 px wide. */}
      {children ? <div className="flex max-w-full flex-wrap items-center gap-2">{children}</div> : null}
    </div>
  );
}
