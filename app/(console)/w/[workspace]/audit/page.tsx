import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { decodeAuditCursor, encodeAuditCursor, type AuditKey } from "@/lib/audit/cursor";
import { auditFilter, filterParams, FILTER_KEYS, isFiltered, type AuditFilter } from "@/lib/audit/filters";
import { auditPage } from "@/lib/audit/reads";
import { AUDIT_ACTIONS, AUDIT_SUBJECTS } from "@/lib/audit/vocabulary";
import { AppError } from "@/lib/errors";
import { runRead } from "@/lib/operations/read";
import { workspacePageFor } from "@/lib/workspaces/current";
import { AuditFilters } from "./audit-filters";
import { AuditTable } from "./audit-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

const PAGE_SIZE = 50;

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The URL's filter (a submitted form's blanks mean "no filter") and cursor. What cannot be read
 * names its fields instead of failing the page: the table is not shown for a filter that was not
 * applied, so nobody reads unfiltered rows as filtered ones.
 */
function readUrl(search: Search): { filter: AuditFilter; raw: Record<string, string>; invalid: string[]; after: AuditKey | null; before: AuditKey | null } {
  const raw = Object.fromEntries(FILTER_KEYS.map((k) => [k, one(search[k])?.trim() ?? ""]).filter(([, v]) => v)) as Record<string, string>;
  const parsed = auditFilter.safeParse(raw);
  const invalid = parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "filter")))];
  const cursor = (name: "after" | "before") => {
    try {
      return decodeAuditCursor(one(search[name]));
    } catch (e) {
      if (e instanceof AppError) {
        invalid.push("cursor");
        return null;
      }
      throw e;
    }
  };
  return { filter: parsed.success ? parsed.data : {}, raw, invalid, after: cursor("after"), before: cursor("before") };
}

/**
 * The workspace's audit log, newest first: filters in the URL, keyset pages by `after`/`before`,
 * a drawer per event, and the filter's exports (the API's export, with the session).
 */
export default async function AuditPage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<Search> }) {
  const { workspace: slug } = await params;
  const ctx = await workspacePageFor(slug, "audit_log");
  const url = readUrl(await searchParams);
  const t = await getTranslations("audit");
  const ok = url.invalid.length === 0;
  const fetched = ok
    ? await runRead(ctx, auditPage.with({ filter: url.filter, limit: PAGE_SIZE + 1, ...(url.before ? { before: url.before } : { after: url.after }) }))
    : [];

  // One row more than a page says whether the list goes on in the direction read.
  const more = fetched.length > PAGE_SIZE;
  const rows = url.before ? (more ? fetched.slice(1) : fetched) : fetched.slice(0, PAGE_SIZE);
  const hasNewer = url.before ? more : Boolean(url.after);
  const hasOlder = url.before ? true : more;
  const first = rows[0];
  const last = rows.at(-1);

  const query = filterParams(url.filter).toString();
  const exportHref = (format: "csv" | "jsonl") => `/api/v1/workspaces/${ctx.workspace.slug}/audit-events/export?format=${format}${query ? `&${query}` : ""}`;

  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <AuditFilters
        values={url.raw}
        invalid={url.invalid}
        actions={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`actions.${a}`) })).sort((a, b) => a.label.localeCompare(b.label, ctx.workspace.locale))}
        subjects={AUDIT_SUBJECTS.map((s) => ({ value: s, label: t(`subjects.${s}`) })).sort((a, b) => a.label.localeCompare(b.label, ctx.workspace.locale))}
      />
      {ok ? (
        <AuditTable
          rows={rows}
          filtered={isFiltered(url.filter)}
          newer={hasNewer && first ? encodeAuditCursor(first) : null}
          older={hasOlder && last ? encodeAuditCursor(last) : null}
          exports={{ csv: exportHref("csv"), jsonl: exportHref("jsonl") }}
        />
      ) : null}
    </>
  );
}
