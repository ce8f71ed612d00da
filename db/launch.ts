import { startEmbeddedPostgres } from "./embedded";
import { migrateDatabase } from "./migrate";
import { appDatabaseUrl } from "./urls";

export type Database = { ownerUrl: string; appUrl: string; embedded: boolean; stop: () => Promise<void> };

/** Which embedded server a process uses: dev console, unit/db tests and e2e never share data. */
const EMBEDDED = {
  postgres: { port: 54320, database: "license_console" },
  "postgres-test": { port: 54321, database: "license_console_test" },
  "postgres-e2e": { port: 54322, database: "license_console_e2e" },
  // `npm run bench`: a large workspace seeded once and kept between runs.
  "postgres-bench": { port: 54323, database: "license_console_bench" },
  // `npm run db:policies`: a throw-away database, migrated fresh to describe its policies.
  "postgres-policies": { port: 54324, database: "license_console_policies" },
} as const;

/**
 * DATABASE_URL set: use it. Unset: start the embedded server. Either way, apply migrations and
 * the app role, and export both URLs to child processes through the environment.
 */
export async function openDatabase(opts: { name: keyof typeof EMBEDDED; fresh?: boolean }): Promise<Database> {
  let ownerUrl = process.env.DATABASE_URL;
  let stop = async () => {};
  const embedded = !ownerUrl;
  if (!ownerUrl) {
    const cfg = EMBEDDED[opts.name];
    const port = Number(process.env.EMBEDDED_PG_PORT ?? cfg.port);
    const server = await startEmbeddedPostgres({ name: opts.name, port, explicitPort: Boolean(process.env.EMBEDDED_PG_PORT), database: cfg.database, fresh: opts.fresh });
    ownerUrl = server.url;
    stop = server.stop;
  }
  try {
    await migrateDatabase(ownerUrl);
  } catch (e) {
    await stop();
    throw e;
  }
  const appUrl = appDatabaseUrl(ownerUrl);
  process.env.DATABASE_URL = ownerUrl;
  process.env.APP_DATABASE_URL = appUrl;
  return { ownerUrl, appUrl, embedded, stop };
}

/** For one-shot scripts (migrate, seed): open, run, always stop. */
export async function withDatabase(fn: (db: Database) => Promise<void>): Promise<void> {
  const db = await openDatabase({ name: "postgres" });
  try {
    await fn(db);
  } finally {
    await db.stop();
  }
}
