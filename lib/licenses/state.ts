import { sql, type SQL } from "drizzle-orm";
import { licenses, licenseTerms } from "@/db/schema";
import { EXPIRING_WITHIN_DAYS, type LicenseState } from "./rules";

/**
 * The SQL twins of ./rules.ts and ./term-rules.ts over the `licenses` row of the query, at `now`
 * (the workspace's clock as SQL), so lists filter and sort by what they show.
 * tests/db/license-time.test.ts checks each against its TypeScript rule over many random cases.
 */

// postgres-js binds strings, not Dates, in raw SQL.
const instant = (at: SQL | Date) => (at instanceof Date ? sql`(${at.toISOString()})::timestamptz` : sql`(${at})::timestamptz`);

const toDate = (v: string | Date) => (v instanceof Date ? v : new Date(v));

/**
 * The outer query's licenses row, always qualified: drizzle leaves columns of a single-table
 * select unqualified, and inside the ledger subqueries below an unqualified "term_end" or "id"
 * would name the ledger's own column.
 */
const row = (column: "id" | "workspace_id" | "term_end") => sql`${licenses}.${sql.identifier(column)}`;

/** `coveredUntil`: the row's term end, or the end of a renewal that takes over from it or has started. */
export function coveredUntilSql(at: SQL | Date): SQL<Date> {
  const now = instant(at);
  return sql<Date>`greatest(${row("term_end")}, (select max(t.term_end) from ${licenseTerms} t
      where t.workspace_id = ${row("workspace_id")} and t.license_id = ${row("id")} and t.renews_term_end is not null
        and t.term_start <= greatest(${row("term_end")}, ${now})))`.mapWith(toDate);
}

/** `isExpiring` for an end instant. */
export function expiringSql(end: SQL, at: SQL | Date): SQL<boolean> {
  const now = instant(at);
  return sql<boolean>`(${end} > ${now} and ${end} - ${now} < make_interval(days => ${EXPIRING_WITHIN_DAYS}))`;
}

/** `licenseStateAt` with the license's renewals from the ledger. */
export function licenseStateSql(at: SQL | Date): SQL<LicenseState> {
  const now = instant(at);
  const end = coveredUntilSql(at);
  return sql<LicenseState>`(case
    when ${licenses.state} = 'replaced' or ${licenses.replacedById} is not null then 'replaced'
    when ${licenses.state} = 'cancelled' then 'cancelled'
    when ${licenses.state} = 'expired' or ${end} <= ${now} then 'expired'
    when ${licenses.state} = 'provisional' then 'provisional'
    when ${expiringSql(end, at)} then 'expiring'
    else 'active' end)`;
}

/** `pendingRenewal(...)?.termEnd`: the renewal bought ahead (not started by `now`), "renewed until …". */
export function renewedUntilSql(at: SQL | Date): SQL<Date | null> {
  const now = instant(at);
  return sql<Date | null>`(select max(t.term_end) from ${licenseTerms} t
      where t.workspace_id = ${row("workspace_id")} and t.license_id = ${row("id")}
        and t.renews_term_end is not null and t.term_start > ${now})`.mapWith((v: string | Date | null) => (v === null ? null : toDate(v)));
}
