/**
 * The console's launcher: one command per role (docs/DEPLOY.md).
 *
 *   migrate [--demo]                    owner URL: migrations and the app role, under an advisory lock
 *   web [--port 3000]                   Next.js (the production build) as the app role only
 *   worker                              graphile-worker and the timers; run any number of them
 *   start [--port] [--demo] [--db name] [--fresh]   all three in one process tree, for one machine
 *   dev [--port] [--fresh] [--no-seed]  development: embedded PostgreSQL, demo data, next dev
 *
 * Everything but `dev` is production unless the operator opts into a test installation
 * (LC_SANDBOXES=on): secrets required, no demo data unless `--demo`, no sandboxes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase, type Database } from "../db/launch";
import { DEMO_ACCOUNTS, DEMO_CODES, DEMO_PASSWORD, seedDemo } from "../db/seed/demo";
import { appDatabaseUrl } from "../db/urls";
import { isProduction, sandboxesEnabled, startupMessage, startupProblems, type Role } from "../lib/deployment/environment";
import { choosePort } from "../lib/deployment/ports";

const COMMANDS = ["migrate", "web", "worker", "start", "dev"] as const;
type Command = (typeof COMMANDS)[number];

const options = {
  port: { type: "string" },
  db: { type: "string", default: "postgres" },
  fresh: { type: "boolean", default: false },
  demo: { type: "boolean", default: false },
  "no-seed": { type: "boolean", default: false },
} as const;
const { positionals, values } = parseArgs({ allowPositionals: true, options });
const command = positionals[0] as Command;
if (!COMMANDS.includes(command)) {
  console.error(`usage: tsx scripts/console.ts ${COMMANDS.join("|")} [options]   (see docs/DEPLOY.md)`);
  process.exit(2);
}
// npm keeps options written before "--" for itself (`npm start --port 3411`, `npm run migrate --demo`):
// it hands over a bare "3411", or only an npm_config_demo variable. Refuse rather than run without them.
const swallowed = Object.keys(options).filter((name) => process.env[`npm_config_${name.replaceAll("-", "_")}`] !== undefined);
if (positionals.length > 1 || swallowed.length > 0) {
  const what = swallowed.length > 0 ? swallowed.map((o) => `--${o}`).join(", ") : `"${positionals[1]}"`;
  console.error(`npm kept ${what} for itself: pass options after "--", e.g. \`npm start -- --port 3000\` (docs/DEPLOY.md)`);
  process.exit(2);
}
// A production build behaves as production unless the operator opted into a test installation.
if (command !== "dev") (process.env as Record<string, string>).NODE_ENV = "production";
const started = Date.now();

function refuseUnless(role: Role, env: NodeJS.ProcessEnv = process.env): void {
  const problems = startupProblems(role, env);
  if (problems.length === 0) return;
  console.error(startupMessage(role, problems));
  process.exit(1);
}

/**
 * `start` runs all three roles: every role's problems are told at once and before migrating, so
 * an operator missing the web's secrets does not learn it only after the schema has changed.
 */
function refuseUnlessAllRoles(): void {
  const told = (["migrate", "worker", "web"] as const).flatMap((role) => {
    const problems = startupProblems(role, role === "web" ? webEnvironment(0) : process.env);
    return problems.length > 0 ? [startupMessage(role, problems)] : [];
  });
  if (told.length === 0) return;
  console.error(told.join("\n"));
  process.exit(1);
}

/** Outside production only: a random value kept in the git-ignored data folder, so it survives restarts. */
function developmentSecret(name: string): string {
  const file = path.resolve(".data", name);
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function developmentDefaults(): void {
  if (isProduction()) return;
  process.env.NEXTAUTH_SECRET ||= developmentSecret("nextauth-secret");
  if (command === "dev" && sandboxesEnabled()) process.env.LC_SANDBOX_SECRET ||= developmentSecret("sandbox-secret");
}

/** Production needs a database you operate; the embedded server serves development and test installations. */
async function database(opts: { fresh?: boolean } = {}): Promise<Database> {
  if (isProduction() && !process.env.DATABASE_URL) {
    console.error(startupMessage("migrate", ["DATABASE_URL is not set: production runs on a PostgreSQL you operate (the embedded server is for development)"]));
    process.exit(1);
  }
  return openDatabase({ name: values.db as "postgres" | "postgres-e2e", fresh: opts.fresh });
}

/** Demo data only where asked; in production never with the published password. */
async function seed(db: Database): Promise<void> {
  const password = isProduction() ? randomBytes(12).toString("base64url") : DEMO_PASSWORD;
  await seedDemo(db.ownerUrl, new Date(), isProduction() ? { password } : {});
  console.log(`Demo sign-ins (password "${password}"${isProduction() ? ", shown this once" : ""}):`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(36)} ${a.note}`);
  console.log("Demo activation codes for Kowalski Design's Fabrikam license (each redeems once):");
  for (const c of DEMO_CODES) console.log(`  ${c.code}  ${c.note}`);
}

/** The web process's environment: the app role's URL, never the owner's. */
function webEnvironment(port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: command === "dev" ? "development" : "production" };
  if (command !== "dev") {
    if (!env.APP_DATABASE_URL && env.DATABASE_URL) env.APP_DATABASE_URL = appDatabaseUrl(env.DATABASE_URL);
    delete env.DATABASE_URL;
  }
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  return env;
}

async function webPort(): Promise<number> {
  const explicit = values.port ?? process.env.PORT;
  const chosen = await choosePort({ preferred: Number(explicit ?? 3000), explicit: explicit !== undefined, what: "the console", variable: "PORT", host: "0.0.0.0" });
  if (chosen.note) console.log(chosen.note);
  return chosen.port;
}

function startNext(port: number): ChildProcess {
  if (command !== "dev" && !existsSync(path.resolve(".next", "BUILD_ID"))) {
    console.error("No production build in .next/: run `npm run build` first.");
    process.exit(1);
  }
  const env = webEnvironment(port);
  refuseUnless("web", env);
  const nextBin = path.resolve("node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [nextBin, command === "dev" ? "dev" : "start", "--port", String(port)], {
    stdio: ["inherit", "pipe", "inherit"],
    env,
  });
  let announced = false;
  child.stdout!.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready in|started server/i.test(chunk.toString())) {
      announced = true;
      console.log(`\nLicense Console is running at http://localhost:${port}  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      if (sandboxesEnabled(env)) console.log(`Sandboxes are enabled; suites send the bootstrap secret in the sandbox-secret header (LC_SANDBOX_SECRET${command === "dev" ? `=${env.LC_SANDBOX_SECRET}` : ""}).`);
      console.log("Press Ctrl-C to stop.\n");
    }
  });
  return child;
}

async function startWorkerHere(ownerUrl: string) {
  process.env.APP_DATABASE_URL ||= appDatabaseUrl(ownerUrl);
  const { startWorker } = await import("../lib/jobs/worker");
  return startWorker(ownerUrl);
}

/** Stops in order: web drains its requests, then workers finish their jobs, then the database. */
function stopOnSignal(steps: (() => Promise<unknown>)[]): (code?: number) => Promise<never> {
  let stopping: Promise<never> | null = null;
  // The first call stops everything in order; later ones (the web child exiting because of it) wait for that.
  const stop = (code = 0): Promise<never> =>
    (stopping ??= (async () => {
      for (const step of steps) await step().catch((e) => console.error(e));
      process.exit(code);
    })());
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  return stop;
}

function stopChild(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  };
}

switch (command) {
  case "migrate": {
    refuseUnless("migrate");
    const db = await database({ fresh: values.fresh });
    console.log(`migrations applied and app role granted (${db.embedded ? "embedded PostgreSQL" : "DATABASE_URL"})`);
    if (values.demo) await seed(db);
    await db.stop();
    break;
  }
  case "worker": {
    refuseUnless("worker");
    if (!process.env.DATABASE_URL) {
      console.error("The worker needs DATABASE_URL (graphile-worker keeps its queue in its own schema).");
      process.exit(1);
    }
    const worker = await startWorkerHere(process.env.DATABASE_URL);
    console.log("License Console worker is running. Press Ctrl-C to stop.");
    stopOnSignal([() => worker.stop()]);
    break;
  }
  case "web": {
    developmentDefaults();
    const child = startNext(await webPort());
    const stop = stopOnSignal([stopChild(child)]);
    child.on("exit", (code) => void stop(code ?? 0));
    break;
  }
  case "start":
  case "dev": {
    developmentDefaults();
    refuseUnlessAllRoles();
    const db = await database({ fresh: values.fresh });
    console.log(`Database: ${db.embedded ? "embedded PostgreSQL in .data/" : "DATABASE_URL"}`);
    if (command === "dev" ? !values["no-seed"] : values.demo) await seed(db);
    const worker = await startWorkerHere(db.ownerUrl);
    const child = startNext(await webPort());
    const stop = stopOnSignal([stopChild(child), () => worker.stop(), () => db.stop()]);
    child.on("exit", (code) => void stop(code ?? 0));
    break;
  }
}
