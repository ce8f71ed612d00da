"use client";

import type { ReactNode } from "react";
import { Field } from "./field";
import { Input, type InputProps } from "./input";

/** A labelled text input with hint and error: Field and Input in one. */
export function TextField({
  label,
  hint,
  error,
  required,
  className,
  "aria-invalid": ariaInvalid,
  "aria-describedby": ariaDescribedBy,
  ...input
}: Omit<InputProps, "id"> & { label: ReactNode; hint?: ReactNode; error?: string | string[] | null }) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className}>
      {(control) => (
        <Input
          {...input}
          id={control.id}
          required={required}
          aria-required={control["aria-required"]}
          aria-invalid={control["aria-invalid"] ?? ariaInvalid}
          aria-describedby={[control["aria-describedby"], ariaDescribedBy].filter(Boolean).join(" ") || undefined}
        />
      )}
    </Field>
  );
}
