"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "./cn";

/**
 * A box that scrolls sideways when its content (a wide table on a phone) is wider than it, so
 * the page itself never does. While it does scroll, it is a named region in the Tab order: a
 * keyboard user can reach and scroll it (axe: scrollable-region-focusable). When everything fits
 * it is a plain div and adds no Tab stop.
 */
export function SideScroll({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className={cn("overflow-x-auto", className)}
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? "region" : undefined}
      aria-label={scrolls ? label : undefined}
    >
      {children}
    </div>
  );
}
