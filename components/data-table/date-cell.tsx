"use client";

import { useWorkspaceFormat } from "@/components/workspace/workspace-context";

/** A date column's cell: the day in the workspace's format, machine-readable in `dateTime`, never wrapped. */
export function DateCell({ value }: { value: string | Date }) {
  const f = useWorkspaceFormat();
  const d = new Date(value);
  return (
    <time dateTime={d.toISOString()} className="whitespace-nowrap tabular">
      {f.date(d)}
    </time>
  );
}
