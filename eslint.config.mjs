// ESLint for the whole project: `npm run lint` (zero warnings allowed).
import Module from "node:module";

// typescript-eslint loads TypeScript's compiler API, which TypeScript 7 (our `tsc`) no longer
// ships as a library. TypeScript 5 lives in tools/typescript-5 (its own node_modules, so its
// `tsc` never shadows TypeScript 7's); requests for "typescript" from typescript-eslint's own
// packages are sent there, and nothing else (next build, tsc) sees it.
const resolve = Module._resolveFilename;
const linter = /[\\/]node_modules[\\/](@typescript-eslint|typescript-eslint|ts-api-utils)[\\/]/;
Module._resolveFilename = function (request, parent, ...rest) {
  const fromLinter = request === "typescript" && linter.test(parent?.filename ?? "");
  return resolve.call(this, fromLinter ? "typescript-5" : request, parent, ...rest);
};

const { default: i18n } = await import("./eslint/no-literal-ui-text.mjs");
const { default: tables, ownerWriteOptions } = await import("./eslint/table-owners.mjs");
// The owner map is TypeScript (lib/owners.ts, also read by its test); ESLint's own jiti loads it.
const { createJiti } = await import("jiti");
const { TABLE_OWNERS, DEMO_DATA_WRITERS } = await createJiti(import.meta.url).import("./lib/owners.ts");
const [{ default: tseslint }, { default: next }, { default: reactHooks }, { default: jsxA11y }, { default: drizzle }] = await Promise.all([
  import("typescript-eslint"),
  import("@next/eslint-plugin-next"),
  import("eslint-plugin-react-hooks"),
  import("eslint-plugin-jsx-a11y"),
  import("eslint-plugin-drizzle"),
]);

export default tseslint.config(
  { ignores: [".next/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**"] },
  ...tseslint.configs.recommended,
  // React's, Next's and the accessibility rules read the React code; elsewhere (Playwright's
  // fixture `use`, scripts) their names mean something else.
  ...[next.configs["core-web-vitals"], reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended].map((c) => ({ ...c, files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"] })),
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      // autoFocus here only ever moves focus into a dialog the user has just opened, or to the
      // next step of a form just submitted (the second sign-in step): the WAI-ARIA dialog pattern
      // asks for exactly that. The rule's concern, focus stolen on page load, does not occur.
      "jsx-a11y/no-autofocus": "off",
    },
  },
  {
    plugins: { drizzle },
    rules: {
      // A delete or update without `where` touches every row the scope can see.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx", "ownerDb", "appDb"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx", "ownerDb", "appDb"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // Every word on a page comes from messages/*.json (en, pl, de): see eslint/no-literal-ui-text.mjs.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    plugins: { i18n },
    rules: { "i18n/no-literal-ui-text": "error" },
  },
  {
    // The walls of docs/ARCHITECTURE.md: pages and components reach data only through lib/.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["@/db", "@/db/*", "drizzle-orm", "drizzle-orm/*", "postgres"], message: "app/ and components/ call lib/, never the database (docs/ARCHITECTURE.md)." }],
          paths: [{ name: "next/link", message: "Use @/components/ui/link: it does not prerender dynamic pages on sight." }],
        },
      ],
    },
  },
  { files: ["components/ui/link.tsx"], rules: { "no-restricted-imports": "off" } },
  {
    // One writer per table (docs/ARCHITECTURE.md, "Who writes which table"), every table of the
    // owner map. Seeds, demo data and tests write fixtures through the owner connection, the
    // benchmarks bulk rows: they are left out.
    files: ["**/*.{ts,tsx,mjs}"],
    ignores: ["tests/**", "e2e/**", "bench/**", "db/seed/**", ...DEMO_DATA_WRITERS.map((m) => `${m}/**`), "**/*.test.ts", "eslint/**"],
    plugins: { tables },
    rules: { "tables/owner-writes": ["error", ownerWriteOptions(TABLE_OWNERS)] },
  },
  {
    // Rules are plain functions: tests call them with plain values, so they import no I/O.
    files: ["lib/**/rules.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            // Types (e.g. an enum's values as a union) cost nothing at run time.
            { group: ["@/db", "@/db/*"], allowTypeImports: true, message: "rules.ts does no I/O (docs/ARCHITECTURE.md)." },
            { group: ["drizzle-orm", "drizzle-orm/*", "postgres", "next", "next/*", "node:fs", "node:net"], message: "rules.ts does no I/O (docs/ARCHITECTURE.md)." },
          ],
        },
      ],
    },
  },
);
