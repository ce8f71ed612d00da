import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { dbLimits } from "./limits";
import { PoolSlots } from "./pool-slots";
import * as schema from "./schema";
import { appDatabaseUrl } from "./urls";

export type DB = PostgresJsDatabase<typeof schema>;

/** A connection pool and the slots its transactions take (db/scope.ts takes one per scope). */
export type Pool = { sql: postgres.Sql; db: DB; slots: PoolSlots };

/** The app's pools, connected as the app role; cached on globalThis across dev reloads. */
const g = globalThis as unknown as { __lcPrimary?: Pool; __lcReplica?: Pool };

/**
 * Behind PgBouncer in transaction mode a connection changes hands between transactions, so
 * named prepared statements must be off (DB_PREPARE=off); on a direct connection they save a
 * round of parsing per query. PgBouncer also refuses startup parameters it does not know, so
 * there the timeouts come from the app role's own settings (db/migrate.ts ensureAppRole).
 */
function open(url: string): Pool {
  const limits = dbLimits();
  const direct = process.env.DB_PREPARE !== "off";
  const sql = postgres(url, {
    max: limits.poolSize,
    onnotice: () => {},
    idle_timeout: 30,
    prepare: direct,
    connection: {
      application_name: "license-console",
      ...(direct && {
        statement_timeout: limits.statementTimeoutMs,
        idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
      }),
    },
  });
  return { sql, db: drizzle(sql, { schema, casing: "snake_case" }), slots: new PoolSlots(limits.poolSize, limits.acquireTimeoutMs) };
}

export function appPool(): Pool {
  return (g.__lcPrimary ??= open(appDatabaseUrl()));
}

export function appDb(): DB {
  return appPool().db;
}

/**
 * A streaming replica (DATABASE_REPLICA_URL, as the app role) for reads that tolerate lag;
 * null when none is configured, and then such reads go to the primary.
 */
export function replicaPool(): Pool | null {
  const url = process.env.DATABASE_REPLICA_URL;
  if (!url) return null;
  return (g.__lcReplica ??= open(url));
}

export async function closeAppDb(): Promise<void> {
  await Promise.all([g.__lcPrimary?.sql.end({ timeout: 5 }), g.__lcReplica?.sql.end({ timeout: 5 })]);
  g.__lcPrimary = g.__lcReplica = undefined;
}
