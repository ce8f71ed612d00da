/**
 * `npm run bench`: Overview and Products server time on a large workspace, beside the raw SQL of
 * the same figures and a trivial query, in one run. Prints figures only (no pass/fail).
 *
 *   DATABASE_URL=postgres://… npm run bench        # a server of your own
 *   npm run bench                                   # embedded PostgreSQL "postgres-bench" (port 54323)
 *
 *   npm run bench -- unassign                       # one section: pages | unassign
 *
 * Options (environment): BENCH_N (timed requests per row, default 200), BENCH_HTTP=0 to skip the
 * HTTP rows, BENCH_PORT (default 3290) for the `next start` it runs when a build (.next) exists.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { openDatabase } from "../db/launch";
import { BENCH, ensureBenchWorkspace } from "./seed";
import { signInCookie } from "./sign-in";

const N = Number(process.env.BENCH_N ?? 200);
const WARMUP = 10;

type Row = { name: string; what: string; samples: number[] };

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function measure(name: string, what: string, fn: () => Promise<unknown>, n = N): Promise<Row> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  process.stdout.write(".");
  return { name, what, samples };
}

function table(rows: Row[], baseline: string) {
  const stats = rows.map((r) => {
    const s = [...r.samples].sort((a, b) => a - b);
    return { ...r, n: s.length, p50: pct(s, 50), p95: pct(s, 95), mean: s.reduce((a, b) => a + b, 0) / s.length };
  });
  const base = stats.find((s) => s.name === baseline)!;
  const w = Math.max(...stats.map((s) => s.name.length));
  const head = `${"measurement".padEnd(w)}  ${"n".padStart(4)}  ${"p50 ms".padStart(9)}  ${"p95 ms".padStart(9)}  ${"mean ms".padStart(9)}  ${"p50 ×".padStart(8)}  what`;
  console.log(`\n${head}\n${"-".repeat(head.length + 20)}`);
  for (const s of stats) {
    console.log(
      `${s.name.padEnd(w)}  ${String(s.n).padStart(4)}  ${s.p50.toFixed(2).padStart(9)}  ${s.p95.toFixed(2).padStart(9)}  ${s.mean.toFixed(2).padStart(9)}  ${(s.p50 / base.p50).toFixed(1).padStart(8)}  ${s.what}`,
    );
  }
  console.log(`\np50 × = this row's p50 over the p50 of "${baseline}".`);
}

async function startServer(port: number, appUrl: string): Promise<ChildProcess | null> {
  if (process.env.BENCH_HTTP === "0" || !existsSync(path.resolve(".next", "BUILD_ID"))) return null;
  const nextBin = path.resolve("node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [nextBin, "start", "--port", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    // A test installation (not production: no publisher key or SMTP needed), as the app role only.
    env: {
      ...process.env,
      DATABASE_URL: undefined,
      APP_ENV: "test",
      LC_SANDBOX_SECRET: randomBytes(18).toString("base64url"),
      APP_DATABASE_URL: appUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: `http://localhost:${port}`,
    },
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return null;
    try {
      if ((await fetch(`http://localhost:${port}/login`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill("SIGTERM");
  return null;
}

const SECTIONS = ["pages", "unassign"] as const;
const chosen = process.argv.slice(2).filter((a) => (SECTIONS as readonly string[]).includes(a));
const runs = (section: (typeof SECTIONS)[number]) => chosen.length === 0 || chosen.includes(section);

/** Issue 5's changes (they consume fresh workspaces each round, so they run after the reads). */
async function unassignSection(ownerUrl: string) {
  console.log("\nUnassigning and closing windows (fresh workspaces each round) …");
  const { benchUnassign } = await import("./unassign");
  await benchUnassign(ownerUrl, Number(process.env.BENCH_ROUNDS ?? 3));
}

async function main() {
  const db = await openDatabase({ name: "postgres-bench" });
  const owner = postgres(db.ownerUrl, { max: 2, onnotice: () => {} });
  // lib/ reads the app's database URL from the environment openDatabase just set.
  const { hashPassword } = await import("../lib/auth/password");
  const { loadActor } = await import("../lib/auth/accounts");
  const { inWorkspace, openWorkspace } = await import("../lib/access/workspace");
  const { getOverview } = await import("../lib/overview");
  const { renewalState } = await import("../lib/renewal/state");
  const { listProducts } = await import("../lib/products");
  const { closeAppDb } = await import("../db/client");
  const { sql } = await import("drizzle-orm");

  let server: ChildProcess | null = null;
  try {
    console.log(`Database: ${db.embedded ? "embedded postgres-bench" : "DATABASE_URL"}`);
    if (!runs("pages")) return await unassignSection(db.ownerUrl);
    const ws = await ensureBenchWorkspace(owner, hashPassword);
    console.log(ws.seeded ? `Seeded the large workspace in ${ws.seconds.toFixed(1)} s.` : `Reusing the large workspace "${BENCH.slug}" (marker found).`);

    const [counts] = await owner<{ products: number; users: number; assignments: number; unpaid: number; drift: number }[]>`
      select (select count(*)::int from product_seats where workspace_id = ${ws.id}) as products,
             (select count(*)::int from directory_users where workspace_id = ${ws.id}) as users,
             (select count(*)::int from assignments where workspace_id = ${ws.id} and state = 'active') as assignments,
             (select count(*)::int from orders where workspace_id = ${ws.id} and status = 'unpaid') as unpaid,
             (select count(*)::int from product_seats s where s.workspace_id = ${ws.id} and s.used <>
                (select count(*) from assignments a where a.workspace_id = s.workspace_id and a.product_id = s.product_id and a.state = 'active')) as drift`;
    console.log(
      `Workspace: ${counts.products} products, ${counts.users.toLocaleString("en")} users, ${counts.assignments.toLocaleString("en")} live assignments, ` +
        `${counts.unpaid} unpaid orders; product_seats rows disagreeing with count(*): ${counts.drift}.`,
    );

    const actor = await loadActor(ws.supervisorId);
    if (!actor) throw new Error("bench supervisor missing");
    const ctx = await openWorkspace(actor, BENCH.slug);
    const tableParams = { page: 1, size: 25, sort: "name" as const, dir: "asc" as const, q: "", filters: {} };

    process.stdout.write(`Measuring (${WARMUP} warm-up + ${N} timed each) `);
    const rows: Row[] = [];
    rows.push(await measure("sql: select 1", "trivial query, owner connection", () => owner`select 1`));
    rows.push(await measure("lib: scoped select 1", "inWorkspace (RLS transaction) + select 1", () => inWorkspace(ctx, "workspace", "read", (tx) => tx.execute(sql`select 1`))));
    rows.push(
      await measure("sql: product_seats read", "select * from product_seats where workspace_id = $1 (200 rows)", () =>
        owner`select * from product_seats where workspace_id = ${ws.id}`,
      ),
    );
    rows.push(
      await measure(
        "sql: count(*) group by",
        "used per product from assignments: count(*) … group by product_id (1M rows)",
        () => owner`select product_id, count(*) from assignments where workspace_id = ${ws.id} and state = 'active' group by product_id`,
        Math.min(N, 30),
      ),
    );
    rows.push(await measure("lib: getOverview", "what the Overview page reads (lib/overview)", () => inWorkspace(ctx, "product", "read", (tx) => getOverview(tx, ctx.workspace))));
    rows.push(
      await measure("lib: listProducts", "what the Products page reads (renewalState + lib/products page 1)", () =>
        inWorkspace(ctx, "product", "read", async (tx) => {
          const { inWindow } = await renewalState(tx, ctx.workspace);
          return listProducts(tx, ctx.workspace.id, tableParams, { inRenewalWindow: inWindow });
        }),
      ),
    );

    // The Users list deep in the directory: the page after the 50,000th user by name, the way the
    // page reads it (keyset, lib/tables/keyset) beside the same range read as plain SQL.
    // Names in the workspace locale's collation, as the page orders them (lib/tables/collation).
    const { listDirectoryUsers } = await import("../lib/directory");
    const { nameCollation } = await import("../lib/tables/collation");
    const name = owner.unsafe(`name collate "${nameCollation(ctx.workspace.locale)}"`);
    const [deep] = await owner<{ name: string; id: string }[]>`
      select name, id from directory_users where workspace_id = ${ws.id} order by ${name}, id offset 49999 limit 1`;
    rows.push(
      await measure("sql: Users after row 50,000", "select … where (name collate …, id) > ($1, $2) order by name collate …, id limit 26 (owner, no RLS)", () =>
        owner`select id, name, email, created_at from directory_users where workspace_id = ${ws.id} and (${name}, id) > (${deep.name}, ${deep.id}::uuid) order by ${name}, id limit 26`,
      ),
    );
    rows.push(
      await measure("lib: Users after row 50,000", "the Users page's read after the 50,000th user (keyset, products per user, RLS)", () =>
        inWorkspace(ctx, "directory_user", "read", (tx) =>
          listDirectoryUsers(tx, ctx.workspace.id, { size: 25, sort: "name", dir: "asc", q: "", filters: {}, after: { key: deep.name, id: deep.id }, before: null }, ctx.workspace.locale),
        ),
      ),
    );

    const { encodeKeyCursor } = await import("../lib/tables/keyset");
    const USERS_DEEP = `/w/${BENCH.slug}/users?after=${encodeKeyCursor({ key: deep.name, id: deep.id })}`;

    const port = Number(process.env.BENCH_PORT ?? 3290);
    server = await startServer(port, db.appUrl);
    if (server) {
      const base = `http://localhost:${port}`;
      const cookie = await signInCookie(base, BENCH);
      // Bytes of each page's HTML (uncompressed, as Node sends it before any proxy's gzip).
      const bytes = new Map<string, number>();
      const get = (p: string, headers: Record<string, string> = {}) => async () => {
        const res = await fetch(`${base}${p}`, { headers, redirect: "manual" });
        if (res.status !== 200) throw new Error(`GET ${p}: ${res.status}`);
        bytes.set(p, (await res.arrayBuffer()).byteLength);
      };
      const n = Math.min(N, 100);
      rows.push(await measure("http: GET /login", "trivial page (no database)", get("/login"), n));
      rows.push(await measure("http: GET /overview", "the Overview page, signed in, full HTML", get(`/w/${BENCH.slug}/overview`, { cookie }), n));
      rows.push(await measure("http: GET /products", "the Products page, signed in, full HTML", get(`/w/${BENCH.slug}/products`, { cookie }), n));
      rows.push(await measure("http: GET /users?after=", "the Users page after the 50,000th user, signed in, full HTML", get(USERS_DEEP, { cookie }), n));
      console.log(`\nHTML bytes: ${[...bytes].map(([p, b]) => `${p} ${(b / 1024).toFixed(1)} KB`).join(", ")}`);
    } else {
      console.log("\n(no HTTP rows: run `npx next build` first, or BENCH_HTTP was 0)");
    }
    table(rows, "sql: product_seats read");
    if (runs("unassign")) await unassignSection(db.ownerUrl);
  } finally {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => server!.once("exit", r));
    }
    await closeAppDb();
    await owner.end({ timeout: 5 });
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
