import { z } from "zod";

/**
 * The state of a server-side table, carried in the URL: ?page=2&size=50&sort=name.desc&q=ann.
 * Unknown or malformed values fall back to defaults instead of failing the page.
 */
export const PAGE_SIZES = [25, 50, 100] as const;

export type TableParams<K extends string> = {
  page: number;
  size: number;
  sort: K;
  dir: "asc" | "desc";
  q: string;
  filters: Record<string, string>;
};

export function parseTableParams<K extends string>(
  search: Record<string, string | string[] | undefined>,
  opts: { sortable: readonly K[]; defaultSort: K; defaultDir?: "asc" | "desc"; filters?: readonly string[] },
): TableParams<K> {
  const one = (k: string) => {
    const v = search[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const page = z.coerce.number().int().min(1).max(1_000_000).catch(1).parse(one("page") ?? 1);
  const sizeRaw = z.coerce.number().int().catch(PAGE_SIZES[0]).parse(one("size") ?? PAGE_SIZES[0]);
  const size = (PAGE_SIZES as readonly number[]).includes(sizeRaw) ? sizeRaw : PAGE_SIZES[0];
  const [sortKey, dirRaw] = (one("sort") ?? "").split(".");
  const sort = (opts.sortable as readonly string[]).includes(sortKey) ? (sortKey as K) : opts.defaultSort;
  const dir = dirRaw === "asc" || dirRaw === "desc" ? dirRaw : sort === opts.defaultSort ? (opts.defaultDir ?? "asc") : "asc";
  const q = (one("q") ?? "").trim().slice(0, 200);
  const filters: Record<string, string> = {};
  for (const f of opts.filters ?? []) {
    const v = one(f)?.trim();
    if (v) filters[f] = v.slice(0, 200);
  }
  return { page, size, sort, dir, q, filters };
}

/** Escapes LIKE wildcards so a search for "50%" finds "50%", not everything. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The one UUID check: an id in a URL path (or a session's id) that cannot be a row's id is "not
 * found" before any query (a uuid column refuses other text).
 */
export function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}

export type Page<T> = { rows: T[]; total: number; page: number; size: number };
