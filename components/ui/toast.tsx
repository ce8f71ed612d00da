"use client";

import type { CSSProperties } from "react";
import { toast, Toaster as SonnerToaster } from "sonner";

/**
 * Sonner's rich colours, repainted with our tokens: its own success/info/warning/error text
 * colours fail WCAG AA on their backgrounds (axe: color-contrast), ours are the badge pairs
 * (≥ 7:1). The variables sit on the toaster element itself, so they win over sonner's theme.
 */
const TOKENS = {
  "--normal-bg": "var(--color-surface)",
  "--normal-border": "var(--color-line)",
  "--normal-text": "var(--color-ink)",
  "--success-bg": "var(--color-success-soft)",
  "--success-border": "color-mix(in srgb, var(--color-success-ink) 25%, transparent)",
  "--success-text": "var(--color-success-ink)",
  "--info-bg": "var(--color-info-soft)",
  "--info-border": "color-mix(in srgb, var(--color-info-ink) 25%, transparent)",
  "--info-text": "var(--color-info-ink)",
  "--warning-bg": "var(--color-warning-soft)",
  "--warning-border": "var(--color-warning-line)",
  "--warning-text": "var(--color-warning-ink)",
  "--error-bg": "var(--color-danger-soft)",
  "--error-border": "color-mix(in srgb, var(--color-danger-ink) 25%, transparent)",
  "--error-text": "var(--color-danger-ink)",
} as CSSProperties;

/** The one toast region of the app; sonner makes it a labelled live region. */
export function Toaster({ label }: { label?: string }) {
  return (
    <SonnerToaster
      position="bottom-right"
      theme="light"
      richColors
      closeButton
      duration={5000}
      containerAriaLabel={label}
      style={TOKENS}
      toastOptions={{ className: "font-sans" }}
    />
  );
}

/** Results of an action, for the person who did it. */
export const notify = {
  success: (message: string, description?: string) => toast.success(message, { description }),
  error: (message: string, description?: string) => toast.error(message, { description }),
  info: (message: string, description?: string) => toast.info(message, { description }),
  warning: (message: string, description?: string) => toast.warning(message, { description }),
};
