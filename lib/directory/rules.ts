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

/** Splits one CSV record (RFC 4180 quoting, "" for a quote) on `sep`; null when a quote is left open. */
export function splitCsvLine(line: string, sep: string): string[] | null {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur.trim() === "") {
      quoted = true;
      cur = "";
    } else if (c === sep) {
      out.push(cur);
      cur = "";
    } else cur += c;
    i++;
  }
  if (quoted) return null;
  out.push(cur);
  return out.map((f) => f.trim());
}

/** Records of the text with their 1-based line numbers; a quoted field may span lines. */
function records(text: string): { line: number; text: string }[] {
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\n|\r/);
  const out: { line: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    let rec = lines[i];
    const start = i + 1;
    // An odd number of quotes: the record continues on the next line.
    while ((rec.match(/"/g)?.length ?? 0) % 2 === 1 && i + 1 < lines.length) rec += "\n" + lines[++i];
    out.push({ line: start, text: rec });
  }
  return out;
}

const HEADER_NAME = /^(full ?name|name|display ?name|imi[eę] i nazwisko|name des nutzers)$/i;
const HEADER_EMAIL = /^(e-?mail|e-?mail address|email_address|mail)$/i;

/**
 * Reads "name,email" rows (comma or semicolon, detected from the first record). A first record
 * naming the columns is a header and may put them in any order, with other columns ignored.
 */
export function parseUsersCsv(text: string): ParsedCsv {
  const recs = records(text).filter((r) => r.text.trim() !== "");
  if (recs.length === 0) return { rows: [], errors: [], header: false, total: 0 };
  const first = recs[0].text;
  const bare = first.replace(/"[^"]*"/g, "");
  const sep = (bare.match(/;/g)?.length ?? 0) > (bare.match(/,/g)?.length ?? 0) ? ";" : bare.includes(",") ? "," : bare.includes("\t") ? "\t" : ",";
  let nameAt = 0;
  let emailAt = 1;
  let width = 2;
  let header = false;
  const head = splitCsvLine(first, sep);
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
    const fields = splitCsvLine(rec.text, sep);
    if (!fields) {
      errors.push({ line: rec.line, code: "quote", raw: rec.text });
      continue;
    }
    if (header ? fields.length < Math.max(nameAt, emailAt) + 1 : fields.length !== width) {
      errors.push({ line: rec.line, code: "columns", detail: fields.length, raw: rec.text });
      continue;
    }
    const name = fields[nameAt].replace(/\s+/g, " ");
    const email = fields[emailAt].toLowerCase();
    if (!name) errors.push({ line: rec.line, code: "name", raw: rec.text });
    else if (name.length > 200) errors.push({ line: rec.line, code: "nameLong", raw: rec.text });
    else if (email.length > 320 || !emailSchema.safeParse(email).success) errors.push({ line: rec.line, code: "email", detail: fields[emailAt], raw: rec.text });
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
