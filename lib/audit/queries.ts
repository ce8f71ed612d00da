import { and, sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/scope";
import type { AuditKey } from "./cursor";
import type { AuditFilter } from "./filters";
import { actorKind, type ActorKind } from "./vocabulary";

/** One event as the Audit tab, the API and the exports show it: moments as UTC text to the microsecond. */
export type AuditRow = {
  id: string;
  occurredAt: string;
  recordedAt: string;
  actorKind: ActorKind;
  actorAccountId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  data: Record<string, unknown>;
};

type Fetched = Omit<AuditRow, "actorKind">;

/** The columns of a row, in the one order the CSV export writes them too. */
export const AUDIT_COLUMNS = sql`e.id::text as "id", app_audit_instant(e.occurred_at) as "occurredAt", app_audit_instant(e.recorded_at) as "recordedAt",
  e.actor_account_id::text as "actorAccountId", e.actor_label as "actorLabel", e.action, e.subject_type as "subjectType", e.subject_id as "subjectId", e.data`;

export const toAuditRow = (r: Fetched): AuditRow => ({ ...r, actorKind: actorKind(r.actorLabel, r.actorAccountId) });

/**
 * Newest first, spelled as the indexes are built: drizzle's `.desc()` makes `DESC NULLS LAST`,
 * and a plain `order by … desc` (NULLS FIRST) does not match such an index, so PostgreSQL read
 * and sorted every row of the workspace for each page (the columns are NOT NULL, but the planner
 * does not use that). Read backwards (a page before a cursor), the same index gives the reverse.
 */
export const NEWEST_FIRST = sql`e.occurred_at desc nulls last, e.id desc nulls last`;
const OLDEST_FIRST = sql`e.occurred_at asc nulls first, e.id asc nulls first`;

/** A day's start in the workspace's time zone, or the moment itself. */
const start = (v: string, timeZone: string) => (v.length === 10 ? sql`(${v}::date::timestamp at time zone ${timeZone})` : sql`${v}::timestamptz`);
/** The end, exclusive: the next day's start for a day. */
const end = (v: string, timeZone: string) => (v.length === 10 ? sql`((${v}::date + 1)::timestamp at time zone ${timeZone})` : sql`${v}::timestamptz`);

/**
 * The rows a filter selects in one workspace. Equalities only, each leading an index of migration
 * 0025 that ends in (occurred_at desc, id desc), so the keyset order comes from the index. The
 * workspace condition stands beside RLS (which already hides other workspaces) so the planner can
 * use those indexes.
 */
export function auditWhere(workspaceId: string, f: AuditFilter, timeZone: string): SQL {
  return and(
    sql`e.workspace_id = ${workspaceId}`,
    f.actor ? sql`e.actor_label = ${f.actor}` : undefined,
    f.action ? sql`e.action = ${f.action}` : undefined,
    f.subjectType ? sql`e.subject_type = ${f.subjectType}` : undefined,
    f.subjectId ? sql`e.subject_id = ${f.subjectId}` : undefined,
    f.from ? sql`e.occurred_at >= ${start(f.from, timeZone)}` : undefined,
    f.to ? sql`e.occurred_at < ${end(f.to, timeZone)}` : undefined,
  )!;
}

export type AuditPageInput = { filter: AuditFilter; timeZone: string; limit: number } & (
  | { after?: AuditKey | null; before?: undefined }
  | { before: AuditKey; after?: undefined }
);

/**
 * Up to `limit` events, newest first: after a cursor (older than it) or before one (newer than
 * it, read upwards from the cursor and turned back). Ask for one more than a page to learn whether
 * another follows.
 */
export async function auditEvents(tx: Tx, workspaceId: string, input: AuditPageInput): Promise<AuditRow[]> {
  const where = auditWhere(workspaceId, input.filter, input.timeZone);
  const edge = input.before ?? input.after;
  const keyset = !edge
    ? sql``
    : input.before
      ? sql`and (e.occurred_at, e.id) > (${edge.occurredAt}::timestamptz, ${edge.id}::bigint)`
      : sql`and (e.occurred_at, e.id) < (${edge.occurredAt}::timestamptz, ${edge.id}::bigint)`;
  const order = input.before ? OLDEST_FIRST : NEWEST_FIRST;
  const rows = await tx.execute<Fetched>(sql`select ${AUDIT_COLUMNS} from audit_events e where ${where} ${keyset} order by ${order} limit ${input.limit}`);
  const out = [...rows].map(toAuditRow);
  return input.before ? out.reverse() : out;
}
