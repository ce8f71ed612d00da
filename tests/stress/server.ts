/**
 * The console as it runs in production: the `next build` output served by the project's launcher
 * (`scripts/console.ts start`), on a database this process owns. The database lives outside the
 * launcher so the launcher (Next.js and the job worker with it) can be killed with SIGKILL and
 * started again on the same data, as a crashed machine would be.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { migrateDatabase } from "@/db/migrate";
import { startEmbeddedPostgres } from "@/db/embedded";

const root = path.resolve(import.meta.dirname, "../..");
export const PORT = Number(process.env.STRESS_PORT ?? 3303);
export const BASE = `http://127.0.0.1:${PORT}`;
/** The server runs as a test installation (LC_SANDBOXES=on); creating a sandbox needs this secret. */
export const SANDBOX_SECRET = (process.env.LC_SANDBOX_SECRET ||= randomBytes(24).toString("base64url"));

export type StressDatabase = { url: string; sql: postgres.Sql; stop: () => Promise<void> };

/** DATABASE_URL when set (a throw-away database), else a fresh embedded server of its own. */
export async function openStressDatabase(): Promise<StressDatabase> {
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const server = await startEmbeddedPostgres({
      name: "postgres-stress",
      port: Number(process.env.EMBEDDED_PG_PORT ?? 54324),
      database: "license_console_stress",
      fresh: true,
    });
    url = server.url;
    stop = server.stop;
  }
  await migrateDatabase(url);
  const sql = postgres(url, { max: 4, onnotice: () => {} });
  return {
    url,
    sql,
    stop: async () => {
      await sql.end({ timeout: 5 });
      await stop();
    },
  };
}

export type RunningServer = { child: ChildProcess; stderr: string[]; kill: () => void; stop: () => Promise<void> };

/** Starts the launcher in its own process group and waits until /login answers. */
export async function startServer(databaseUrl: string, opts: { seed: boolean }): Promise<RunningServer> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("No production build: run `npx next build` first.");
  const args = ["tsx", "scripts/console.ts", "start", "--port", String(PORT), ...(opts.seed ? ["--demo"] : [])];
  const child = spawn("npx", args, {
    cwd: root,
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl, LC_SANDBOXES: "on", LC_SANDBOX_SECRET: SANDBOX_SECRET, LC_WEBHOOKS_ALLOW_PRIVATE: "on", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const stderr: string[] = [];
  child.stderr!.on("data", (c: Buffer) => stderr.push(c.toString()));
  const group = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the console exited while starting:\n${stderr.join("")}`);
    try {
      const res = await fetch(`${BASE}/login`, { signal: AbortSignal.timeout(5_000) });
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      group("SIGKILL");
      throw new Error(`the console did not answer within 120 s:\n${stderr.join("")}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    child,
    stderr,
    kill: () => group("SIGKILL"),
    stop: async () => {
      group("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      group("SIGKILL");
    },
  };
}
