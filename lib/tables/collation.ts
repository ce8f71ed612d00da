import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * The databases are created with the C collation (byte order): "anna" sorted after "Zofia" and
 * "Łukasz" after "Zygmunt". Names sort with PostgreSQL's ICU collations instead (built into
 * PostgreSQL 15+ and the embedded server, no migration needed): case and accents only break ties,
 * and each language's own letters sit where its readers expect them (Polish ł after l).
 */
const ICU_BY_LANGUAGE: Record<string, string> = { pl: "pl-x-icu", de: "de-x-icu", en: "en-x-icu" };

/** Every collation nameCollation can answer: the Users list keeps one name index per collation. */
export const NAME_COLLATIONS = [...Object.values(ICU_BY_LANGUAGE), "und-x-icu"] as const;

/** The collation for a workspace's locale ("pl-PL"): its language's, else ICU's root order. */
export function nameCollation(locale?: string | null): string {
  return ICU_BY_LANGUAGE[(locale ?? "").split("-")[0].toLowerCase()] ?? "und-x-icu";
}

/**
 * The one way to order by a name: `orderBy(asc(byName(products.name, locale)))`. A keyset cursor
 * on a name must compare with the same expression, or pages would skip and repeat rows.
 */
export function byName(column: AnyColumn | SQL, locale?: string | null): SQL {
  // A fixed list of identifiers, never user input: safe to place raw.
  return sql`${column} collate ${sql.raw(`"${nameCollation(locale)}"`)}`;
}
