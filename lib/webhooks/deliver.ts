import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { and, asc, eq, lte, sql } from "drizzle-orm";
import { webhookDeliveries, webhookEndpoints, workspaces } from "@/db/schema";
import { withScope, type Tx } from "@/db/scope";
import { recordAudit } from "@/lib/audit";
import { openTotpSecret } from "@/lib/auth/totp-secret";
import { log } from "@/lib/deployment/log";
import { queueMail } from "@/lib/mail";
import { memberEmails } from "@/lib/workspaces/people";
import { guardedLookup, urlProblem, urlRules, type UrlRules } from "./address";
import { GIVE_UP_AFTER_MS, nextAttemptAfterFailure } from "./backoff";
import { signedHeaders } from "./signing";

/** A receiver has this long to answer; a slower one counts as failed and is retried. */
export const DELIVERY_TIMEOUT_MS = 10_000;

export type Attempt = { ok: boolean; status: number | null; durationMs: number; error: string | null };

/**
 * One POST. No redirects are followed (a 3xx is a failure: following one would leave the checked
 * address), the connection's addresses are checked by the guarded resolver, and only the status
 * of the answer matters (2xx is success); its body is read and dropped.
 */
export function post(url: string, headers: Record<string, string>, body: string, rules: UrlRules = urlRules(), timeoutMs = DELIVERY_TIMEOUT_MS): Promise<Attempt> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const problem = urlProblem(url, rules);
  if (problem) return Promise.resolve({ ok: false, status: null, durationMs: 0, error: `refused: ${problem} URL` });
  return new Promise((resolve) => {
    const target = new URL(url);
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(
      target,
      { method: "POST", headers: { ...headers, "content-length": String(Buffer.byteLength(body)) }, lookup: guardedLookup(rules), signal: AbortSignal.timeout(timeoutMs) },
      (res) => {
        res.resume();
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          const ok = status >= 200 && status < 300;
          resolve({ ok, status, durationMs: elapsed(), error: ok ? null : `HTTP ${status}` });
        });
        res.on("error", (e) => resolve({ ok: false, status: res.statusCode ?? null, durationMs: elapsed(), error: e.message }));
      },
    );
    req.on("error", (e) => {
      const timedOut = e.name === "AbortError" || e.name === "TimeoutError";
      resolve({ ok: false, status: null, durationMs: elapsed(), error: timedOut ? `timed out after ${timeoutMs / 1000} s` : e.message.slice(0, 500) });
    });
    req.end(body);
  });
}

/**
 * The next delivery of a workspace that may go now: due, its endpoint on, and no earlier event of
 * the same subject still pending for that endpoint (ordering per subject). Locked SKIP LOCKED, so
 * two workers never claim one delivery at once.
 */
async function nextDue(tx: Tx, workspaceId: string, now: Date) {
  const [row] = await tx
    .select({ delivery: webhookDeliveries, url: webhookEndpoints.url, secretSealed: webhookEndpoints.secretSealed })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(
      and(
        eq(webhookDeliveries.workspaceId, workspaceId),
        eq(webhookDeliveries.status, "pending"),
        lte(webhookDeliveries.nextAttemptAt, now),
        eq(webhookEndpoints.enabled, true),
        sql`not exists (select 1 from webhook_deliveries earlier where earlier.endpoint_id = ${webhookDeliveries.endpointId}
          and earlier.subject = ${webhookDeliveries.subject} and earlier.status = 'pending' and earlier.seq < ${webhookDeliveries.seq})`,
      ),
    )
    .orderBy(asc(webhookDeliveries.seq))
    .limit(1)
    .for("update", { of: webhookDeliveries, skipLocked: true });
  return row ?? null;
}

/** How long a claimed delivery is not due again: the attempt's outcome normally lands well before. */
const LEASE_MS = DELIVERY_TIMEOUT_MS + 60_000;

/** The actor of what the worker itself changes (an endpoint it switches off), as timed jobs record theirs. */
const WORKER_ACTOR = { accountId: null, label: "job:webhooks.deliver" };

/**
 * Sends one due delivery of the workspace and records the outcome; false when none was due.
 * No transaction is open during the POST (a slow receiver must not hold a pooled connection):
 * the delivery is claimed first by moving its next attempt past a lease, staying pending, so the
 * subject's later events keep waiting and no other worker takes it; a worker that dies mid-POST
 * leaves it to be retried when the lease runs out. The lease's end is the claim's token: the
 * outcome is written only while the row still carries it, so a worker that stalled past its
 * lease (and whose delivery another worker claimed again) cannot overwrite the newer attempt.
 */
async function deliverNext(workspaceId: string, now: () => Date, timeoutMs: number): Promise<boolean> {
  const claimed = await withScope({ kind: "system", workspaceId }, async (tx) => {
    const row = await nextDue(tx, workspaceId, now());
    if (!row) return null;
    const leaseEnd = new Date(now().getTime() + LEASE_MS);
    await tx.update(webhookDeliveries).set({ nextAttemptAt: leaseEnd }).where(eq(webhookDeliveries.id, row.delivery.id));
    return { ...row, leaseEnd };
  });
  if (!claimed) return false;
  const { delivery } = claimed;
  const body = JSON.stringify(delivery.payload);
  const attempt = await post(claimed.url, signedHeaders(openTotpSecret(claimed.secretSealed), delivery.eventId, body, now()), body, urlRules(), timeoutMs);
  const at = now();
  const attempts = delivery.attempts + 1;
  const next = attempt.ok ? null : nextAttemptAfterFailure(delivery.createdAt, attempts, at);
  await withScope({ kind: "system", workspaceId }, async (tx) => {
    const [kept] = await tx
      .update(webhookDeliveries)
      .set({
        status: attempt.ok ? "succeeded" : next ? "pending" : "failed",
        attempts,
        responseStatus: attempt.status,
        durationMs: attempt.durationMs,
        lastError: attempt.error,
        lastAttemptAt: at,
        nextAttemptAt: next,
      })
      .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.status, "pending"), eq(webhookDeliveries.nextAttemptAt, claimed.leaseEnd)))
      .returning({ id: webhookDeliveries.id });
    if (!kept) {
      // The lease ran out during the POST: another worker owns the delivery now (or it was deleted).
      log.warn({ event: "webhooks.late_outcome_dropped", deliveryId: delivery.id, status: attempt.status, error: attempt.error }, "webhook outcome dropped: its claim ran out, or the delivery was deleted");
      return;
    }
    await recordEndpointHealth(tx, workspaceId, delivery.endpointId, attempt.ok, at);
  });
  return true;
}

/**
 * A success clears the endpoint's failing streak; a failure starts one, and a streak of
 * GIVE_UP_AFTER_MS switches the endpoint off and tells the workspace's supervisors by e-mail.
 */
async function recordEndpointHealth(tx: Tx, workspaceId: string, endpointId: string, ok: boolean, at: Date): Promise<void> {
  if (ok) {
    await tx.update(webhookEndpoints).set({ failingSince: null }).where(and(eq(webhookEndpoints.id, endpointId), sql`${webhookEndpoints.failingSince} is not null`));
    return;
  }
  const [endpoint] = await tx
    .update(webhookEndpoints)
    .set({ failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${at.toISOString()}::timestamptz)` })
    .where(eq(webhookEndpoints.id, endpointId))
    .returning();
  // Deleted during the POST (its deliveries went with it): no streak left to keep.
  if (!endpoint || !endpoint.enabled || !endpoint.failingSince || at.getTime() - endpoint.failingSince.getTime() < GIVE_UP_AFTER_MS) return;
  await tx.update(webhookEndpoints).set({ enabled: false, disabledReason: "failing", updatedAt: at }).where(eq(webhookEndpoints.id, endpointId));
  // Like a supervisor's switch (webhook_endpoint.updated), the worker's own is in the audit log.
  await recordAudit(tx, workspaceId, WORKER_ACTOR, {
    action: "webhook_endpoint.disabled",
    subjectType: "webhook_endpoint",
    subjectId: endpointId,
    data: { url: endpoint.url, reason: "failing", failingSince: endpoint.failingSince.toISOString() },
  });
  const to = await memberEmails(tx, workspaceId, ["supervisor"]);
  if (to.length === 0) return;
  const [ws] = await tx.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, workspaceId));
  await queueMail(tx, workspaceId, {
    kind: "webhooks.endpoint_disabled",
    to,
    compose: (t) => ({
      subject: t("mail.webhookDisabled.subject", { workspace: ws?.name ?? "" }),
      text: t("mail.webhookDisabled.text", { url: endpoint.url, days: Math.round(GIVE_UP_AFTER_MS / 86_400_000) }),
    }),
  });
}

/**
 * The worker's task: send what is due, in every workspace or in one (a test event's or a
 * re-send's own kick), one delivery per transaction. `now` lets a test stand later in time to
 * see the retries come due, `timeoutMs` wait less.
 */
export async function deliverDueWebhooks(opts: { workspaceId?: string; now?: () => Date; batch?: number; timeoutMs?: number } = {}): Promise<number> {
  const now = opts.now ?? (() => new Date());
  const batch = opts.batch ?? 50;
  const due = opts.workspaceId
    ? [{ id: opts.workspaceId }]
    : await withScope({ kind: "anonymous" }, (tx) =>
        tx.execute<{ id: string }>(sql`select app_workspaces_with_due_webhooks(${now().toISOString()}::timestamptz, ${batch}) as id`),
      );
  let sent = 0;
  for (const { id } of due) {
    for (let i = 0; i < batch && (await deliverNext(id, now, opts.timeoutMs ?? DELIVERY_TIMEOUT_MS)); i++) sent++;
  }
  return sent;
}
