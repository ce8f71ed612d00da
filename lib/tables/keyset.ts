import { asc, desc, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { z } from "zod";
import { parseTableParams, type TableParams } from "./params";

/**
 * Keyset paging for the large lists (Users, a product's users): a page starts after (or ends
 * before) the row a cursor names, by the list's sort key and the row's id as tiebreak, so page
 * 2,001 costs what page 1 costs (an index range scan, no OFFSET walking 50,000 rows, no count(*)).
 * The URL carries the cursor: ?after=<cursor> (Next) or ?before=<cursor> (Previous).
 *
 * The sort columns are NOT NULL (a NULL would fall outside every row comparison). A cursor is
 * the sort key as PostgreSQL's own text (`column::text`: a timestamptz keeps its microseconds,
 * which a JS Date would drop and so repeat or skip rows) and the id, base64url JSON. It is not
 * signed: it only moves the window, its values are bound parameters and row-level security and
 * the workspace filter still decide which rows exist; a malformed one is ignored (first page).
 */
export type KeyCursor = { key: string; id: string };

export type KeysetParams<K extends string> = Omit<TableParams<K>, "page"> & { after: KeyCursor | null; before: KeyCursor | null };

/** One page and the cursors of its neighbours (null: no such page). */
export type KeysetPage<T> = { rows: T[]; next: string | null; previous: string | null; size: number };

const cursorShape = z.tuple([z.string().max(1000), z.uuid()]);

export function encodeKeyCursor(c: KeyCursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id])).toString("base64url");
}

export function decodeKeyCursor(s: string | undefined): KeyCursor | null {
  if (!s || s.length > 2000) return null;
  try {
    const [key, id] = cursorShape.parse(JSON.parse(Buffer.from(s, "base64url").toString("utf8")));
    // PostgreSQL text never holds NUL; a cursor with one was not made here.
    return key.includes("\u0000") ? null : { key, id };
  } catch {
    return null;
  }
}

/** The table's URL state for a keyset list: the usual sort, size and search, and after/before. */
export function parseKeysetParams<K extends string>(
  search: Record<string, string | string[] | undefined>,
  opts: Parameters<typeof parseTableParams<K>>[1],
): KeysetParams<K> {
  const { page: _page, ...p } = parseTableParams(search, opts);
  const one = (k: string) => {
    const v = search[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const after = decodeKeyCursor(one("after"));
  return { ...p, after, before: after ? null : decodeKeyCursor(one("before")) };
}

/**
 * The WHERE, ORDER BY and LIMIT of one keyset page over (`column`, `id`) in direction `dir`, and
 * `cursorKey` to select beside the rows (the text each row's cursor carries). `cast` is the
 * column's type, so the cursor's text compares as what it is. `column` may be a name under its
 * collation (`byName(users.name, locale)`): the explicit COLLATE then governs the row comparison
 * with the cursor too (it wins over the parameter's default collation), so order and cursor agree.
 * A `before` page is read backwards (nearest rows first) and put back in order by `keysetPage`.
 */
export function keysetQuery(
  p: { dir: "asc" | "desc"; size: number; after: KeyCursor | null; before: KeyCursor | null },
  column: AnyColumn | SQL,
  id: AnyColumn,
  cast: "text" | "timestamptz",
): { where: SQL | undefined; orderBy: SQL[]; limit: number; cursorKey: SQL<string> } {
  const cursor = p.after ?? p.before;
  // Walking forward in an ascending list, or backward in a descending one, goes up.
  const up = (p.dir === "asc") === !p.before;
  const where = cursor
    ? up
      ? sql`(${column}, ${id}) > (${cursor.key}::${sql.raw(cast)}, ${cursor.id}::uuid)`
      : sql`(${column}, ${id}) < (${cursor.key}::${sql.raw(cast)}, ${cursor.id}::uuid)`
    : undefined;
  const order = up ? asc : desc;
  return { where, orderBy: [order(column), order(id)], limit: p.size + 1, cursorKey: sql<string>`(${column})::text` };
}

/** The page from a keyset query's rows (`size` + 1 read, to know whether more follow). */
export function keysetPage<T extends { cursorKey: string }>(
  read: T[],
  p: { size: number; after: KeyCursor | null; before: KeyCursor | null },
  id: (row: T) => string,
): KeysetPage<Omit<T, "cursorKey">> {
  const more = read.length > p.size;
  const rows = read.slice(0, p.size);
  if (p.before) rows.reverse();
  const first = rows[0];
  const last = rows.at(-1);
  const cursor = (r: T | undefined) => (r ? encodeKeyCursor({ key: r.cursorKey, id: id(r) }) : null);
  // Going forward, a previous page exists when we came from one; going back, a next one does.
  const hasNext = p.before ? true : more;
  const hasPrevious = p.before ? more : Boolean(p.after);
  return {
    rows: rows.map(({ cursorKey: _k, ...r }) => r),
    next: hasNext ? cursor(last) : null,
    previous: hasPrevious ? cursor(first) : null,
    size: p.size,
  };
}
