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
