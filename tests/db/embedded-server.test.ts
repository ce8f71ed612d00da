/**
 * The embedded PostgreSQL's life: one server per data folder, shared while its owner lives,
 * adopted when a killed run left it behind, stopped cleanly by whoever owns it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/db/embedded";

const NAME = `lifecycle-${process.pid}`;
const PORT = 54000 + (process.pid % 900);
const dataDir = path.resolve(".data", NAME);
const children: ChildProcess[] = [];

function serverPid(): number | null {
  const file = path.join(dataDir, "postmaster.pid");
  return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) : null;
}

function alive(pid: number | null): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function answers(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const [row] = await sql<{ one: number }[]>`select 1 as one`;
    return row.one;
  } finally {
    await sql.end();
  }
}

/** A second process that starts the server and holds it, like a running console. */
async function holder(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/db/fixtures/hold-embedded.ts", NAME, String(PORT)], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (b: Buffer) => b.toString().includes("ready") && resolve());
    child.once("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return child;
}

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  const pid = serverPid();
  if (alive(pid)) process.kill(pid!, "SIGINT");
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the embedded server", () => {
  it("leaves a process's exit code alone (a failed test run must fail CI)", { timeout: 30_000 }, async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/db/fixtures/exit-code.ts"], { stdio: "inherit" });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(3);
  });

  it("starts fresh, answers, and stops cleanly", { timeout: 60_000 }, async () => {
    const server = await startEmbeddedPostgres({ name: NAME, port: PORT, database: "lifecycle", fresh: true });
    const pid = serverPid();
    expect(alive(pid)).toBe(true);
    expect(await answers(server.url)).toBe(1);
    await server.stop();
    expect(alive(pid)).toBe(false);
    expect(existsSync(path.resolve(".data", `${NAME}.owner`))).toBe(false);
  });

  it("is shared while its owner lives, and adopted after the owner was killed", { timeout: 90_000 }, async () => {
    const owner = await holder();
    const pid = serverPid();

    // A second process joins the running server; stopping its handle leaves the owner's server up.
    const joined = await startEmbeddedPostgres({ name: NAME, port: PORT, database: "lifecycle" });
    expect(await answers(joined.url)).toBe(1);
    await joined.stop();
    expect(alive(pid)).toBe(true);
    // Nobody may wipe a folder whose server is in use.
    await expect(startEmbeddedPostgres({ name: NAME, port: PORT, database: "lifecycle", fresh: true })).rejects.toThrow(/in use/);

    // The owner dies hard: its server is left running, and the next start adopts it.
    owner.kill("SIGKILL");
    await new Promise((r) => owner.once("exit", r));
    expect(alive(pid)).toBe(true);
    const adopted = await startEmbeddedPostgres({ name: NAME, port: PORT, database: "lifecycle" });
    expect(await answers(adopted.url)).toBe(1);
    await adopted.stop();
    expect(alive(pid)).toBe(false);
  });
});
