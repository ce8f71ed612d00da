"use client";

import { useId } from "react";
import { Select } from "@/components/ui/select";
import { FIRST_PAGE, useTableUrl } from "./use-table-url";

/**
 * A labelled select that writes one filter to the URL (?name=value), back to page 1; the server
 * component reads it with parseTableParams({ filters: [name] }) and filters in SQL.
 */
export function DataTableFilter({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string;
  /** The first option is the "no filter" one; its value is dropped from the URL. */
  options: { value: string; label: string }[];
}) {
  const id = `filter-${name}-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const { pending, update } = useTableUrl();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm text-muted">
        {label}
      </label>
      <Select
        id={id}
        value={value}
        aria-busy={pending || undefined}
        onChange={(e) => update({ [name]: e.target.value === options[0]?.value ? null : e.target.value, ...FIRST_PAGE })}
        className="w-auto"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
