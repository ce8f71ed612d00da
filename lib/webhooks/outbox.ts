import { and, eq, sql } from "drizzle-orm";
import { webhookEndpoints } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { payloadOf, subjectKey, type WebhookEvent } from "./events";

/**
 * The outbox (called by lib/audit for every recorded event, with its audit id): in the caller's
 * transaction, one delivery row per event and enabled endpoint subscribed to its type, due now;
 * an endpoint that is switched off gets none, then or later. It commits or
 * vanishes with the change; the worker sends it afterwards (lib/webhooks/deliver.ts). One
 * statement whatever the number of events or endpoints, after a probe that ends it early for a
 * workspace without an enabled endpoint.
 */
export async function enqueueWebhookEvents(tx: Tx, workspaceId: string, actorLabel: string, events: (WebhookEvent & { id: string })[], at: Date): Promise<void> {
  if (events.length === 0) return;
  // Most workspaces have no endpoint: one index probe spares them building and sending payloads.
  const [any] = await tx.select({ id: webhookEndpoints.id }).from(webhookEndpoints).where(and(eq(webhookEndpoints.workspaceId, workspaceId), eq(webhookEndpoints.enabled, true))).limit(1);
  if (!any) return;
  const rows = events.map((e, ord) => {
    const payload = payloadOf(workspaceId, actorLabel, e, at, e.id);
    return { event_id: payload.id, event_type: payload.type, subject: subjectKey(payload), payload, ord };
  });
  await tx.execute(sql`
    insert into webhook_deliveries (workspace_id, endpoint_id, event_id, event_type, subject, payload, next_attempt_at)
    select e.workspace_id, e.id, ev.event_id, ev.event_type, ev.subject, ev.payload, now()
    from webhook_endpoints e
    cross join jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as ev(event_id text, event_type text, subject text, payload jsonb, ord int)
    where e.workspace_id = ${workspaceId}::uuid and e.enabled and (ev.event_type = any(e.event_types) or '*' = any(e.event_types))
    order by ev.ord, e.id`);
}
