/**
 * `npm run test:scale`: the scale-out topology on this machine, on real engines, and what must
 * hold in it. Needs a production build (`npm run build`), PostgreSQL 15 server binaries and
 * Debian's pgbouncer; run as root (the servers run as the `postgres` user) or as that user.
 *
 *   primary (55400) ──streaming──▶ standby (55401, recovery_min_apply_delay = 1 s of induced lag)
 *      ▲                               ▲
 *   PgBouncer (6432, transaction mode)  │ lag-tolerant reads (DATABASE_REPLICA_URL)
 *      ▲        ▲                       │
 *   web A (3310) web B (3311) ──────────┘      worker 1, worker 2 (queue on the primary directly)
 *
 * Asserts: two `migrate` at once are harmless; seat races spread over both web instances never
 * oversell; a window close and a bulk unassignment run by the two workers happen exactly once;
 * killing web B and worker 1 mid-load loses no request answered 2xx and no job; a token works on
 * either instance; part of the reads is served by the replica. Prints the figures; exits 1 on a
 * failed assertion.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import type { Json } from "../tests/db/api/helpers";
import { signInCookie } from "./sign-in";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const DIR = path.resolve("/tmp", `lc-scale-${process.pid}`);
const PRIMARY = Number(process.env.SCALE_PRIMARY_PORT ?? 55400);
const STANDBY = PRIMARY + 1;
const BOUNCER = Number(process.env.SCALE_PGBOUNCER_PORT ?? 6432);
// Not 3306: MySQL's port is often taken.
const WEB = [Number(process.env.SCALE_WEB_PORT ?? 3310), Number(process.env.SCALE_WEB_PORT ?? 3310) + 1];
const DB = "license_console";
const APP_PW = randomBytes(12).toString("hex");
const SANDBOX_SECRET = randomBytes(18).toString("base64url");
const asPostgres = process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];

const figures: Record<string, number | string> = {};
const failures: string[] = [];
function check(ok: boolean, what: string) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
}

function run(cmd: string[], opts: { quiet?: boolean } = {}) {
  const [bin, ...args] = [...asPostgres, ...cmd];
  const r = spawnSync(bin, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  if (!opts.quiet && r.stdout.trim()) console.log(r.stdout.trim());
}

const children: ChildProcess[] = [];
function start(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  // Its own process group, so that killing a role kills its whole tree (the launcher and Next.js).
  const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/console.ts", ...args], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  // Warnings and errors of the JSON logs (pino levels 40 and up) under SCALE_VERBOSE.
  child.stdout!.on("data", (d: Buffer) => {
    if (process.env.SCALE_VERBOSE) for (const line of d.toString().split("\n")) if (/"level":[456]0/.test(line)) process.stderr.write(`[${name}] ${line}\n`);
  });
  child.stderr!.on("data", (d: Buffer) => process.env.SCALE_VERBOSE && process.stderr.write(`[${name}] ${d}`));
  children.push(child);
  return child;
}

async function waitFor(what: string, probe: () => Promise<boolean>, ms = 300_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function setUpServers() {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  chmodSync(DIR, 0o777);
  run([`${BIN}/initdb`, "-D", `${DIR}/primary`, "-U", "postgres", "--auth=trust", "-E", "UTF8"], { quiet: true });
  const conf = (port: number) =>
    `port = ${port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${DIR}'\nmax_connections = 200\nwal_level = replica\nmax_wal_senders = 5\nhot_standby = on\nfsync = off\n`;
  writeFileSync(`${DIR}/primary/postgresql.auto.conf`, conf(PRIMARY));
  run([`${BIN}/pg_ctl`, "-D", `${DIR}/primary`, "-l", `${DIR}/primary.log`, "-w", "start"], { quiet: true });
  run([`${BIN}/createdb`, "-h", "127.0.0.1", "-p", String(PRIMARY), "-U", "postgres", DB], { quiet: true });
  // The standby: a base backup of the primary that follows it by streaming replication.
  run([`${BIN}/pg_basebackup`, "-h", "127.0.0.1", "-p", String(PRIMARY), "-U", "postgres", "-D", `${DIR}/standby`, "-R", "-X", "stream", "-c", "fast"], { quiet: true });
  writeFileSync(`${DIR}/standby/postgresql.auto.conf`, `${conf(STANDBY)}primary_conninfo = 'host=127.0.0.1 port=${PRIMARY} user=postgres'\nrecovery_min_apply_delay = '1s'\n`);
  run([`${BIN}/pg_ctl`, "-D", `${DIR}/standby`, "-l", `${DIR}/standby.log`, "-w", "start"], { quiet: true });
  writeFileSync(`${DIR}/userlist.txt`, `"license_console_app" ""\n"postgres" ""\n`);
  writeFileSync(
    `${DIR}/pgbouncer.ini`,
    [
      "[databases]",
      `${DB} = host=127.0.0.1 port=${PRIMARY} dbname=${DB}`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${BOUNCER}`,
      `unix_socket_dir = ${DIR}`,
      "auth_type = trust",
      `auth_file = ${DIR}/userlist.txt`,
      "pool_mode = transaction",
      "max_client_conn = 400",
      "default_pool_size = 20",
      `logfile = ${DIR}/pgbouncer.log`,
      `pidfile = ${DIR}/pgbouncer.pid`,
      "",
    ].join("\n"),
  );
  chmodSync(DIR, 0o777);
  run(["pgbouncer", "-d", `${DIR}/pgbouncer.ini`], { quiet: true });
}

/** A hard crash of a whole role: launcher and Next.js alike, no chance to drain. */
function crash(child: ChildProcess) {
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    // already gone
  }
}

function tearDown() {
  for (const c of children) crash(c);
  spawnSync("bash", ["-c", `kill $(cat ${DIR}/pgbouncer.pid 2>/dev/null) 2>/dev/null`]);
  for (const node of ["standby", "primary"]) {
    if (!existsSync(`${DIR}/${node}/postmaster.pid`)) continue;
    const [bin, ...args] = [...asPostgres, `${BIN}/pg_ctl`, "-D", `${DIR}/${node}`, "-m", "immediate", "stop"];
    spawnSync(bin, args);
  }
  if (!process.env.SCALE_KEEP) rmSync(DIR, { recursive: true, force: true });
}

const ownerUrl = `postgres://postgres@127.0.0.1:${PRIMARY}/${DB}`;
const appUrl = (port: number) => `postgres://license_console_app:${APP_PW}@127.0.0.1:${port}/${DB}`;

/** status 0: no answer. delivered false: the connection was refused, so the request never reached a server. */
type Answer = { status: number; body: Json; via: number; delivered: boolean };
let requests = 0;
async function api(via: number, method: string, p: string, opts: { token?: string; json?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  requests++;
  try {
    const res = await fetch(`http://127.0.0.1:${WEB[via]}/api/v1${p}`, {
      method,
      headers: {
        ...(opts.json !== undefined ? { "content-type": "application/json" } : {}),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(method !== "GET" ? { "idempotency-key": randomUUID() } : {}),
        ...opts.headers,
      },
      body: opts.json === undefined ? undefined : JSON.stringify(opts.json),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, via, delivered: true };
  } catch (e) {
    // Reset or closed mid-request: it may have committed. Refused: it never reached the instance.
    return { status: 0, body: null, via, delivered: (e as { cause?: { code?: string } }).cause?.code !== "ECONNREFUSED" };
  }
}

async function sandbox(template: string) {
  const res = await api(0, "POST", "/sandboxes", { json: { template }, headers: { "sandbox-secret": SANDBOX_SECRET } });
  if (res.status !== 201) throw new Error(`sandbox: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { workspace: { id: string; slug: string }; token: { token: string }; signIn: { email: string; password: string } };
}

async function main() {
  if (!existsSync(path.resolve(".next", "BUILD_ID"))) throw new Error("run `npm run build` first");
  const t0 = Date.now();
  setUpServers();
  const owner = postgres(ownerUrl, { max: 4, onnotice: () => {} });
  const standby = postgres(`postgres://postgres@127.0.0.1:${STANDBY}/${DB}`, { max: 2, onnotice: () => {} });
  try {
    // Two nodes migrate at once: the advisory lock serialises them; both succeed.
    const base: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", LC_SANDBOXES: "on", LC_SANDBOX_SECRET: SANDBOX_SECRET, APP_DB_PASSWORD: APP_PW };
    delete base.DATABASE_URL;
    delete base.APP_DATABASE_URL;
    // The catalogue (publishers, products, prices) that sandboxes are made of comes with the demo data.
    const migrations = [["migrate", "--demo"], ["migrate"]].map((args) => start("migrate", args, { ...base, DATABASE_URL: ownerUrl }));
    const codes = await Promise.all(migrations.map((m) => new Promise<number | null>((r) => m.once("exit", r))));
    check(codes.every((c) => c === 0), "two `migrate` at once both succeed (advisory lock)");

    const webEnv: NodeJS.ProcessEnv = {
      ...base,
      APP_DATABASE_URL: appUrl(BOUNCER),
      DATABASE_REPLICA_URL: appUrl(STANDBY),
      DB_PREPARE: "off",
      NEXTAUTH_SECRET: randomBytes(24).toString("base64url"),
      METRICS_TOKEN: "scale-metrics",
      DB_POOL_SIZE: "10",
    };
    delete webEnv.APP_DB_PASSWORD;
    const webs = WEB.map((port, i) => start(`web${i}`, ["web", "--port", String(port)], webEnv));
    // Workers: the queue (LISTEN/NOTIFY, session locks) on the primary directly, their work through PgBouncer.
    const workerEnv: NodeJS.ProcessEnv = { ...base, DATABASE_URL: ownerUrl, APP_DATABASE_URL: appUrl(BOUNCER), DB_PREPARE: "off", SMTP_URL: "" };
    const workers = [start("worker1", ["worker"], workerEnv), start("worker2", ["worker"], workerEnv)];
    for (const port of WEB) await waitFor(`web on ${port}`, async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).ok);
    await waitFor("readiness", async () => (await fetch(`http://127.0.0.1:${WEB[0]}/api/ready`)).status === 200);
    figures.setupSeconds = Math.round((Date.now() - t0) / 1000);

    // Tokens and sessions are stateless: a token made through A works on B.
    const sb = await sandbox("outside-window");
    const onB = await api(1, "GET", `/workspaces/${sb.workspace.slug}`, { token: sb.token.token });
    check(onB.status === 200, "a token issued through web A works on web B");
    const cookie = await signInCookie(`http://127.0.0.1:${WEB[0]}`, sb.signIn);
    const page = await fetch(`http://127.0.0.1:${WEB[1]}/w/${sb.workspace.slug}/overview`, { headers: { cookie }, redirect: "manual" });
    check(page.status === 200, `a session signed in on web A opens the Overview on web B (${page.status})`);

    // Seat races: every unassigned user asked for at once, alternating instances; 5 seats free per sandbox.
    const races = await Promise.all([0, 1, 2, 3, 4].map(() => sandbox("outside-window")));
    let oversold = 0;
    let raceAnswers = 0;
    for (const ws of races) {
      const products = await api(0, "GET", `/workspaces/${ws.workspace.slug}/products`, { token: ws.token.token });
      const studio = products.body.data.find((p: { sku: string }) => p.sku === "NW-STUDIO-ALL");
      const users = (await owner`select id from directory_users where workspace_id = ${ws.workspace.id}
                                   and id not in (select directory_user_id from assignments where workspace_id = ${ws.workspace.id} and product_id = ${studio.id} and ended_at is null)`).map((r) => r.id);
      const answers = await Promise.all(
        users.map((userId, i) => api(i % 2, "POST", `/workspaces/${ws.workspace.slug}/products/${studio.id}/assignments`, { token: ws.token.token, json: { userId } })),
      );
      raceAnswers += answers.length;
      const won = answers.filter((a) => a.status >= 200 && a.status < 300).length;
      const [row] = await owner`select count(*)::int as live, (select purchased from product_seats where workspace_id = ${ws.workspace.id} and product_id = ${studio.id}) as purchased
                                  from assignments where workspace_id = ${ws.workspace.id} and product_id = ${studio.id} and ended_at is null`;
      if (row.live > row.purchased) oversold += row.live - row.purchased;
      if (row.live !== 20 + won) failures.push(`sandbox ${ws.workspace.slug}: ${row.live} live seats, expected ${20 + won}`);
    }
    figures.seatRaceRequests = raceAnswers;
    figures.oversells = oversold;
    check(oversold === 0, "seat races across both web instances never oversell");

    // Window close by the workers: a sandbox made real-time (its test clock removed) with its close due now.
    const closing = await sandbox("renewal-window-50-45");
    await owner`delete from workspace_clocks where workspace_id = ${closing.workspace.id}`;
    await owner`update workspace_timers set due_at = now() - interval '1 second' where workspace_id = ${closing.workspace.id} and kind = 'renewal.window_close'`;

    // Bulk unassignment of 1,200 seats, started through B; then B and worker 1 die mid-load.
    const bulk = await sandbox("bulk-1200");
    const products = await api(0, "GET", `/workspaces/${bulk.workspace.slug}/products`, { token: bulk.token.token });
    const studio = products.body.data.find((p: { sku: string }) => p.sku === "NW-STUDIO-ALL");
    const load = await sandbox("outside-window");
    const loadProducts = await api(0, "GET", `/workspaces/${load.workspace.slug}/products`, { token: load.token.token });
    const pdf = loadProducts.body.data.find((p: { sku: string }) => p.sku === "NW-STUDIO-ALL");
    const loadUsers = (await owner`select id from directory_users where workspace_id = ${load.workspace.id} order by id`).map((r) => r.id);
    const answered: { userId: string; action: "assign" | "unassign"; at: number }[] = [];
    // A request cut off without an answer (web B killed under it) may or may not have committed:
    // its user's state is unknown from then on, and such users are left out of the check. A request
    // whose connection the dead instance refused changed nothing: its user stays in the check.
    const unknown = new Set<string>();
    let declined = 0;
    let cutOff = 0;
    let notDelivered = 0;
    let seq = 0;
    const loadCookie = await signInCookie(`http://127.0.0.1:${WEB[0]}`, load.signIn);
    const standbyCommits = async () => Number((await standby`select xact_commit::bigint as n from pg_stat_database where datname = ${DB}`)[0].n);
    const primaryCommits = async () => Number((await owner`select xact_commit::bigint as n from pg_stat_database where datname = ${DB}`)[0].n);
    const [standbyBefore, primaryBefore] = [await standbyCommits(), await primaryCommits()];
    const loadStart = Date.now();
    const loadRun = (async () => {
      while (Date.now() - loadStart < 12_000) {
        const userId = loadUsers[seq % loadUsers.length];
        const via = seq++ % 2;
        const action = Math.random() < 0.5 ? "assign" : "unassign";
        const a =
          action === "assign"
            ? await api(via, "POST", `/workspaces/${load.workspace.slug}/products/${pdf.id}/assignments`, { token: load.token.token, json: { userId } })
            : await api(via, "DELETE", `/workspaces/${load.workspace.slug}/products/${pdf.id}/assignments/${userId}`, { token: load.token.token });
        if (a.status >= 200 && a.status < 300) answered.push({ userId, action, at: seq });
        else if (!a.delivered) notDelivered++;
        else if (a.status === 0) cutOff++;
        else declined++;
        if (a.delivered && (a.status === 0 || a.status >= 500)) unknown.add(userId);
        else if (a.status >= 200 && a.status < 300) unknown.delete(userId);
        // The Overview meanwhile: a lag-tolerant read for the replica (on web A: B may be dead).
        if (seq % 3 === 0) await fetch(`http://127.0.0.1:${WEB[0]}/w/${load.workspace.slug}/overview`, { headers: { cookie: loadCookie } }).catch(() => {});
      }
    })();
    const started = await api(1, "POST", `/workspaces/${bulk.workspace.slug}/products/${studio.id}/unassignments`, { token: bulk.token.token, json: { allMatching: {} } });
    check(started.status >= 200 && started.status < 300, `bulk unassignment of 1,200 seats accepted through web B (${started.status})`);
    await new Promise((r) => setTimeout(r, 300));
    crash(webs[1]);
    crash(workers[0]);
    figures.killed = "web B (SIGKILL, mid-bulk), worker 1 (SIGKILL)";
    await loadRun;
    // Reads on the replica during the load: transactions the standby served (less this script's two counting queries).
    const replicaTx = (await standbyCommits()) - standbyBefore - 2;
    const primaryTx = (await primaryCommits()) - primaryBefore - 2;
    figures.replicaTransactions = replicaTx;
    figures.primaryTransactions = primaryTx;
    figures.replicaReadShare = `${((100 * replicaTx) / (replicaTx + primaryTx)).toFixed(1)} % of the transactions during the load`;
    figures.loadRequests = answered.length + declined + cutOff + notDelivered;
    figures.load2xx = answered.length;
    figures.loadDeclined = declined;
    figures.cutOffRequests = cutOff;
    figures.refusedByDeadInstance = notDelivered;

    // What was answered 2xx is there: the last answered action per user decides its seat.
    const last = new Map<string, "assign" | "unassign">();
    for (const a of answered) last.set(a.userId, a.action);
    const live = new Set(
      (await owner`select directory_user_id as user_id from assignments where workspace_id = ${load.workspace.id} and product_id = ${pdf.id} and ended_at is null`).map((r) => r.user_id),
    );
    // Requests run one at a time, so the last 2xx answer per user is the state it must be in.
    const lost = [...last].filter(([u, action]) => !unknown.has(u) && (action === "assign") !== live.has(u)).length;
    figures.usersChecked = last.size - [...last.keys()].filter((u) => unknown.has(u)).length;
    figures.usersOfUnknownState = unknown.size;
    figures.lostRequests = lost;
    check(lost === 0, "killing web B mid-load loses no request answered 2xx");

    // The surviving worker finishes the bulk operation and the window close (their sweeps tick every minute).
    await waitFor(
      "bulk operation done and window closed",
      async () => {
        const [op] = await owner`select status from bulk_jobs where workspace_id = ${bulk.workspace.id}`;
        const [t] = await owner`select done_at from workspace_timers where workspace_id = ${closing.workspace.id} and kind = 'renewal.window_close'`;
        return op?.status === "done" && t?.done_at !== null;
      },
      150_000,
    );
    const [dup] = await owner`select count(*)::int as events, count(distinct subject_id)::int as users from audit_events
                                where workspace_id = ${bulk.workspace.id} and action = 'assignment.ended'`;
    const [left] = await owner`select count(*)::int as n from assignments where workspace_id = ${bulk.workspace.id} and product_id = ${studio.id} and ended_at is null`;
    const [closes] = await owner`select count(*)::int as n from audit_events where workspace_id = ${closing.workspace.id} and action = 'renewal.window_closed'`;
    figures.bulkUnassigned = dup.users;
    figures.duplicateJobs = dup.events - dup.users + Math.max(0, closes.n - 1);
    figures.lostJobs = left.n + (closes.n === 0 ? 1 : 0);
    check(dup.users === 1200 && dup.events === 1200 && left.n === 0, "the bulk unassignment ran exactly once per seat (1,200) though web B died under it");
    check(closes.n > 0 && figures.duplicateJobs === 0, "the window close ran exactly once");

    check(replicaTx > 0, "lag-tolerant reads (the Overview) are served by the replica");
    const metrics = await fetch(`http://127.0.0.1:${WEB[0]}/api/metrics`, { headers: { authorization: "Bearer scale-metrics" } });
    const text = await metrics.text();
    check(metrics.ok && /lc_http_request_duration_seconds_count\{route=/.test(text) && /lc_queue\{figure="mail_backlog"\}/.test(text), "metrics answer with latency and queue figures");
    const ready = await fetch(`http://127.0.0.1:${WEB[0]}/api/ready`);
    check(ready.status === 200, "web A still ready with one worker left");
  } finally {
    figures.requests = requests;
    figures.seconds = Math.round((Date.now() - t0) / 1000);
    await owner.end({ timeout: 1 }).catch(() => {});
    await standby.end({ timeout: 1 }).catch(() => {});
    tearDown();
  }
  console.log("\nfigures:", JSON.stringify(figures, null, 2));
  if (failures.length) {
    console.error(`\n${failures.length} failed:\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    tearDown();
    process.exit(1);
  });
}

main().catch((e) => {
  console.error(e);
  tearDown();
  process.exit(1);
});
