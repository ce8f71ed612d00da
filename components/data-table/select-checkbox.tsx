"use client";

import { useEffect, useRef } from "react";

/**
 * A row or header selection checkbox of the data table: a native checkbox (Space toggles it,
 * Tab reaches it), named by its label, with the "some selected" state shown as indeterminate.
 */
export function SelectCheckbox({
  checked,
  indeterminate = false,
  onChange,
  label,
  disabled,
}: {
  checked: boolean;
  indeterminate?: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  disabled?: boolean;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate && !checked;
  }, [indeterminate, checked]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="size-4 cursor-pointer accent-brand align-middle disabled:cursor-not-allowed"
      checked={checked}
      onChange={(e) => onChange(e.target.checked)}
      aria-label={label}
      disabled={disabled}
    />
  );
}
