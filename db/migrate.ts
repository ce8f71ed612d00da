import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { dbLimits } from "./limits";
import { APP_ROLE, appRolePassword } from "./urls";

/** Tables of the shared catalogue: the app reads them, only migrations and seeds write. */
const READ_ONLY_TABLES = ["products", "prices", "publishers", "resellers"];
/** Written only by SECURITY DEFINER triggers (the audit chains' heads, migration 0024); read under RLS. */
const TRIGGER_WRITTEN_TABLES = ["audit_chain_heads", "reseller_audit_chain_heads"];
/** Append-only history, and definitions that codes point at. */
const APPEND_ONLY_TABLES = ["audit_events", "reseller_audit_events", "publisher_audit_events", "license_definitions"];
/** Reached only through SECURITY DEFINER functions (app_throttle_*, app_api_rate_*, app_worker_*, app_*_session*). */
const FUNCTION_ONLY_TABLES = ["throttle_counters", "api_rate_limits", "worker_heartbeats", "ended_sessions", "password_resets"];

/**
 * Applies the committed migrations as the owner, then (re)creates the app role and its grants.
 * Safe to run on every start: each step is idempotent. Returns nothing; the app derives its URL.
 */
export async function migrateDatabase(ownerUrl: string): Promise<void> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    // Two processes starting at once (tests, dev) must not run the migrations twice.
    await sql`select pg_advisory_lock(7340021)`;
    await migrate(drizzle(sql), { migrationsFolder: path.resolve(import.meta.dirname, "migrations") });
    await ensureAppRole(sql);
  } finally {
    await sql`select pg_advisory_unlock(7340021)`.catch(() => {});
    await sql.end();
  }
}

async function ensureAppRole(sql: postgres.Sql): Promise<void> {
  const role = sql(APP_ROLE);
  const [exists] = await sql`select 1 from pg_roles where rolname = ${APP_ROLE}`;
  const password = appRolePassword();
  if (!exists) {
    // Roles are cluster-wide: a parallel run on another database may create it first.
    await sql`create role ${role} login nosuperuser nobypassrls nocreatedb nocreaterole`.catch((e) => {
      if (e?.code !== "42710" && e?.code !== "23505") throw e;
    });
  }
  await sql.unsafe(`alter role "${APP_ROLE}" with login nosuperuser nobypassrls password '${password.replaceAll("'", "''")}'`);
  const [{ db }] = await sql`select current_database() as db`;
  await sql`grant connect on database ${sql(db)} to ${role}`;
  await sql`grant usage on schema public to ${role}`;
  await sql`grant select, insert, update, delete on all tables in schema public to ${role}`;
  await sql`grant usage, select on all sequences in schema public to ${role}`;
  for (const t of [...READ_ONLY_TABLES, ...TRIGGER_WRITTEN_TABLES]) await sql`revoke insert, update, delete on ${sql(t)} from ${role}`;
  for (const t of APPEND_ONLY_TABLES) await sql`revoke update, delete on ${sql(t)} from ${role}`;
  for (const t of FUNCTION_ONLY_TABLES) await sql`revoke all on ${sql(t)} from ${role}`;
  // The server-side limits hold for every session of the role, whatever client opens it.
  const limits = dbLimits();
  await sql.unsafe(`alter role "${APP_ROLE}" set statement_timeout = ${limits.statementTimeoutMs}`);
  await sql.unsafe(`alter role "${APP_ROLE}" set idle_in_transaction_session_timeout = ${limits.idleInTransactionTimeoutMs}`);
}
