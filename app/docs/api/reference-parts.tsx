import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { SchemaRow } from "@/lib/api/reference";

/* The pieces the API reference is built of: inline code, example blocks, method badges, type cells and its tables. */

const METHOD_TONE: Record<string, BadgeTone> = { GET: "info", POST: "success", PUT: "warning", PATCH: "warning", DELETE: "danger" };

export function Code({ children }: { children: ReactNode }) {
  return <code className="rounded bg-subtle px-1 py-0.5 font-mono text-[0.8125rem] text-ink">{children}</code>;
}

export function Pre({ children, label }: { children: string; label: string }) {
  return (
    <pre
      aria-label={label}
      // A scrolling code block must be reachable by keyboard to scroll it (axe: scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
      tabIndex={0}
      className="mt-3 overflow-x-auto rounded-md border border-line bg-subtle px-4 py-3 font-mono text-xs leading-relaxed text-ink"
    >
      {children}
    </pre>
  );
}

export function Method({ method }: { method: string }) {
  return (
    <Badge tone={METHOD_TONE[method] ?? "neutral"} className="w-16 justify-center font-mono">
      {method}
    </Badge>
  );
}

/** A field's type, linked to the named schema it refers to. */
export function TypeCell({ type, schemaRef }: { type: string; schemaRef?: string }) {
  if (!schemaRef) return <code className="font-mono text-xs text-ink">{type}</code>;
  const [before, after] = type.split(schemaRef);
  return (
    <code className="font-mono text-xs text-ink">
      {before}
      <a href={`#schema-${schemaRef}`} className="text-brand-ink underline underline-offset-2 hover:no-underline">
        {schemaRef}
      </a>
      {after}
    </code>
  );
}

export const th = "px-3 py-2 text-left text-xs font-semibold tracking-wide text-muted uppercase";
export const td = "px-3 py-2 align-top";

/** The frame every table of the reference shares: scrolling box, hidden caption, header row. */
export function RefTable({ caption, columns, className = "mt-2", children }: { caption: string; columns: ReactNode[]; className?: string; children: ReactNode }) {
  return (
    <div className={cn("relative overflow-x-auto rounded-md border border-line", className)}>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-subtle">
          <tr className="border-b border-line">
            {columns.map((c, i) => (
              <th key={i} scope="col" className={th}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export const row = "border-b border-line last:border-b-0";

/** A field's or parameter's description and constraints, or a dash for neither. */
export function DescriptionCell({ description, constraints }: { description?: string | null; constraints: string[] }) {
  return (
    <td className={cn(td, "text-muted")}>
      {description ? <p className="text-ink">{description}</p> : null}
      {constraints.length ? <p className="text-xs">{constraints.join(" · ")}</p> : null}
      {!description && !constraints.length ? <span aria-hidden="true">—</span> : null}
    </td>
  );
}

export async function FieldsTable({ rows, caption }: { rows: SchemaRow[]; caption: string }) {
  const t = await getTranslations("apiDocs.table");
  return (
    <RefTable caption={caption} columns={[t("field"), t("type"), t("description")]}>
      {rows.map((r) => (
        <tr key={r.path} className={row}>
          <th scope="row" className={cn(td, "text-left font-normal whitespace-nowrap")} style={{ paddingLeft: `${0.75 + r.depth * 1.25}rem` }}>
            <code className="font-mono text-xs font-semibold text-ink">{r.depth ? r.path.slice(r.path.lastIndexOf(".") + 1) : r.name}</code>
            {r.required ? <span className="ml-1.5 text-xs text-danger-ink">{t("required")}</span> : null}
          </th>
          <td className={cn(td, "whitespace-nowrap")}>
            <TypeCell type={r.type} schemaRef={r.ref} />
          </td>
          <DescriptionCell description={r.description} constraints={r.constraints} />
        </tr>
      ))}
    </RefTable>
  );
}
