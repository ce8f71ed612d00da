import type { TestProject } from "vitest/node";
import { openDatabase } from "../../db/launch";
import { seedCatalog } from "../../db/seed/catalog";
import { asOwner } from "../../db/seed/owner";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migration owner (superuser on the embedded server): factories write through it. */
    ownerUrl: string;
    /** The app role: no BYPASSRLS, owns nothing; what lib/ connects as. */
    appUrl: string;
  }
}

/**
 * Once per run, before any db test file: DATABASE_URL unset -> a fresh embedded server
 * (new data dir every run); set -> that database, migrated. TEST_DATABASE_URL names a database
 * for these tests alone (.ci/run: the machine's PostgreSQL inside `npm test`, while Playwright's
 * server keeps its embedded one). Both URLs go to the workers through provide/inject
 * (tests/db/setup.ts copies them into the environment).
 */
export default async function setup(project: TestProject) {
  const started = Date.now();
  if (process.env.TEST_DATABASE_URL) process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
  const db = await openDatabase({ name: "postgres-test", fresh: true });
  if (process.env.VITEST_DB_VERBOSE) {
    console.log(`[db] ${db.embedded ? "embedded" : "DATABASE_URL"} ready in ${Date.now() - started} ms`);
  }
  // The shared catalogue (publishers, products, prices) that sandboxes and orders read.
  await asOwner(db.ownerUrl, seedCatalog);
  project.provide("ownerUrl", db.ownerUrl);
  project.provide("appUrl", db.appUrl);
  return async () => {
    await db.stop();
  };
}
