import { defineConfig } from "vitest/config";

/**
 * `npm run test:stress`: load and faults against the production build (`next build` first),
 * served by the console's launcher on its own database. Kept out of `vitest run`: it needs the
 * build and takes minutes.
 */
const root = import.meta.dirname;

export default defineConfig({
  resolve: { alias: [{ find: /^@\//, replacement: `${root}/` }] },
  test: {
    include: ["tests/stress/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 180_000,
  },
});
