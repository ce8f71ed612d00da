// ESLint for the whole project: `npm run lint` (zero warnings allowed).
import Module from "node:module";

// typescript-eslint loads TypeScript's compiler API, which TypeScript 7 (our `tsc`) no longer
// ships as a library. TypeScript 5 is installed beside it as `typescript-5`; requests for
// "typescript" coming from typescript-eslint's own packages are sent there, and nothing else
// (next build, tsc) sees it.
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if ((request === "typescript" || request.startsWith("typescript/")) && /[\\/]node_modules[\\/](@typescript-eslint|typescript-eslint|ts-api-utils)[\\/]/.test(parent?.filename ?? "")) {
    return resolve.call(this, request.replace(/^typescript/, "typescript-5"), parent, ...rest);
  }
  return resolve.call(this, request, parent, ...rest);
};

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
  next.configs["core-web-vitals"],
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
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
    // The walls of docs/ARCHITECTURE.md: pages and components reach data only through lib/.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/db", "@/db/*", "drizzle-orm", "drizzle-orm/*", "postgres"], message: "app/ and components/ call lib/, never the database (docs/ARCHITECTURE.md)." }] }],
    },
  },
  {
    // Rules are plain functions: tests call them with plain values, so they import no I/O.
    files: ["lib/**/rules.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/db", "@/db/*", "!@/db/schema/enums"], message: "rules.ts does no I/O (docs/ARCHITECTURE.md)." },
            { group: ["drizzle-orm", "drizzle-orm/*", "postgres", "next", "next/*", "node:fs", "node:net"], message: "rules.ts does no I/O (docs/ARCHITECTURE.md)." },
          ],
        },
      ],
    },
  },
);
