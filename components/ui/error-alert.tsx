import type { ReactNode } from "react";
import { cn } from "./cn";

const padding = { sm: "px-3 py-2", md: "px-3 py-2.5" };

/** A refusal or failure in a form or dialog, announced at once (role="alert"); `id` lets the form point at it. */
export function ErrorAlert({ id, label, size = "md", children }: { id?: string; label?: string; size?: "sm" | "md"; children: ReactNode }) {
  return (
    <div id={id} role="alert" aria-label={label} className={cn("rounded-md border border-danger/30 bg-danger-soft text-sm text-danger-ink", padding[size])}>
      {children}
    </div>
  );
}
