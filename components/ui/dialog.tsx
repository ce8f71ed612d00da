"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { cn } from "./cn";

export type DialogProps = {
  open: boolean;
  /** Called for Escape, the close button and the backdrop; the parent decides to close. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  size?: "sm" | "md" | "lg";
  /** The alertdialog role for confirmations that need an answer. */
  role?: "dialog" | "alertdialog";
  /** Refuse to close (e.g. while a submission runs). */
  busy?: boolean;
  className?: string;
};

const widths = { sm: "max-w-sm", md: "max-w-lg", lg: "max-w-2xl" };

/** A dialog's useful controls: its fields and buttons, not its close button. */
const USEFUL = ["input", "select", "textarea", "button", "a[href]", "[tabindex]:not([tabindex='-1'])"]
  .map((c) => `${c}:not(:disabled):not([data-dialog-close]):not([type='hidden'])`)
  .join(", ");

/**
 * A modal on the native <dialog>: showModal() makes the rest of the page inert, traps focus and
 * moves it into the dialog (first focusable or [autofocus]); Escape closes; focus returns to the
 * control that opened it. Labelled by its title, described by its description.
 */
export function Dialog({ open, onClose, title, description, children, footer, size = "md", role = "dialog", busy = false, className }: DialogProps) {
  const t = useTranslations("common");
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const titleId = `dlg-${id}-title`;
  const descId = description ? `dlg-${id}-desc` : undefined;

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
    } else if (!open && d.open) {
      d.close();
    }
    if (!open) return;
    // showModal() focuses the first control there is. A dialog that loads its content (a preview,
    // a user's products) has none yet but the close button, or none at all: once its first useful
    // control appears, focus moves there, unless the person has moved it already.
    const waiting = () => document.activeElement === d || document.activeElement === document.body || document.activeElement?.hasAttribute("data-dialog-close");
    const focusUseful = () => {
      if (!waiting()) return true;
      const target = d.querySelector<HTMLElement>("[autofocus]:not(:disabled)") ?? d.querySelector<HTMLElement>(USEFUL);
      target?.focus();
      return Boolean(target);
    };
    if (focusUseful()) return;
    const observer = new MutationObserver(() => {
      if (focusUseful()) observer.disconnect();
    });
    observer.observe(d, { childList: true, subtree: true, attributes: true, attributeFilter: ["disabled"] });
    const stop = () => observer.disconnect();
    d.addEventListener("keydown", stop, { once: true });
    d.addEventListener("pointerdown", stop, { once: true });
    return () => {
      observer.disconnect();
      d.removeEventListener("keydown", stop);
      d.removeEventListener("pointerdown", stop);
    };
  }, [open]);

  // Closing from outside (navigation, unmount) must still give focus back.
  useEffect(() => {
    const d = ref.current;
    return () => {
      if (d?.open) d.close();
    };
  }, []);

  function restoreFocus() {
    const el = opener.current;
    opener.current = null;
    if (el && el.isConnected) requestAnimationFrame(() => el.focus());
  }

  return (
    // The backdrop press is a pointer shortcut; Escape (onCancel) and the dialog's buttons close it by keyboard.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- see above
    <dialog
      ref={ref}
      role={role === "alertdialog" ? "alertdialog" : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={descId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
      onClose={restoreFocus}
      onMouseDown={(e) => {
        // A press on the backdrop lands on the <dialog> element itself.
        if (e.target === e.currentTarget && !busy) onClose();
      }}
      className={cn(
        "m-auto w-[calc(100%-2rem)] rounded-xl border border-line bg-surface p-0 text-ink shadow-overlay",
        widths[size],
        className,
      )}
    >
      {open ? (
        <div className="relative flex max-h-[85vh] flex-col">
          <div className="flex items-start justify-between gap-4 border-b border-line py-4 pr-12 pl-5">
            <div>
              <h2 id={titleId} className="text-lg font-semibold text-ink">
                {title}
              </h2>
              {description ? (
                <p id={descId} className="mt-1 text-sm text-muted">
                  {description}
                </p>
              ) : null}
            </div>
          </div>
          {children ? <div className="overflow-y-auto px-5 py-4">{children}</div> : null}
          {footer ? <div className="flex justify-end gap-2 border-t border-line bg-subtle px-5 py-3 rounded-b-xl">{footer}</div> : null}
          {/* Last in the Tab order, first in the corner: a preview's confirm button is reached on the first Tab pass. */}
          <button
            type="button"
            data-dialog-close=""
            onClick={() => !busy && onClose()}
            disabled={busy}
            className="absolute top-3.5 right-3.5 rounded-md p-1.5 text-muted hover:bg-subtle hover:text-ink disabled:opacity-50"
            aria-label={t("close")}
          >
            <svg viewBox="0 0 20 20" className="size-5" fill="currentColor" aria-hidden="true">
              <path d="M5.3 5.3a1 1 0 0 1 1.4 0L10 8.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4L10 11.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 10 5.3 6.7a1 1 0 0 1 0-1.4Z" />
            </svg>
          </button>
        </div>
      ) : null}
    </dialog>
  );
}
