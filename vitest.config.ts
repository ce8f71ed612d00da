import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Two projects:
 * - `unit`: plain functions under lib/, no database.
 * - `db`:   tests/db/, against a real PostgreSQL. DATABASE_URL set: that database is migrated
 *           and used; unset: a fresh embedded server (port 54321) is started for the run.
 * `npx vitest run` runs both; `npx vitest run --project db` only the database tests.
 */
const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    // tsconfig's `@/*` -> project root (vite-tsconfig-paths is not installed).
    alias: [{ find: /^@\//, replacement: `${root}/` }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["tests/db/**/*.test.ts"],
          environment: "node",
          globalSetup: [path.join(root, "tests/db/global-setup.ts")],
          setupFiles: [path.join(root, "tests/db/setup.ts")],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
