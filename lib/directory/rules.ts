import { parse } from "csv-parse/sync";
import { z } from "zod";

/**
 * Reading a CSV of directory users and planning its import: plain functions, no I/O. The plan
 * is what the preview shows and what the apply step does, so the two never disagree.
 */

export const IMPORT_MAX_ROWS = 1000;
export const IMPORT_MAX_CHARS = 500_000;

export type CsvRowError = { line: number; code: "columns" | "name" | "nameLong" | "email" | "quote"; detail?: string | number; raw: string };
export type CsvUser = { line: number; name: string; email: string };
export type ParsedCsv = { rows: CsvUser[]; errors: CsvRowError[]; header: boolean; total: number };

const emailSchema = z.email();

/** A record of the file: its fields (null when the parser could not read it) and the line it starts on. */
type CsvRecord = { line: number; fields: string[] | null; raw: string };

const NEWLINE = /\r\n|\n|\r/g;

/** The line a record starts on, from the line it ends on and its raw text (leading blank lines dropped). */
function firstLine(endLine: number, raw: string): number {
  const body = raw.replace(/^(?:[ \t]*(?:\r\n|\n|\r))+/, "").replace(/(?:\r\n|\n|\r)$/, "");
  return endLine - (body.match(NEWLINE)?.length ?? 0);
}

/**
 * The file's records by csv-parse (RFC 4180: quoted fields with separators, doubled quotes and
 * line breaks; a BOM; CRLF, LF or CR). A record it cannot read (a quote left open) is kept as an
 * error with its line, so one bad row never hides the others.
 */
function readRecords(text: string, delimiter: string, to?: number): CsvRecord[] {
  const out: CsvRecord[] = [];
  const rows = parse(text, {
    delimiter,
    bom: true,
    info: true,
    raw: true,
    trim: true,
    to,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err, raw) => {
      if (err) out.push({ line: firstLine(Number(err.lines), raw ?? ""), fields: null, raw: (raw ?? "").trim() });
    },
  }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  for (const r of rows) out.push({ line: firstLine(r.info.lines, r.raw), fields: r.record, raw: r.raw.trim() });
  return out.sort((a, b) => a.line - b.line);
}

const DELIMITERS = [",", ";", "\t"] as const;

/** The separator that splits the first record into the most fields (a comma when none splits it). */
function detectDelimiter(text: string): string {
  let best: { delimiter: string; width: number } = { delimiter: ",", width: 1 };
  for (const delimiter of DELIMITERS) {
    const width = readRecords(text, delimiter, 1)[0]?.fields?.length ?? 0;
    if (width > best.width) best = { delimiter, width };
  }
  return best.delimiter;
}

const HEADER_NAME = /^(full ?name|name|display ?name|imi[eę] i nazwisko|name des nutzers)$/i;
const HEADER_EMAIL = /^(e-?mail|e-?mail address|email_address|mail)$/i;

/**
 * Reads "name,email" rows (comma, semicolon or tab, whichever splits the first record). A first
 * record naming the columns is a header and may put them in any order, with other columns ignored.
 */
export function parseUsersCsv(text: string): ParsedCsv {
  const recs = readRecords(text, detectDelimiter(text));
  if (recs.length === 0) return { rows: [], errors: [], header: false, total: 0 };
  let nameAt = 0;
  let emailAt = 1;
  let width = 2;
  let header = false;
  const head = recs[0].fields;
  if (head) {
    const n = head.findIndex((h) => HEADER_NAME.test(h));
    const e = head.findIndex((h) => HEADER_EMAIL.test(h));
    if (n >= 0 && e >= 0) {
      header = true;
      nameAt = n;
      emailAt = e;
      width = head.length;
    }
  }
  const rows: CsvUser[] = [];
  const errors: CsvRowError[] = [];
  for (const rec of header ? recs.slice(1) : recs) {
    const fields = rec.fields;
    if (!fields) {
      errors.push({ line: rec.line, code: "quote", raw: rec.raw });
      continue;
    }
    if (header ? fields.length < Math.max(nameAt, emailAt) + 1 : fields.length !== width) {
      errors.push({ line: rec.line, code: "columns", detail: fields.length, raw: rec.raw });
      continue;
    }
    const name = fields[nameAt].replace(/\s+/g, " ");
    const email = fields[emailAt].toLowerCase();
    if (!name) errors.push({ line: rec.line, code: "name", raw: rec.raw });
    else if (name.length > 200) errors.push({ line: rec.line, code: "nameLong", raw: rec.raw });
    else if (email.length > 320 || !emailSchema.safeParse(email).success) errors.push({ line: rec.line, code: "email", detail: fields[emailAt], raw: rec.raw });
    else rows.push({ line: rec.line, name, email });
  }
  return { rows, errors, header, total: rows.length + errors.length };
}

export type ImportOutcome =
  | { kind: "create" }
  | { kind: "skipExisting"; existingName: string }
  | { kind: "skipDuplicate"; firstLine: number };

export type ImportPlanRow = CsvUser & { outcome: ImportOutcome };
export type ImportPlan = {
  rows: ImportPlanRow[];
  errors: CsvRowError[];
  create: CsvUser[];
  counts: { create: number; skip: number; errors: number };
};

/**
 * What importing `parsed` into a directory that already holds `existing` (lower-cased e-mail →
 * name) changes: new e-mails are created; e-mails already there, or repeated in the file, are
 * skipped. Importing the same file twice therefore creates nothing the second time.
 */
export function planImport(parsed: ParsedCsv, existing: Map<string, string>): ImportPlan {
  const seen = new Map<string, number>();
  const rows: ImportPlanRow[] = parsed.rows.map((r) => {
    const key = r.email.toLowerCase();
    const prior = seen.get(key);
    if (prior !== undefined) return { ...r, outcome: { kind: "skipDuplicate", firstLine: prior } };
    seen.set(key, r.line);
    const there = existing.get(key);
    if (there !== undefined) return { ...r, outcome: { kind: "skipExisting", existingName: there } };
    return { ...r, outcome: { kind: "create" } };
  });
  const create = rows.filter((r) => r.outcome.kind === "create").map(({ line, name, email }) => ({ line, name, email }));
  return { rows, errors: parsed.errors, create, counts: { create: create.length, skip: rows.length - create.length, errors: parsed.errors.length } };
}
