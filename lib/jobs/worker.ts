import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { sql } from "drizzle-orm";
import { Logger, run, type Runner } from "graphile-worker";
import { withScope } from "@/db/scope";
import { deliverQueuedMail } from "@/lib/mail";
import { purgeExpiredSandboxes } from "@/lib/sandboxes";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { resumeStalledBulkJobs } from "./bulk";
import { runDueTimersEverywhere } from "./index";

/**
 * The queue worker (graphile-worker: durable, retried, one run per cron tick across any number
 * of instances). Its own tables live in the graphile_worker schema, which it manages with the
 * owner's connection; the tasks themselves reach workspace data only through db/scope.
 *
 *   run_due_timers  every minute: timers due in real-time workspaces (window closes, ...)
 *   resume_bulk     every minute: bulk jobs a stopped process left half-way
 *   deliver_mail    every minute: the mail outbox (queued in the transactions of the changes)
 *   deliver_webhooks every minute: the webhook outbox and the retries come due (a test event or a
 *                   re-send starts at once, lib/webhooks)
 *   purge_sandboxes every hour: sandboxes past their age
 */
export async function startWorker(ownerUrl: string): Promise<Runner> {
  const runner = await run({
    connectionString: ownerUrl,
    concurrency: 2,
    noHandleSignals: true,
    pollInterval: 2_000,
    taskList: {
      run_due_timers: async () => {
        await runDueTimersEverywhere();
      },
      resume_bulk: async () => {
        await resumeStalledBulkJobs();
      },
      deliver_mail: async () => {
        await deliverQueuedMail();
      },
      deliver_webhooks: async () => {
        await deliverDueWebhooks();
      },
      purge_sandboxes: async () => {
        await purgeExpiredSandboxes();
      },
    },
    // "?fill=" catches up a tick missed while no worker ran.
    crontab: ["* * * * * run_due_timers ?fill=5m&max=1", "* * * * * deliver_mail ?max=1", "* * * * * deliver_webhooks ?max=1", "* * * * * resume_bulk ?max=1", "17 * * * * purge_sandboxes ?max=1"].join("\n"),
    // Only problems reach the console: a tick every minute is not news.
    logger: new Logger(() => (level, message) => {
      if (level === "error" || level === "warning") console.error(`[worker] ${message}`);
    }),
  });
  return withHeartbeat(runner);
}

/** How often a worker says it is alive (readiness wants a beat younger than HEARTBEAT_STALE_MS). */
const HEARTBEAT_MS = 5_000;

/**
 * Beats while the runner runs (GET /api/ready asks for a fresh beat), and on stop lets the
 * running jobs finish before it says goodbye.
 */
async function withHeartbeat(runner: Runner): Promise<Runner> {
  const workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const startedAt = new Date();
  const beat = () => withScope({ kind: "anonymous" }, (tx) => tx.execute(sql`select app_worker_heartbeat(${workerId}, ${startedAt.toISOString()}::timestamptz)`));
  await beat();
  const timer = setInterval(() => void beat().catch((e) => console.error("[worker] heartbeat failed", e)), HEARTBEAT_MS);
  timer.unref();
  const stop = runner.stop.bind(runner);
  runner.stop = async () => {
    clearInterval(timer);
    await stop();
    await withScope({ kind: "anonymous" }, (tx) => tx.execute(sql`select app_worker_gone(${workerId})`)).catch(() => {});
  };
  return runner;
}
