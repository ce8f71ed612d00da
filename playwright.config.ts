import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against a production build (`npm run test:e2e` builds first), served by the
 * same launcher as the console, on its own fresh embedded database (or DATABASE_URL), as a test
 * installation: LC_SANDBOXES=on with a bootstrap secret made for this run (e2e/fixtures.ts sends
 * it), and the demo data on `--demo`. Browsers cannot be downloaded here: Debian's chromium is
 * used when present.
 *
 * The runner sets E2E_PORT and LC_SANDBOX_SECRET once, before its workers start and read this
 * file again: port 3100 when free, otherwise one the system hands out.
 */
function freePort(preferred: number): number {
  const probe = `const s=require("net").createServer();s.once("error",()=>{const t=require("net").createServer();t.listen(0,"127.0.0.1",()=>{console.log(t.address().port);t.close()})});s.listen(${preferred},"127.0.0.1",()=>{console.log(${preferred});s.close()})`;
  return Number(execFileSync(process.execPath, ["-e", probe], { encoding: "utf8" }).trim());
}
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = String(freePort(3100));
  if (process.env.E2E_PORT !== "3100") console.log(`Port 3100 is taken: the e2e server uses ${process.env.E2E_PORT} (set E2E_PORT to choose).`);
}
process.env.LC_SANDBOX_SECRET ||= randomBytes(24).toString("base64url");
const PORT = Number(process.env.E2E_PORT);
const chromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  // A guard against hangs, not a speed check: two workers share two cores here, and a story of
  // ten page loads took 15-35 s in CI (2026-12-02); 30 s failed the longest of them.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: existsSync(chromium)
      ? {
          executablePath: chromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        }
      : {},
  },
  webServer: {
    command: `npx tsx scripts/console.ts start --demo --db postgres-e2e --fresh --port ${PORT}`,
    env: { LC_SANDBOXES: "on", LC_SANDBOX_SECRET: process.env.LC_SANDBOX_SECRET },
    url: `http://localhost:${PORT}/login`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
