import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";
import { appDatabaseUrl } from "./urls";

export type DB = PostgresJsDatabase<typeof schema>;

/** The app's one client, connected as the app role; cached on globalThis across dev reloads. */
const g = globalThis as unknown as { __lcSql?: postgres.Sql; __lcDb?: DB; __lcReplicaSql?: postgres.Sql; __lcReplicaDb?: DB };

/**
 * Behind PgBouncer in transaction mode a connection changes hands between transactions, so
 * named prepared statements must be off (DB_PREPARE=off); on a direct connection they save a
 * round of parsing per query.
 */
const prepare = () => process.env.DB_PREPARE !== "off";

function connect(url: string) {
  return postgres(url, {
    max: Number(process.env.DB_POOL_SIZE ?? 10),
    onnotice: () => {},
    idle_timeout: 30,
    prepare: prepare(),
    connection: { application_name: "license-console" },
  });
}

export function appDb(): DB {
  if (!g.__lcDb) {
    g.__lcSql = connect(appDatabaseUrl());
    g.__lcDb = drizzle(g.__lcSql, { schema, casing: "snake_case" });
  }
  return g.__lcDb;
}

/**
 * A streaming replica (DATABASE_REPLICA_URL, as the app role) for reads that tolerate lag;
 * null when none is configured, and then such reads go to the primary.
 */
export function replicaDb(): DB | null {
  const url = process.env.DATABASE_REPLICA_URL;
  if (!url) return null;
  if (!g.__lcReplicaDb) {
    g.__lcReplicaSql = connect(url);
    g.__lcReplicaDb = drizzle(g.__lcReplicaSql, { schema, casing: "snake_case" });
  }
  return g.__lcReplicaDb;
}

export async function closeAppDb(): Promise<void> {
  await Promise.all([g.__lcSql?.end({ timeout: 5 }), g.__lcReplicaSql?.end({ timeout: 5 })]);
  g.__lcSql = g.__lcReplicaSql = undefined;
  g.__lcDb = g.__lcReplicaDb = undefined;
}
