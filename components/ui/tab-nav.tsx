"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { cn } from "./cn";

export type TabItem = { href: string; label: string };

/**
 * Route tabs: a labelled nav of links, the current one marked aria-current="page". Links, not
 * role="tab", because each tab is its own page with its own URL.
 *
 * Below 1024 px eleven tabs do not fit (a phone showed "Lic…" at the edge): the same links sit
 * behind a disclosure button naming the current page (aria-expanded, Escape closes it and returns
 * focus). It closes on navigation because it is open only for the path it was opened on.
 */
export function TabNav({ items, label, className }: { items: TabItem[]; label: string; className?: string }) {
  const pathname = usePathname();
  const listId = useId();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const isActive = (item: TabItem) => pathname === item.href || pathname.startsWith(`${item.href}/`);
  const current = items.find(isActive);
  const button = useRef<HTMLButtonElement>(null);
  // Escape on the button or any of the menu's links closes it and returns focus to the button.
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !open) return;
    setOpenOn(null);
    button.current?.focus();
  };
  // A console of a few tabs (the publisher's one) fits a phone as it is.
  const collapses = items.length > 3;

  return (
    <nav aria-label={label} className={cn("-mb-px", className)}>
      {collapses ? (
        <div className="pb-2 lg:hidden">
          <button
            ref={button}
            type="button"
            onKeyDown={closeOnEscape}
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpenOn(open ? null : pathname)}
            className="flex w-full items-center justify-between gap-2 rounded-md border border-line bg-surface px-3 py-2 text-sm font-medium text-ink hover:bg-canvas sm:w-auto sm:min-w-56"
          >
            <span className="flex items-center gap-2">
              <svg className="size-4 text-muted" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
                <path d="M3 5.75A.75.75 0 0 1 3.75 5h12.5a.75.75 0 0 1 0 1.5H3.75A.75.75 0 0 1 3 5.75Zm0 4.25a.75.75 0 0 1 .75-.75h12.5a.75.75 0 0 1 0 1.5H3.75A.75.75 0 0 1 3 10Zm.75 3.5a.75.75 0 0 0 0 1.5h12.5a.75.75 0 0 0 0-1.5H3.75Z" />
              </svg>
              {current?.label ?? label}
            </span>
            <svg className={cn("size-4 text-muted transition-transform", open && "rotate-180")} viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
              <path d="M5.2 7.6a.75.75 0 0 1 1.06-.04L10 11.1l3.74-3.54a.75.75 0 1 1 1.02 1.1l-4.25 4a.75.75 0 0 1-1.02 0l-4.25-4a.75.75 0 0 1-.04-1.06Z" />
            </svg>
          </button>
          <ul id={listId} hidden={!open} className="mt-2 grid gap-0.5 rounded-md border border-line bg-surface p-1 shadow-overlay sm:grid-cols-2">
            {items.map((item) => {
              const active = isActive(item);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={active ? "page" : undefined}
                    onClick={() => setOpenOn(null)}
                    onKeyDown={closeOnEscape}
                    className={cn(
                      "block rounded px-3 py-2 text-sm font-medium",
                      active ? "bg-brand-soft text-brand-ink" : "text-ink hover:bg-canvas",
                    )}
                  >
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <div className={cn("gap-1", collapses ? "hidden lg:flex" : "flex")}>
        {items.map((item) => {
          const active = isActive(item);
          return (
            <Link
              key={item.href}
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "rounded-t-md border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap transition-colors",
                active ? "border-brand text-brand-ink" : "border-transparent text-muted hover:border-line-strong hover:text-ink",
              )}
            >
              {item.label}
            </Link>
          );
        })}
      </div>
    </nav>
  );
}
