"use client";

import { useEffect, useId, useState } from "react";

/**
 * A small "?" that explains a figure: shown on hover and on keyboard focus, described to screen
 * readers through aria-describedby, and dismissed with Escape (WCAG 1.4.13).
 */
export function HelpTip({ label, children, align = "center" }: { label: string; children: string; align?: "center" | "end" }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <span className="relative inline-flex align-middle normal-case" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        aria-label={label}
        aria-describedby={id}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex size-4 items-center justify-center rounded-full border border-line-strong text-[10px] leading-none font-semibold text-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-brand"
      >
        ?
      </button>
      <span
        role="tooltip"
        id={id}
        className={
          (open ? "visible opacity-100 " : "invisible opacity-0 ") +
          (align === "end" ? "right-0 " : "left-1/2 -translate-x-1/2 ") +
          "absolute top-full z-30 mt-1.5 w-64 rounded-md border border-line bg-surface px-3 py-2 text-left text-xs font-normal tracking-normal text-ink shadow-overlay transition-opacity"
        }
      >
        {children}
      </span>
    </span>
  );
}
