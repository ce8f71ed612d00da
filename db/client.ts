import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { dbLimits } from "./limits";
import { PoolSlots } from "./pool-slots";
import * as schema from "./schema";
import { appDatabaseUrl } from "./urls";

export type DB = PostgresJsDatabase<typeof schema>;

/** The app's one client, connected as the app role; cached on globalThis across dev reloads. */
const g = globalThis as unknown as { __lcSql?: postgres.Sql; __lcDb?: DB; __lcSlots?: PoolSlots };

export function appDb(): DB {
  if (!g.__lcDb) {
    const limits = dbLimits();
    g.__lcSql = postgres(appDatabaseUrl(), {
      max: limits.poolSize,
      onnotice: () => {},
      idle_timeout: 30,
      connection: {
        application_name: "license-console",
        statement_timeout: limits.statementTimeoutMs,
        idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
      },
    });
    g.__lcDb = drizzle(g.__lcSql, { schema, casing: "snake_case" });
    g.__lcSlots = new PoolSlots(limits.poolSize, limits.acquireTimeoutMs);
  }
  return g.__lcDb;
}

/** The pool's connections as slots for transactions (db/scope.ts takes one per scope). */
export function poolSlots(): PoolSlots {
  appDb();
  return g.__lcSlots!;
}

export async function closeAppDb(): Promise<void> {
  await g.__lcSql?.end({ timeout: 5 });
  g.__lcSql = undefined;
  g.__lcDb = undefined;
  g.__lcSlots = undefined;
}
