import { auditEvents } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { workspaceNow } from "@/lib/clock";

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
