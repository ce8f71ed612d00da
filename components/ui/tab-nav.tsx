"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { cn } from "./cn";

export type TabItem = { href: string; label: string };

/**
 * Route tabs: a labelled nav of links, the current one marked aria-current="page". Links, not
 * role="tab", because each tab is its own page with its own URL.
 */
export function TabNav({ items, label, className }: { items: TabItem[]; label: string; className?: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className={cn("-mb-px flex gap-1 overflow-x-auto", className)}>
      {items.map((item) => {
        const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
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
    </nav>
  );
}
