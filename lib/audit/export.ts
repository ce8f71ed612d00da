import { sql } from "drizzle-orm";
import { cursorOf, type Tx } from "@/db/scope";
import { CSV_BOM, csvLine } from "@/lib/format/csv";
import type { AuditFilter } from "./filters";
import { AUDIT_COLUMNS, auditWhere, NEWEST_FIRST, toAuditRow, type AuditRow } from "./queries";

export const EXPORT_FORMATS = ["csv", "jsonl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Rows fetched per round trip of the server-side cursor: memory holds one batch and its text. */
export const EXPORT_BATCH = 2000;

/**
 * The bound on one export. A cursor's batches are Execute messages of ONE statement without a
 * Sync between them, so PostgreSQL runs the role's statement timeout (15 s) over the whole
 * download (a million events ended at 15 s in bench:audit-read) and its idle-in-transaction
 * timeout never starts while the portal waits. This replaces both for the export's transaction:
 * long enough for millions of events, short enough that a receiver that stops reading without
 * closing gives its connection back.
 */
export const EXPORT_TIMEOUT = "10min";

const CSV_HEADER = ["id", "occurred_at", "recorded_at", "actor_kind", "actor", "actor_account_id", "action", "subject_type", "subject_id", "data"];

// Every cell through the project's spreadsheet-safe field (lib/format/csv.ts): a formula trigger
// after a separator gets a leading apostrophe, in the data's JSON too. JSON Lines is the format
// for programs; the CSV is for people's spreadsheets.
const toCsv = (r: AuditRow) =>
  csvLine([r.id, r.occurredAt, r.recordedAt, r.actorKind, r.actorLabel, r.actorAccountId ?? "", r.action, r.subjectType, r.subjectId ?? "", JSON.stringify(r.data)]);

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
  const line = input.format === "csv" ? toCsv : jsonLine;
  if (input.format === "csv") await input.write(CSV_BOM + csvLine(CSV_HEADER));
  const query = sql`select ${AUDIT_COLUMNS} from audit_events e where ${auditWhere(workspaceId, input.filter, input.timeZone)} order by ${NEWEST_FIRST}`;
  await tx.execute(sql`select set_config('statement_timeout', ${EXPORT_TIMEOUT}, true)`);
  let count = 0;
  for await (const batch of cursorOf<Parameters<typeof toAuditRow>[0]>(tx, query, EXPORT_BATCH)) {
    let text = "";
    for (const row of batch) text += line(toAuditRow(row));
    count += batch.length;
    await input.write(text);
  }
  return count;
}
