import { z } from "zod";
import { v } from "@/lib/i18n/validation";

// ISO 8601 has a year 0000 and zod lets it through; PostgreSQL has none (1 BC precedes AD 1) and
// refused the cast with an error, a 500 where a 422 belongs.
const notYearZero = (v: string) => !v.startsWith("0000");
/** A calendar day (the date range's ends on the Audit tab), read in the workspace's time zone. */
const day = z.iso.date().refine(notYearZero, { error: v("invalid_date") });
/** Or an exact moment (an API client's), with its offset. */
const instant = z.iso.datetime({ offset: true }).refine(notYearZero, { error: v("invalid_datetime") });

/**
 * The audit log's filters: one shape for the Audit tab's URL and the API's query
 * (`GET …/audit-events` and its export), so both accept and refuse the same things.
 * `from` is inclusive; `to` is inclusive for a day (the whole day) and exclusive for a moment.
 */
export const auditFilterShape = {
  actor: z.string().trim().min(1).max(320).optional().describe("Exactly who acted, as recorded: an e-mail, an API token's address or job:<kind>."),
  action: z
    .string()
    .max(100)
    .regex(/^[a-z_]+(\.[a-z_]+)+$/, v("audit_action"))
    .optional()
    .describe("One action, e.g. license.renewed or job.renewal.window_close."),
  subjectType: z.string().max(50).regex(/^[a-z_]+$/, v("audit_subject_type")).optional().describe("The kind of subject, e.g. license, directory_user, host."),
  subjectId: z.string().trim().min(1).max(100).optional().describe("The subject's id; needs subjectType."),
  from: z.union([day, instant]).optional().describe("From this day (workspace time zone) or moment, inclusive."),
  to: z.union([day, instant]).optional().describe("Up to this day, inclusive (workspace time zone), or this moment, exclusive."),
};

type FilterFields = { [K in keyof typeof auditFilterShape]?: z.output<(typeof auditFilterShape)[K]> };

const isDay = (v: string) => v.length === 10;

/** The checks across fields, for every schema built on the shape (zod refuses to extend a refined object). */
export function checkFilter(f: FilterFields, ctx: z.RefinementCtx): void {
  if (f.subjectId && !f.subjectType) ctx.addIssue({ code: "custom", path: ["subjectId"], message: v("subject_id_needs_type") });
  if (f.from && f.to && isDay(f.from) === isDay(f.to)) {
    const ends = isDay(f.from) ? f.from > f.to : Date.parse(f.from) >= Date.parse(f.to);
    if (ends) ctx.addIssue({ code: "custom", path: ["to"], message: v("range_ends_before_start") });
  }
}

export const auditFilter = z.object(auditFilterShape).superRefine(checkFilter);

export type AuditFilter = z.output<typeof auditFilter>;

export const FILTER_KEYS = Object.keys(auditFilterShape) as (keyof AuditFilter)[];

/** Only the filter's fields of `filter`, for a read's input. */
export const onlyFilter = (f: AuditFilter): AuditFilter => Object.fromEntries(FILTER_KEYS.filter((k) => f[k]).map((k) => [k, f[k]]));

/** The filter's fields as URL parameters (export links, the page's own links), blanks left out. */
export function filterParams(filter: AuditFilter): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of FILTER_KEYS) if (filter[k]) out.set(k, filter[k]);
  return out;
}

export const isFiltered = (filter: AuditFilter) => FILTER_KEYS.some((k) => filter[k]);
