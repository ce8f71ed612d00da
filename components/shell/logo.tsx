import { cn } from "@/components/ui/cn";

/** The console's mark (decorative: the product name always stands beside it). */
export function Logo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={cn("size-7 shrink-0", className)} aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="var(--color-brand)" />
      <path d="M10 9v14h12" stroke="#fff" strokeWidth="3" fill="none" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="21" cy="12" r="3" fill="#fff" />
    </svg>
  );
}
