import type { Tx } from "@/db/scope";
import { recordAudit, recordAuditEvents, type AuditActor } from "@/lib/audit";
import { workspaceNow } from "@/lib/clock";
import { afterResponse } from "@/lib/jobs/background";
import { createBulkJob, processBulkJob, registerBulkJobHandler } from "@/lib/jobs/bulk";
import { defineOperation } from "@/lib/operations";
import { endAssignments } from "./assignments";
import { lockSeats } from "./ledger";
import { holders, resolveSelection, shortageOf, SYNC_LIMIT, unassignUsersInput } from "./selection";

const UNASSIGN_JOB = "assignments.unassign";

/**
 * Takes back the seats of `userIds` that are still live, under the product's seat lock, with one
 * audit event per user. Users without a live seat are skipped, so running a chunk twice (a retry,
 * a second worker, a concurrent admin) never unassigns anybody twice. Returns who changed.
 */
export async function unassignUsersNow(
  tx: Tx,
  workspaceId: string,
  productId: string,
  userIds: string[],
  actor: AuditActor,
  reason: string,
  extra: Record<string, unknown> = {},
): Promise<string[]> {
  await lockSeats(tx, workspaceId, productId);
  if (userIds.length === 0) return [];
  const now = await workspaceNow(tx, workspaceId);
  const ended = await endAssignments(tx, workspaceId, productId, { userIds }, { state: "unassigned", reason, at: now });
  await recordAuditEvents(
    tx,
    workspaceId,
    actor,
    ended.map((p) => ({ action: "assignment.ended", subjectType: "directory_user", subjectId: p.userId, data: { productId, email: p.email, reason, ...extra } })),
    now,
  );
  return ended.map((e) => e.userId);
}

export type UnassignOutcome = {
  /** Set when the change runs as a bulk job; follow it at GET .../operations/{id} (the API's name, kept). */
  operationId: string | null;
  status: "done" | "queued";
  selected: number;
  unassigned: number;
  withoutSeat: number;
};

/**
 * Unassigns a selection: small ones at once, in this transaction; large ones (thousands of users)
 * as a bulk job that is started after this transaction commits and that the worker resumes if the
 * process stops half-way. Repeating the request changes nothing more.
 */
export const unassignUsers = defineOperation({
  name: "assignments.unassign_many",
  input: unassignUsersInput,
  resource: "assignment",
  action: "delete",
  // A bulk job starts once the transaction that made it has committed.
  afterCommit(ctx, outcome: UnassignOutcome) {
    if (outcome.operationId && outcome.status === "queued") afterResponse(() => processBulkJob(ctx.workspace.id, outcome.operationId!));
  },
  async run(ctx, input, tx): Promise<UnassignOutcome> {
    const ws = ctx.workspace;
    const seats = await lockSeats(tx, ws.id, input.productId);
    const userIds = await resolveSelection(tx, ws, input, () => shortageOf(tx, ws, seats));
    const holding = await holders(tx, ws.id, input, userIds);
    if (holding.length <= SYNC_LIMIT) {
      const changed = await unassignUsersNow(tx, ws.id, input.productId, holding, ctx.auditActor, input.reason);
      return { operationId: null, status: "done", selected: userIds.length, unassigned: changed.length, withoutSeat: userIds.length - changed.length };
    }
    const jobId = await createBulkJob(tx, ws.id, { kind: UNASSIGN_JOB, productId: input.productId, userIds: holding, reason: input.reason, requestedBy: ctx.auditActor });
    // The audit's subject type keeps the name it had before bulk jobs were renamed (stored events use it).
    await recordAudit(tx, ws.id, ctx.auditActor, {
      action: "assignments.bulk_unassign_requested",
      subjectType: "bulk_operation",
      subjectId: jobId,
      data: { productId: input.productId, total: holding.length },
    });
    return { operationId: jobId, status: "queued", selected: userIds.length, unassigned: 0, withoutSeat: userIds.length - holding.length };
  },
});

const requester = (job: { requestedBy: string | null; requestedByLabel: string }): AuditActor => ({ accountId: job.requestedBy, label: job.requestedByLabel });

registerBulkJobHandler(UNASSIGN_JOB, {
  async chunk(tx, workspaceId, job, userIds) {
    const changed = await unassignUsersNow(tx, workspaceId, job.productId!, userIds, requester(job), job.reason, { operationId: job.id });
    return changed.length;
  },
  async finished(tx, workspaceId, job, changed) {
    await recordAudit(tx, workspaceId, requester(job), {
      action: "assignments.bulk_unassign_finished",
      subjectType: "bulk_operation",
      subjectId: job.id,
      data: { productId: job.productId, total: job.total, unassigned: changed },
    });
  },
});
