import type { Ref, SelectHTMLAttributes } from "react";
import { cn } from "./cn";
import { controlClass } from "./input";

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> };

/** A styled native select: keyboard, screen readers and mobile pickers work as the platform does. */
export function Select({ className, children, ...rest }: SelectProps) {
  return (
    <span className={cn("relative inline-flex", className)}>
      <select className={cn(controlClass, "appearance-none pr-8")} {...rest}>
        {children}
      </select>
      <svg
        className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-muted"
        viewBox="0 0 20 20"
        fill="currentColor"
        aria-hidden="true"
      >
        <path d="M5.2 7.6a.75.75 0 0 1 1.06-.04L10 11.1l3.74-3.54a.75.75 0 1 1 1.02 1.1l-4.25 4a.75.75 0 0 1-1.02 0l-4.25-4a.75.75 0 0 1-.04-1.06Z" />
      </svg>
    </span>
  );
}
