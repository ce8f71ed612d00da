import { AppError } from "@/lib/errors";
import type { UiLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
/** What a spreadsheet runs as a formula when a cell starts with it. */
const FORMULA_TRIGGER = new Set(["=", "+", "-", "@", "\t", "\r"]);
/**
 * Where a spreadsheet may start a new cell: our `,`, but also `;` (the list separator of
 * many locales, Excel's default there), a tab, and a line break.
 */
const CELL_START = new Set([",", ";", "\t", "\r", "\n"]);

/**
 * One CSV field, safe to open in a spreadsheet whatever its list separator: a formula trigger at
 * the start or right after any separator gets a leading `'` (so `Smith;=1+1` never becomes a live
 * formula in a `;` locale), and the field is quoted whenever it holds a separator, a quote or a
 * line break.
 */
export function csvField(value: string): string {
  let safe = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (FORMULA_TRIGGER.has(c) && (i === 0 || CELL_START.has(value[i - 1]))) safe += "'";
    safe += c;
  }
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(fields: string[]): string {
  return fields.map(csvField).join(",") + "\r\n";
}

/** The byte-order mark that makes Excel read a CSV file as UTF-8. */
export const CSV_BOM = "\ufeff";

/**
 * A CSV download, as every export answers it: UTF-8, the file name also in ASCII for old
 * clients (RFC 6266), never cached, never sniffed. `body` starts with CSV_BOM and the header line.
 */
export function csvDownload(body: BodyInit, fileName: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/**
 * An export that cannot start: a short plain-text answer (a download never shows a page) in the
 * reader's language; an error that is not an AppError says only that it was ours (the caller logs it).
 */
export function csvProblem(e: unknown, locale: UiLocale): Response {
  const [status, message] = e instanceof AppError ? [e.status, e.messageIn(locale)] : [500, translatorFor(locale)("apiErrors.internal")];
  return new Response(message + "\n", { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
