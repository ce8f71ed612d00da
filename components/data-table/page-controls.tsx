"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/select";

/** The rows-per-page choice of both pagers (offset and keyset): the chosen size goes to `onChange`. */
export function RowsPerPage({ sizes, value, onChange }: { sizes: readonly number[]; value: number; onChange: (size: number) => void }) {
  const t = useTranslations("table");
  const id = `size-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id}>{t("rowsPerPage")}</label>
      <Select id={id} value={String(value)} onChange={(e) => onChange(Number(e.target.value))} className="w-20">
        {sizes.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** The previous/next chevron of both pagers. */
export function PageArrow({ to }: { to: "previous" | "next" }) {
  return (
    <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden="true">
      <path d={to === "previous" ? "M12.8 5.2a.75.75 0 0 1 0 1.06L9.06 10l3.74 3.74a.75.75 0 1 1-1.06 1.06l-4.27-4.27a.75.75 0 0 1 0-1.06l4.27-4.27a.75.75 0 0 1 1.06 0Z" : "M7.2 14.8a.75.75 0 0 1 0-1.06L10.94 10 7.2 6.26a.75.75 0 0 1 1.06-1.06l4.27 4.27a.75.75 0 0 1 0 1.06L8.26 14.8a.75.75 0 0 1-1.06 0Z"} />
    </svg>
  );
}
