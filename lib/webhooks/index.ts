import { randomUUID } from "node:crypto";
import { and, desc, eq, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { webhookDeliveries, webhookEndpoints, type WebhookEndpoint } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { recordAudit } from "@/lib/audit";
import { sealTotpSecret } from "@/lib/auth/totp-secret";
import { fieldError, invalid, notFound } from "@/lib/errors";
import { v } from "@/lib/i18n/validation";
import { defineOperation } from "@/lib/operations";
import { afterResponse } from "@/lib/jobs/background";
import { resolvesToPrivate, urlProblem, urlRules } from "./address";
import { deliverDueWebhooks } from "./deliver";
import { isWebhookEventType, payloadOf, subjectKey, TEST_EVENT_TYPE } from "./events";
import { newSigningSecret } from "./signing";

/**
 * Webhook endpoints and their delivery log (issue 16): supervisors only (lib/access/matrix.ts,
 * resource `webhook`). The signing secret is sealed with the key that seals two-factor secrets
 * (TOTP_SECRET_KEY, lib/auth/totp-secret.ts): the worker must read it back to sign, so a hash
 * would not do. It is answered once, on creation.
 */

const eventTypes = z
  .array(z.string().trim().refine(isWebhookEventType, { message: v("webhook_event_type") }))
  .min(1)
  .max(100)
  .transform((types) => [...new Set(types)].sort());
const url = z.string().trim().min(1).max(2000);
const description = z.string().trim().max(500);

/**
 * Refuses a URL the worker would not send to (422 on `url`): scheme, shape, private address.
 * An operation's precheck: resolving the name may take seconds, outside any transaction.
 */
async function checkTarget(raw: string | undefined): Promise<void> {
  if (raw === undefined) return;
  const rules = urlRules();
  const problem = urlProblem(raw, rules) ?? ((await resolvesToPrivate(raw, rules)) ? "private" : null);
  if (problem) throw invalid({ key: "apiErrors.validation_failed" }, fieldError("url", { key: `validation.webhook_url_${problem}` }));
}

const endpointColumns = {
  id: webhookEndpoints.id,
  url: webhookEndpoints.url,
  eventTypes: webhookEndpoints.eventTypes,
  description: webhookEndpoints.description,
  enabled: webhookEndpoints.enabled,
  disabledReason: webhookEndpoints.disabledReason,
  failingSince: webhookEndpoints.failingSince,
  createdAt: webhookEndpoints.createdAt,
  updatedAt: webhookEndpoints.updatedAt,
};

type EndpointRow = Omit<WebhookEndpoint, "workspaceId" | "secretSealed" | "createdBy">;

/** An endpoint as the API and the page show it (never its secret); moments as ISO strings. */
export function endpointView(row: EndpointRow) {
  return {
    ...row,
    disabledReason: row.disabledReason as "failing" | null,
    failingSince: row.failingSince?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type WebhookEndpointView = ReturnType<typeof endpointView>;

/** The workspace's endpoints, oldest first. */
export async function listWebhookEndpoints(tx: Tx, workspaceId: string): Promise<WebhookEndpointView[]> {
  const rows = await tx.select(endpointColumns).from(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, workspaceId)).orderBy(webhookEndpoints.createdAt, webhookEndpoints.id);
  return rows.map(endpointView);
}

async function endpointOf(tx: Tx, workspaceId: string, endpointId: string, lock = false): Promise<EndpointRow> {
  const q = tx.select(endpointColumns).from(webhookEndpoints).where(and(eq(webhookEndpoints.workspaceId, workspaceId), eq(webhookEndpoints.id, endpointId)));
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw notFound("endpoint");
  return row;
}

export async function getWebhookEndpoint(tx: Tx, workspaceId: string, endpointId: string): Promise<WebhookEndpointView> {
  return endpointView(await endpointOf(tx, workspaceId, endpointId));
}

export type CreatedEndpoint = WebhookEndpointView & { secret: string | null };

export const createWebhookEndpoint = defineOperation({
  name: "webhooks.create",
  input: z.object({ url, eventTypes, description: description.default("") }),
  resource: "webhook",
  action: "create",
  precheck: (input) => checkTarget(input.url),
  async run(ctx, input, tx): Promise<CreatedEndpoint> {
    const secret = newSigningSecret();
    const id = randomUUID();
    // Recorded before the insert: the new endpoint does not receive the event of its own creation.
    await recordAudit(tx, ctx.workspace.id, ctx.auditActor, {
      action: "webhook_endpoint.created",
      subjectType: "webhook_endpoint",
      subjectId: id,
      data: { url: input.url, eventTypes: input.eventTypes, description: input.description },
    });
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ id, workspaceId: ctx.workspace.id, ...input, secretSealed: sealTotpSecret(secret), createdBy: ctx.actor.accountId })
      .returning(endpointColumns);
    return { ...endpointView(row), secret };
  },
  // The secret is shown once: an Idempotency-Key replay answers the endpoint without it.
  replayResult: (created) => ({ ...created, secret: null }),
});

export const updateWebhookEndpoint = defineOperation({
  name: "webhooks.update",
  input: z.object({ endpointId: z.uuid(), url: url.optional(), eventTypes: eventTypes.optional(), description: description.optional(), enabled: z.boolean().optional() }),
  resource: "webhook",
  action: "update",
  precheck: (input) => checkTarget(input.url),
  async run(ctx, { endpointId, ...change }, tx) {
    const before = await endpointOf(tx, ctx.workspace.id, endpointId, true);
    // Switching an endpoint on (again) forgets the failing streak that switched it off.
    const health = change.enabled === undefined ? {} : change.enabled ? { disabledReason: null, failingSince: null } : { disabledReason: null };
    const [row] = await tx
      .update(webhookEndpoints)
      .set({ ...change, ...health, updatedAt: new Date() })
      .where(and(eq(webhookEndpoints.workspaceId, ctx.workspace.id), eq(webhookEndpoints.id, endpointId)))
      .returning(endpointColumns);
    const fields = (Object.keys(change) as (keyof typeof change)[]).filter((k) => change[k] !== undefined);
    await recordAudit(tx, ctx.workspace.id, ctx.auditActor, {
      action: "webhook_endpoint.updated",
      subjectType: "webhook_endpoint",
      subjectId: endpointId,
      data: { before: Object.fromEntries(fields.map((k) => [k, before[k]])), after: Object.fromEntries(fields.map((k) => [k, row[k]])) },
    });
    return endpointView(row);
  },
});

/** Deleting takes the endpoint's delivery log with it (foreign key cascade). */
export const deleteWebhookEndpoint = defineOperation({
  name: "webhooks.delete",
  input: z.object({ endpointId: z.uuid() }),
  resource: "webhook",
  action: "delete",
  async run(ctx, { endpointId }, tx) {
    // The deletion's own audit event queues deliveries to the workspace's other endpoints (a key
    // lock on each); two deletions at once would each hold the row the other's event points at.
    // Locking the workspace's endpoints in one order first makes them take turns (the stress
    // burst saw deadlocks answered 500).
    await tx
      .select({ id: webhookEndpoints.id })
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.workspaceId, ctx.workspace.id))
      .orderBy(webhookEndpoints.id)
      .for("update");
    const deleted = await tx
      .delete(webhookEndpoints)
      .where(and(eq(webhookEndpoints.workspaceId, ctx.workspace.id), eq(webhookEndpoints.id, endpointId)))
      .returning({ id: webhookEndpoints.id, url: webhookEndpoints.url });
    if (deleted.length === 0) throw notFound("endpoint");
    await recordAudit(tx, ctx.workspace.id, ctx.auditActor, { action: "webhook_endpoint.deleted", subjectType: "webhook_endpoint", subjectId: endpointId, data: { url: deleted[0].url } });
    return { id: endpointId, deleted: true as const };
  },
});

/** Starts the workspace's due deliveries once the answer is out (the worker's tick would too). */
const kickDelivery = (ctx: { workspace: { id: string } }) => afterResponse(() => deliverDueWebhooks({ workspaceId: ctx.workspace.id, batch: 10 }));

/**
 * A manual re-send: a new delivery of the same event (same Webhook-Id, same payload, so a
 * receiver that dedupes sees a repeat), due now, with its own log line.
 */
export const resendWebhookDelivery = defineOperation({
  name: "webhooks.resend",
  input: z.object({ endpointId: z.uuid(), deliveryId: z.uuid() }),
  resource: "webhook",
  action: "update",
  async run(ctx, { endpointId, deliveryId }, tx) {
    const [original] = await tx
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.workspaceId, ctx.workspace.id), eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.id, deliveryId)));
    if (!original) throw notFound("resource");
    const [row] = await tx
      .insert(webhookDeliveries)
      .values({
        workspaceId: ctx.workspace.id,
        endpointId,
        eventId: original.eventId,
        eventType: original.eventType,
        subject: original.subject,
        payload: original.payload,
        nextAttemptAt: sql`now()`,
      })
      .returning({ id: webhookDeliveries.id, eventId: webhookDeliveries.eventId });
    return row;
  },
  afterCommit: kickDelivery,
});

/** Queues a `webhook.test` event for one endpoint, whatever types it subscribes to. */
export const sendTestWebhook = defineOperation({
  name: "webhooks.test",
  input: z.object({ endpointId: z.uuid() }),
  resource: "webhook",
  action: "update",
  async run(ctx, { endpointId }, tx) {
    await endpointOf(tx, ctx.workspace.id, endpointId);
    const payload = payloadOf(ctx.workspace.id, ctx.auditActor.label, { action: TEST_EVENT_TYPE, subjectType: "webhook_endpoint", subjectId: endpointId, data: { test: true } }, new Date(), randomUUID());
    const [row] = await tx
      .insert(webhookDeliveries)
      .values({ workspaceId: ctx.workspace.id, endpointId, eventId: payload.id, eventType: payload.type, subject: subjectKey(payload), payload, nextAttemptAt: sql`now()` })
      .returning({ id: webhookDeliveries.id, eventId: webhookDeliveries.eventId });
    return row;
  },
  afterCommit: kickDelivery,
});

export type DeliveryStatus = "pending" | "succeeded" | "failed";

/** One page of an endpoint's delivery log, newest first: keyset on `seq`, the order of queueing. */
export async function listWebhookDeliveries(tx: Tx, workspaceId: string, endpointId: string, opts: { afterSeq: number | null; limit: number }) {
  await endpointOf(tx, workspaceId, endpointId);
  const after = opts.afterSeq === null ? undefined : lt(webhookDeliveries.seq, opts.afterSeq);
  const rows = await tx
    .select({
      id: webhookDeliveries.id,
      seq: webhookDeliveries.seq,
      eventId: webhookDeliveries.eventId,
      eventType: webhookDeliveries.eventType,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      responseStatus: webhookDeliveries.responseStatus,
      durationMs: webhookDeliveries.durationMs,
      lastError: webhookDeliveries.lastError,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      lastAttemptAt: webhookDeliveries.lastAttemptAt,
      createdAt: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.workspaceId, workspaceId), eq(webhookDeliveries.endpointId, endpointId), after))
    .orderBy(desc(webhookDeliveries.seq))
    .limit(opts.limit);
  return rows.map((d) => ({
    ...d,
    status: d.status as DeliveryStatus,
    nextAttemptAt: d.nextAttemptAt?.toISOString() ?? null,
    lastAttemptAt: d.lastAttemptAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
  }));
}
