import { auditEvents, publisherAuditEvents, resellerAuditEvents } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { workspaceNow } from "@/lib/clock";
import { enqueueWebhookEvents } from "@/lib/webhooks/outbox";

export type AuditActor = { accountId: string | null; label: string };

export type AuditEvent = { action: string; subjectType: string; subjectId?: string; data?: Record<string, unknown> };

/**
 * Appends one event to the reseller's own log (reseller_audit_events), in the caller's
 * transaction: for what happens at the reseller's level and so belongs to no single workspace.
 * Real time: a reseller has no test clock.
 */
export async function recordResellerAudit(tx: Tx, resellerId: string, actor: AuditActor, event: AuditEvent): Promise<void> {
  await tx.insert(resellerAuditEvents).values({
    resellerId,
    actorAccountId: actor.accountId,
    actorLabel: actor.label,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    data: event.data ?? {},
  });
}

/**
 * Appends one event to the publisher's own log (publisher_audit_events): its API tokens, which
 * belong to no workspace. Its decisions go to each customer's workspace log instead. Real time.
 */
export async function recordPublisherAudit(tx: Tx, publisherId: string, actor: AuditActor, event: AuditEvent): Promise<void> {
  await tx.insert(publisherAuditEvents).values({
    publisherId,
    actorAccountId: actor.accountId,
    actorLabel: actor.label,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    data: event.data ?? {},
  });
}

/** Appends one event in the caller's transaction: it commits or vanishes with the change itself. */
export async function recordAudit(tx: Tx, workspaceId: string, actor: AuditActor, event: AuditEvent): Promise<void> {
  await recordAuditEvents(tx, workspaceId, actor, [event]);
}

/**
 * Appends several events of one actor in one statement (a change to many rows, one event per row),
 * all at the same workspace moment, or at `occurredAt` when the caller has read it already. Each
 * event is also a webhook event: the workspace's subscribed endpoints get it through the outbox,
 * in this same transaction.
 */
export async function recordAuditEvents(tx: Tx, workspaceId: string, actor: AuditActor, events: AuditEvent[], occurredAt?: Date): Promise<void> {
  if (events.length === 0) return;
  const at = occurredAt ?? (await workspaceNow(tx, workspaceId));
  const inserted = await tx
    .insert(auditEvents)
    .values(
      events.map((event) => ({
        workspaceId,
        actorAccountId: actor.accountId,
        actorLabel: actor.label,
        action: event.action,
        subjectType: event.subjectType,
        subjectId: event.subjectId,
        data: event.data ?? {},
        occurredAt: at,
      })),
    )
    .returning({ id: auditEvents.id });
  // After the insert, not before: the insert's chain trigger holds the workspace's head row until
  // commit, so the deliveries' `seq` (which orders a subject's events for the worker) is taken in
  // commit order; queued before it, two concurrent changes of one subject could commit in the
  // reverse of their seq and the worker send the later one first.
  // The webhook id is the audit event's: the ids are taken in the order of the rows (one
  // sequence, row after row), so the ascending ids are the events' in order.
  const ids = inserted.map((r) => r.id).sort((a, b) => a - b);
  await enqueueWebhookEvents(tx, workspaceId, actor.label, events.map((event, i) => ({ ...event, id: String(ids[i]) })), at);
}
