/**
 * The console's launcher: database (embedded when DATABASE_URL is unset), migrations, demo
 * data, then Next.js as a child process. Postgres lives here, outside Next, so dev reloads never
 * start a second server; Ctrl-C stops Next first, then Postgres.
 *
 *   tsx scripts/console.ts dev|start [--port 3000] [--db postgres|postgres-e2e] [--fresh] [--no-seed]
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../db/launch";
import { DEMO_ACCOUNTS, DEMO_CODES, DEMO_PASSWORD, seedDemo } from "../db/seed/demo";
import { startWorker } from "../lib/jobs/worker";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: "string", default: process.env.PORT ?? "3000" },
    db: { type: "string", default: "postgres" },
    fresh: { type: "boolean", default: false },
    "no-seed": { type: "boolean", default: false },
  },
});
const mode = positionals[0] === "start" ? "start" : "dev";
const started = Date.now();

function nextAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (process.env.APP_ENV === "production") throw new Error("NEXTAUTH_SECRET must be set in production");
  // Development only: a random secret kept in the git-ignored data folder, so sessions survive restarts.
  const file = path.resolve(".data", "nextauth-secret");
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

const db = await openDatabase({ name: values.db as "postgres" | "postgres-e2e", fresh: values.fresh });
if (!values["no-seed"]) await seedDemo(db.ownerUrl);
// Timed work (renewal windows closing, sandbox clean-up) runs beside the console.
const worker = await startWorker(db.ownerUrl);

const url = `http://localhost:${values.port}`;
const nextBin = path.resolve("node_modules", "next", "dist", "bin", "next");
const child = spawn(process.execPath, [nextBin, mode, "--port", values.port!], {
  stdio: ["inherit", "pipe", "inherit"],
  env: { ...process.env, NEXTAUTH_SECRET: nextAuthSecret(), NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url },
});

let announced = false;
child.stdout!.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && /Ready in|started server/i.test(chunk.toString())) {
    announced = true;
    console.log(`\nLicense Console is running at ${url}  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    console.log(`Database: ${db.embedded ? "embedded PostgreSQL in .data/" : "DATABASE_URL"}`);
    if (!values["no-seed"]) {
      console.log(`Demo sign-ins (password "${DEMO_PASSWORD}"):`);
      for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(36)} ${a.note}`);
      console.log("Demo activation codes for Kowalski Design's Fabrikam license (each redeems once):");
      for (const c of DEMO_CODES) console.log(`  ${c.code}  ${c.note}`);
    }
    console.log("Press Ctrl-C to stop.\n");
  }
});

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
  await worker.stop();
  await db.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
child.on("exit", (code) => void shutdown(code ?? 0));
