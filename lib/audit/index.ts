import { auditEvents, resellerAuditEvents } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { workspaceNow } from "@/lib/clock";

/**
 * Appends one event to the reseller's own log (reseller_audit_events), in the caller's
 * transaction: for what happens at the reseller's level and so belongs to no single workspace.
 * Real time: a reseller has no test clock.
 */
export async function recordResellerAudit(
  tx: Tx,
  resellerId: string,
  actor: AuditActor,
  event: { action: string; subjectType: string; subjectId?: string; data?: Record<string, unknown> },
): Promise<void> {
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

export type AuditActor = { accountId: string | null; label: string };

/** Appends one event in the caller's transaction: it commits or vanishes with the change itself. */
export async function recordAudit(
  tx: Tx,
  workspaceId: string,
  actor: AuditActor,
  event: { action: string; subjectType: string; subjectId?: string; data?: Record<string, unknown> },
): Promise<void> {
  await tx.insert(auditEvents).values({
    workspaceId,
    actorAccountId: actor.accountId,
    actorLabel: actor.label,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    data: event.data ?? {},
    occurredAt: await workspaceNow(tx, workspaceId),
  });
}
