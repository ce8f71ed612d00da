"use client";

import type { CellData, Column, RowData } from "@tanstack/react-table";
import { cn } from "@/components/ui/cn";
import type { DataTableFeatures } from "./features";

/**
 * A column's header: a button that toggles the server-side sort when the column is sortable
 * (the <th> carries aria-sort), plain text otherwise.
 */
export function DataTableColumnHeader<Row extends RowData, TValue extends CellData = CellData>({
  column,
  title,
  className,
}: {
  column: Column<DataTableFeatures, Row, TValue>;
  title: string;
  className?: string;
}) {
  if (!column.getCanSort()) return <span className={className}>{title}</span>;
  const sorted = column.getIsSorted();
  const alignRight = column.columnDef.meta?.align === "right";
  return (
    <button
      type="button"
      onClick={column.getToggleSortingHandler()}
      className={cn(
        "group -mx-2 inline-flex items-center gap-1 rounded px-2 py-1 font-semibold tracking-wide uppercase hover:bg-line/50 hover:text-ink",
        alignRight && "flex-row-reverse",
        sorted ? "text-ink" : "",
        className,
      )}
    >
      <span>{title}</span>
      <SortIcon direction={sorted} />
    </button>
  );
}

function SortIcon({ direction }: { direction: false | "asc" | "desc" }) {
  return (
    <svg
      viewBox="0 0 16 16"
      className={cn("size-3.5 shrink-0", direction ? "text-brand" : "text-faint opacity-60 group-hover:opacity-100")}
      fill="currentColor"
      aria-hidden="true"
    >
      {direction === "asc" ? (
        <path d="M8 3.5 12.5 9h-9L8 3.5Z" />
      ) : direction === "desc" ? (
        <path d="M8 12.5 3.5 7h9L8 12.5Z" />
      ) : (
        <path d="M8 2.5 11.5 6.5h-7L8 2.5Zm0 11L4.5 9.5h7L8 13.5Z" />
      )}
    </svg>
  );
}
