import { sql, type SQL } from "drizzle-orm";
import { licenses } from "@/db/schema";
import { EXPIRING_WITHIN_DAYS, type LicenseState } from "./rules";

/**
 * `licenseStateAt` (./rules.ts) as a SQL expression over the `licenses` row of the query, at
 * `now` (the workspace's clock as SQL), so lists filter and sort by the state they show.
 * tests/db/seats-model.test.ts checks the two agree case by case.
 */
export function licenseStateSql(at: SQL | Date): SQL<LicenseState> {
  // postgres-js binds strings, not Dates, in raw SQL.
  const now = at instanceof Date ? at.toISOString() : at;
  return sql<LicenseState>`(case
    when ${licenses.state} = 'replaced' or ${licenses.replacedById} is not null then 'replaced'
    when ${licenses.state} = 'cancelled' then 'cancelled'
    when ${licenses.state} = 'expired' or ${licenses.termEnd} <= (${now})::timestamptz then 'expired'
    when ${licenses.state} = 'provisional' then 'provisional'
    when ${licenses.termEnd} - (${now})::timestamptz < make_interval(days => ${EXPIRING_WITHIN_DAYS}) then 'expiring'
    else 'active' end)`;
}
