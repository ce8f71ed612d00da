import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";
import { appDatabaseUrl } from "./urls";

export type DB = PostgresJsDatabase<typeof schema>;

/** The app's one client, connected as the app role; cached on globalThis across dev reloads. */
const g = globalThis as unknown as { __lcSql?: postgres.Sql; __lcDb?: DB };

export function appDb(): DB {
  if (!g.__lcDb) {
    g.__lcSql = postgres(appDatabaseUrl(), {
      max: Number(process.env.DB_POOL_SIZE ?? 10),
      onnotice: () => {},
      idle_timeout: 30,
      connection: { application_name: "license-console" },
    });
    g.__lcDb = drizzle(g.__lcSql, { schema, casing: "snake_case" });
  }
  return g.__lcDb;
}

export async function closeAppDb(): Promise<void> {
  await g.__lcSql?.end({ timeout: 5 });
  g.__lcSql = undefined;
  g.__lcDb = undefined;
}
