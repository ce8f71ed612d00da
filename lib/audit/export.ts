import { sql } from "drizzle-orm";
import { cursorOf, type Tx } from "@/db/scope";
import type { AuditFilter } from "./filters";
import { AUDIT_COLUMNS, auditWhere, toAuditRow, type AuditRow } from "./queries";

export const EXPORT_FORMATS = ["csv", "jsonl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_TYPES: Record<ExportFormat, string> = { csv: "text/csv; charset=utf-8", jsonl: "application/x-ndjson; charset=utf-8" };

/** Rows fetched per round trip of the server-side cursor: memory holds one batch and its text. */
export const EXPORT_BATCH = 2000;

const CSV_HEADER = ["id", "occurred_at", "recorded_at", "actor_kind", "actor", "actor_account_id", "action", "subject_type", "subject_id", "data"];

/**
 * One CSV cell: quoted when it holds a separator, a quote or a line break; a text a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe (OWASP's advice),
 * since actor labels and subject ids come from people.
 */
function cell(value: string | null): string {
  if (value === null) return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const csvLine = (r: AuditRow) =>
  [r.id, r.occurredAt, r.recordedAt, r.actorKind, r.actorLabel, r.actorAccountId, r.action, r.subjectType, r.subjectId, JSON.stringify(r.data)].map(cell).join(",") + "\r\n";

const jsonLine = (r: AuditRow) => JSON.stringify(r) + "\n";

/**
 * Writes every event the filter selects, newest first, through a server-side cursor in the read's
 * transaction, one batch at a time: `write` resolves when the receiver wants more, so a slow
 * download holds one batch, never the log. No row cap.
 */
export async function exportAuditEvents(
  tx: Tx,
  workspaceId: string,
  input: { filter: AuditFilter; timeZone: string; format: ExportFormat; write: (text: string) => Promise<void> },
): Promise<number> {
  const line = input.format === "csv" ? csvLine : jsonLine;
  if (input.format === "csv") await input.write(CSV_HEADER.join(",") + "\r\n");
  const query = sql`select ${AUDIT_COLUMNS} from audit_events e where ${auditWhere(workspaceId, input.filter, input.timeZone)} order by e.occurred_at desc, e.id desc`;
  let count = 0;
  for await (const batch of cursorOf<Parameters<typeof toAuditRow>[0]>(tx, query, EXPORT_BATCH)) {
    let text = "";
    for (const row of batch) text += line(toAuditRow(row));
    count += batch.length;
    await input.write(text);
  }
  return count;
}
