import type { ReactNode } from "react";
import { cn } from "./cn";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger" | "brand";

const tones: Record<BadgeTone, string> = {
  neutral: "bg-subtle text-muted ring-line-strong",
  info: "bg-info-soft text-info-ink ring-info-ink/25",
  success: "bg-success-soft text-success-ink ring-success-ink/25",
  warning: "bg-warning-soft text-warning-ink ring-warning-ink/30",
  danger: "bg-danger-soft text-danger-ink ring-danger-ink/25",
  brand: "bg-brand-soft text-brand-ink ring-brand/25",
};

export function Badge({ tone = "neutral", className, children, title }: { tone?: BadgeTone; className?: string; children: ReactNode; title?: string }) {
  return (
    <span
      title={title}
      className={cn("inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset", tones[tone], className)}
    >
      {children}
    </span>
  );
}
