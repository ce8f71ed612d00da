/**
 * Writes db/policies.sql: every RLS policy, FORCE flag, app-role grant and SECURITY DEFINER
 * function after all migrations. With DATABASE_URL unset it migrates a fresh embedded database
 * of its own; run it after adding or merging a migration and commit the result.
 *
 *   npm run db:policies
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { openDatabase } from "../db/launch";
import { describePolicies } from "../db/policies";

const db = await openDatabase({ name: "postgres-policies", fresh: true });
const sql = postgres(db.ownerUrl, { max: 1, onnotice: () => {} });
try {
  const file = path.resolve(import.meta.dirname, "../db/policies.sql");
  writeFileSync(file, await describePolicies(sql));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
} finally {
  await sql.end();
  await db.stop();
}
