/**
 * Which kind of installation this process belongs to, and what that allows. Plain functions of
 * an environment record (process.env by default), so tests pass their own.
 *
 * - production: the default of a production build (`next start`, `npm start`, `web`, `worker`):
 *   secrets required, real time, no sandboxes, no test clocks.
 * - test: a production build an operator opted into with LC_SANDBOXES=on (end-to-end suites):
 *   sandboxes and test clocks exist, and creating a sandbox needs LC_SANDBOX_SECRET.
 * - development: `npm run dev`, vitest: everything on, development fallbacks for secrets.
 */
export type AppEnv = "production" | "test" | "development";
type Env = Record<string, string | undefined>;

const NAMED: readonly string[] = ["production", "test", "development"];

export function appEnv(env: Env = process.env): AppEnv {
  if (env.APP_ENV && NAMED.includes(env.APP_ENV)) return env.APP_ENV as AppEnv;
  if (env.LC_SANDBOXES === "on") return "test";
  return env.NODE_ENV === "production" ? "production" : "development";
}

export function isProduction(env: Env = process.env): boolean {
  return appEnv(env) === "production";
}

/** Sandboxes and test clocks: never in production; on elsewhere unless LC_SANDBOXES=off. */
export function sandboxesEnabled(env: Env = process.env): boolean {
  return appEnv(env) !== "production" && env.LC_SANDBOXES !== "off";
}

export type Role = "migrate" | "web" | "worker";

type Requirement = { name: string; roles: Role[]; present: (env: Env) => boolean; hint: string };

const set = (name: string) => (env: Env) => Boolean(env[name]?.trim());

/** What each role needs before it may start in production (docs/DEPLOY.md explains each). */
const REQUIREMENTS: Requirement[] = [
  { name: "DATABASE_URL", roles: ["migrate", "worker"], present: set("DATABASE_URL"), hint: "the owner connection (migrations; the worker's queue schema)" },
  { name: "APP_DB_PASSWORD", roles: ["migrate"], present: set("APP_DB_PASSWORD"), hint: "the password migrate gives the app role" },
  {
    name: "APP_DATABASE_URL",
    roles: ["web", "worker"],
    present: (env) => set("APP_DATABASE_URL")(env) || (set("DATABASE_URL")(env) && set("APP_DB_PASSWORD")(env)),
    hint: "the app role's connection (or DATABASE_URL + APP_DB_PASSWORD, from which the launcher derives it)",
  },
  { name: "NEXTAUTH_SECRET", roles: ["web"], present: set("NEXTAUTH_SECRET"), hint: "signs session cookies: `openssl rand -base64 32`" },
  { name: "TOTP_SECRET_KEY", roles: ["web"], present: set("TOTP_SECRET_KEY"), hint: "seals two-factor secrets, separate from NEXTAUTH_SECRET: `openssl rand -base64 32`" },
  {
    name: "KEYS_PUBLISHER_PRIVATE_KEY",
    roles: ["web", "worker"],
    present: set("KEYS_PUBLISHER_PRIVATE_KEY"),
    hint: "the Ed25519 key that signs activation keys: `openssl genpkey -algorithm ed25519`",
  },
  { name: "SMTP_URL", roles: ["worker"], present: set("SMTP_URL"), hint: "where the worker delivers mail" },
];

/**
 * Why a role may not start: missing secrets in production, a production web process holding the
 * owner's credentials, or sandboxes asked for in production. Empty when all is well.
 */
export function startupProblems(role: Role, env: Env = process.env): string[] {
  const problems: string[] = [];
  if (env.APP_ENV === "production" && env.LC_SANDBOXES === "on") problems.push("LC_SANDBOXES=on cannot be combined with APP_ENV=production");
  if (appEnv(env) === "test" && sandboxesEnabled(env) && role === "web" && !set("LC_SANDBOX_SECRET")(env)) {
    problems.push("LC_SANDBOX_SECRET is not set: sandboxes are enabled, and creating one needs this bootstrap secret");
  }
  if (!isProduction(env)) return problems;
  for (const r of REQUIREMENTS) if (r.roles.includes(role) && !r.present(env)) problems.push(`${r.name} is not set: ${r.hint}`);
  if (role === "web" && set("DATABASE_URL")(env)) {
    problems.push("DATABASE_URL (the owner's credentials) is set in the web process: give it APP_DATABASE_URL only");
  }
  return problems;
}

export function startupMessage(role: Role, problems: string[]): string {
  return [`License Console (${role}) cannot start:`, ...problems.map((p) => `  - ${p}`), "See docs/DEPLOY.md, section Secrets."].join("\n");
}
