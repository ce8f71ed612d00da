"use client";

import { useId, type ReactNode } from "react";
import { cn } from "./cn";

/** What a Field hands to its control, so label, hint and error are wired up for assistive tech. */
export type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
};

export type FieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  /** One message or several; shown under the control and announced with it. */
  error?: string | string[] | null;
  required?: boolean;
  className?: string;
  id?: string;
  children: (control: FieldControlProps) => ReactNode;
};

export function Field({ label, hint, error, required, className, id: givenId, children }: FieldProps) {
  const autoId = useId();
  const id = givenId ?? `f${autoId.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const errors = (Array.isArray(error) ? error : error ? [error] : []).filter(Boolean);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-medium text-ink">
        {label}
        {required ? (
          <span aria-hidden="true" className="ml-0.5 text-danger">
            *
          </span>
        ) : null}
      </label>
      {children({
        id,
        "aria-describedby": describedBy,
        "aria-invalid": errors.length ? true : undefined,
        "aria-required": required ? true : undefined,
      })}
      {hint ? (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <p id={errorId} className="flex items-start gap-1 text-sm text-danger-ink">
          <svg viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0" fill="currentColor" aria-hidden="true">
            <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-.75 4.5h1.5v5h-1.5v-5Zm0 6.5h1.5v1.5h-1.5V13Z" />
          </svg>
          <span>{errors.join(" ")}</span>
        </p>
      ) : null}
    </div>
  );
}
