import { Logger, run, type Runner } from "graphile-worker";
import { deliverQueuedMail } from "@/lib/mail";
import { purgeExpiredSandboxes } from "@/lib/sandboxes";
import { resumeStalledBulkOperations } from "@/lib/seats/unassign";
import { runDueTimersEverywhere } from "./index";

/**
 * The queue worker (graphile-worker: durable, retried, one run per cron tick across any number
 * of instances). Its own tables live in the graphile_worker schema, which it manages with the
 * owner's connection; the tasks themselves reach workspace data only through db/scope.
 *
 *   run_due_timers  every minute: timers due in real-time workspaces (window closes, ...)
 *   resume_bulk     every minute: tracked operations a stopped process left half-way
 *   deliver_mail    every minute: the mail outbox (queued in the transactions of the changes)
 *   purge_sandboxes every hour: sandboxes past their age
 */
export function startWorker(ownerUrl: string): Promise<Runner> {
  return run({
    connectionString: ownerUrl,
    concurrency: 2,
    noHandleSignals: true,
    pollInterval: 2_000,
    taskList: {
      run_due_timers: async () => {
        await runDueTimersEverywhere();
      },
      resume_bulk: async () => {
        await resumeStalledBulkOperations();
      },
      deliver_mail: async () => {
        await deliverQueuedMail();
      },
      purge_sandboxes: async () => {
        await purgeExpiredSandboxes();
      },
    },
    // "?fill=" catches up a tick missed while no worker ran.
    crontab: ["* * * * * run_due_timers ?fill=5m&max=1", "* * * * * deliver_mail ?max=1", "* * * * * resume_bulk ?max=1", "17 * * * * purge_sandboxes ?max=1"].join("\n"),
    // Only problems reach the console: a tick every minute is not news.
    logger: new Logger(() => (level, message) => {
      if (level === "error" || level === "warning") console.error(`[worker] ${message}`);
    }),
  });
}
