import { and, desc, eq, ilike, or, sql, type AnyColumn } from "drizzle-orm";
import { z } from "zod";
import { assignments, auditEvents, bulkOperations, directoryUsers, productSeats, type BulkOperation } from "@/db/schema";
import { withScope, type Tx } from "@/db/scope";
import { recordAudit, type AuditActor } from "@/lib/audit";
import { workspaceNow } from "@/lib/clock";
import { afterResponse } from "@/lib/jobs/background";
import { AppError, notFound } from "@/lib/errors";
import { defineOperation, type OperationContext } from "@/lib/operations";
import { renewalState } from "@/lib/renewal/state";
import { seatView } from "./rules";
import { previewUnassign } from "@/lib/renewal/rules";
import { likePattern } from "@/lib/tables/params";
import { adjustSeats, lockSeats } from "./ledger";

/** Up to this many seats are taken back in the request itself; more become a tracked operation. */
export const SYNC_LIMIT = 1_000;
/** A tracked operation commits this many users per transaction (and its progress with them). */
export const CHUNK = 1_000;
/** One request may name at most this many users; "all matching" has no such limit. */
export const MAX_SELECTED = 50_000;

const selectionFields = {
  userIds: z.array(z.uuid("Not a user id.")).min(1, "Select at least one user.").max(MAX_SELECTED).optional(),
  /** "Select all N matching": the filter of the product's user list, resolved when the change is made. */
  allMatching: z
    .object({ q: z.string().trim().max(200).optional(), requiresRenewal: z.boolean().optional() })
    .optional(),
};

const exactlyOne = (v: { userIds?: unknown; allMatching?: unknown }) => (v.userIds === undefined) !== (v.allMatching === undefined);
const EXACTLY_ONE = { message: "Give either userIds or allMatching.", path: ["userIds"] };

const productId = z.uuid("Not a product id.");

/** The request body of the API (the product is in the path). */
export const unassignSelectionBody = z.object(selectionFields).refine(exactlyOne, EXACTLY_ONE);
export const unassignSelectionInput = z.object({ productId, ...selectionFields }).refine(exactlyOne, EXACTLY_ONE);
export const unassignUsersInput = z
  .object({ productId, ...selectionFields, reason: z.literal("manual").default("manual") })
  .refine(exactlyOne, EXACTLY_ONE);

export type UnassignSelection = z.output<typeof unassignSelectionInput>;

type Workspace = OperationContext["workspace"];

/** Seats assigned beyond what is paid for the coming term: the "Requires renewal" count. */
async function shortageOf(tx: Tx, workspace: Pick<Workspace, "id" | "timeZone">, seats: { used: number; purchased: number; renewed: number; unpaid: number; noAccess: number }) {
  const state = await renewalState(tx, workspace);
  return seatView(seats, state.inWindow).needsRenewal;
}

const live = (workspaceId: string, productId: string) =>
  and(eq(assignments.workspaceId, workspaceId), eq(assignments.productId, productId), eq(assignments.state, "active"));

const MOST_RECENT_FIRST = [desc(assignments.assignedAt), desc(assignments.id)] as const;

/** `column = any($1::uuid[])`: one array parameter however many ids (a list of parameters stops at 65,535). */
const anyOf = (column: AnyColumn, ids: string[]) => sql`${column} = any(${sql.param(ids)}::uuid[])`;

/** The product's live assignments, most recently assigned first, with who holds them. */
function rankedAssignments(tx: Tx, workspaceId: string, productId: string) {
  return tx
    .select({ id: assignments.id, userId: assignments.directoryUserId, name: directoryUsers.name, email: directoryUsers.email, assignedAt: assignments.assignedAt })
    .from(assignments)
    .innerJoin(directoryUsers, and(eq(directoryUsers.workspaceId, assignments.workspaceId), eq(directoryUsers.id, assignments.directoryUserId)))
    .where(live(workspaceId, productId))
    .orderBy(...MOST_RECENT_FIRST)
    .$dynamic();
}

/**
 * The users a selection names, checked: every id must be a user of this workspace (an unknown or
 * foreign id refuses the whole request, so nothing changes by half); users without a seat are
 * allowed and simply change nothing.
 */
async function resolveSelection(tx: Tx, workspace: Pick<Workspace, "id" | "timeZone">, sel: UnassignSelection, shortage: () => Promise<number>): Promise<string[]> {
  if (sel.userIds) {
    const wanted = [...new Set(sel.userIds)];
    const known = await tx
      .select({ id: directoryUsers.id })
      .from(directoryUsers)
      .where(and(eq(directoryUsers.workspaceId, workspace.id), anyOf(directoryUsers.id, wanted)));
    if (known.length < wanted.length) {
      const have = new Set(known.map((k) => k.id));
      const unknown = wanted.filter((id) => !have.has(id));
      throw new AppError(404, "not_found", { key: "apiErrors.users_unknown", values: { count: unknown.length } }, {
        unknownUserIds: unknown.slice(0, 20),
      });
    }
    return wanted;
  }
  const { q, requiresRenewal } = sel.allMatching!;
  const matches = q ? or(ilike(directoryUsers.name, likePattern(q)), ilike(directoryUsers.email, likePattern(q))) : undefined;
  if (requiresRenewal) {
    // The list is the N newest seats of all; a search narrows the list (as the page shows it),
    // it does not pick N others among the matches.
    const n = await shortage();
    if (n === 0) return [];
    const listed = (await rankedAssignments(tx, workspace.id, sel.productId).limit(n)).map((r) => r.userId);
    if (!matches) return listed;
    const found = await tx
      .select({ id: directoryUsers.id })
      .from(directoryUsers)
      .where(and(eq(directoryUsers.workspaceId, workspace.id), anyOf(directoryUsers.id, listed), matches));
    const keep = new Set(found.map((f) => f.id));
    return listed.filter((id) => keep.has(id));
  }
  const query = rankedAssignments(tx, workspace.id, sel.productId);
  if (matches) query.where(and(live(workspace.id, sel.productId), matches));
  return (await query).map((r) => r.userId);
}

async function seatsOf(tx: Tx, workspaceId: string, productId: string) {
  const [row] = await tx
    .select()
    .from(productSeats)
    .where(and(eq(productSeats.workspaceId, workspaceId), eq(productSeats.productId, productId)));
  if (!row) throw notFound("product in this workspace");
  return row;
}

/**
 * Of the selection's users, those holding a live seat of the product. "All matching" was read
 * from the live seats themselves, so every one of its users holds one.
 */
async function holders(tx: Tx, workspaceId: string, sel: UnassignSelection, userIds: string[]): Promise<string[]> {
  if (sel.allMatching || userIds.length === 0) return userIds;
  const productId = sel.productId;
  const rows = await tx
    .select({ userId: assignments.directoryUserId })
    .from(assignments)
    .where(and(live(workspaceId, productId), anyOf(assignments.directoryUserId, userIds)))
    .orderBy(...MOST_RECENT_FIRST);
  return rows.map((r) => r.userId);
}

export type UnassignPreviewResult = {
  selected: number;
  /** Selected users who hold a seat: these lose it. */
  unassigned: number;
  /** Selected users without a seat: nothing happens to them. */
  withoutSeat: number;
  shortageBefore: number;
  shortageAfter: number;
  listBefore: number;
  listAfter: number;
  /** Who leaves the "Requires renewal" list: unassigned themselves, or no longer at risk. */
  leavingList: { userId: string; name: string; email: string; unassigned: boolean }[];
  /** Whether the change runs as a tracked operation (more than SYNC_LIMIT seats). */
  tracked: boolean;
};

/** What unassigning a selection would do, before anything happens (the confirmation shows it). */
export async function previewUnassignment(tx: Tx, workspace: Pick<Workspace, "id" | "timeZone">, sel: UnassignSelection): Promise<UnassignPreviewResult> {
  const seats = await seatsOf(tx, workspace.id, sel.productId);
  const shortage = await shortageOf(tx, workspace, seats);
  const userIds = await resolveSelection(tx, workspace, sel, async () => shortage);
  const holding = await holders(tx, workspace.id, sel, userIds);
  const top = await rankedAssignments(tx, workspace.id, sel.productId).limit(shortage);
  const selected = new Set(userIds);
  const p = previewUnassign(top, shortage, selected, holding.length);
  return {
    selected: userIds.length,
    unassigned: holding.length,
    withoutSeat: userIds.length - holding.length,
    shortageBefore: p.shortageBefore,
    shortageAfter: p.shortageAfter,
    listBefore: p.listBefore.length,
    listAfter: p.listAfter.length,
    leavingList: p.leavingList.map((a) => ({ userId: a.userId, name: a.name, email: a.email, unassigned: selected.has(a.userId) })),
    tracked: holding.length > SYNC_LIMIT,
  };
}

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
  const ended = await tx
    .update(assignments)
    .set({ state: "unassigned", endedAt: now, endReason: reason })
    .where(and(live(workspaceId, productId), anyOf(assignments.directoryUserId, userIds)))
    .returning({ userId: assignments.directoryUserId });
  if (ended.length === 0) return [];
  await adjustSeats(tx, workspaceId, productId, { used: -ended.length });
  const people = await tx
    .select({ id: directoryUsers.id, email: directoryUsers.email })
    .from(directoryUsers)
    .where(and(eq(directoryUsers.workspaceId, workspaceId), anyOf(directoryUsers.id, ended.map((e) => e.userId))));
  await tx.insert(auditEvents).values(
    people.map((p) => ({
      workspaceId,
      actorAccountId: actor.accountId,
      actorLabel: actor.label,
      action: "assignment.ended",
      subjectType: "directory_user",
      subjectId: p.id,
      data: { productId, email: p.email, reason, ...extra },
      occurredAt: now,
    })),
  );
  return ended.map((e) => e.userId);
}

export type UnassignOutcome = {
  /** Set when the change runs as a tracked operation; follow it at GET .../operations/{id}. */
  operationId: string | null;
  status: "done" | "queued";
  selected: number;
  unassigned: number;
  withoutSeat: number;
};

/**
 * Unassigns a selection: small ones at once, in this transaction; large ones (thousands of users)
 * as a tracked operation that is started after this transaction commits and that the worker
 * resumes if the process stops half-way. Repeating the request changes nothing more.
 */
export const unassignUsers = defineOperation({
  name: "assignments.unassign_many",
  input: unassignUsersInput,
  resource: "assignment",
  action: "delete",
  // A tracked operation starts once the transaction that made it has committed.
  afterCommit(ctx, outcome: UnassignOutcome) {
    if (outcome.operationId && outcome.status === "queued") afterResponse(() => processBulkOperation(ctx.workspace.id, outcome.operationId!));
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
    const [op] = await tx
      .insert(bulkOperations)
      .values({
        workspaceId: ws.id,
        kind: "assignments.unassign",
        productId: input.productId,
        userIds: holding,
        total: holding.length,
        reason: input.reason,
        requestedBy: ctx.auditActor.accountId,
        requestedByLabel: ctx.auditActor.label,
      })
      .returning({ id: bulkOperations.id });
    await recordAudit(tx, ws.id, ctx.auditActor, {
      action: "assignments.bulk_unassign_requested",
      subjectType: "bulk_operation",
      subjectId: op.id,
      data: { productId: input.productId, total: holding.length },
    });
    return { operationId: op.id, status: "queued", selected: userIds.length, unassigned: 0, withoutSeat: userIds.length - holding.length };
  },
});

export type OperationStatus = Pick<BulkOperation, "id" | "kind" | "productId" | "total" | "done" | "changed" | "status" | "reason" | "requestedByLabel" | "createdAt" | "finishedAt" | "error">;

export async function getBulkOperation(tx: Tx, workspaceId: string, id: string): Promise<OperationStatus> {
  const [op] = await tx
    .select({
      id: bulkOperations.id,
      kind: bulkOperations.kind,
      productId: bulkOperations.productId,
      total: bulkOperations.total,
      done: bulkOperations.done,
      changed: bulkOperations.changed,
      status: bulkOperations.status,
      reason: bulkOperations.reason,
      requestedByLabel: bulkOperations.requestedByLabel,
      createdAt: bulkOperations.createdAt,
      finishedAt: bulkOperations.finishedAt,
      error: bulkOperations.error,
    })
    .from(bulkOperations)
    .where(and(eq(bulkOperations.workspaceId, workspaceId), eq(bulkOperations.id, id)));
  if (!op) throw notFound("operation");
  return op;
}

/** The product's most recent tracked operation of the last day, for its page to show. */
export async function latestBulkOperation(tx: Tx, workspaceId: string, productId: string): Promise<OperationStatus | null> {
  const [row] = await tx
    .select({ id: bulkOperations.id })
    .from(bulkOperations)
    .where(and(eq(bulkOperations.workspaceId, workspaceId), eq(bulkOperations.productId, productId), sql`${bulkOperations.createdAt} > now() - interval '1 day'`))
    .orderBy(desc(bulkOperations.createdAt))
    .limit(1);
  return row ? getBulkOperation(tx, workspaceId, row.id) : null;
}

/**
 * Works a tracked operation off, one chunk per transaction. The operation row is locked for the
 * chunk (FOR UPDATE): a second worker waits, then continues with the next chunk, so both finish
 * the same operation and no user is handled twice. Returns when it is finished.
 */
export async function processBulkOperation(workspaceId: string, operationId: string): Promise<void> {
  for (;;) {
    const more = await withScope({ kind: "system", workspaceId }, async (tx) => {
      // Only this chunk's slice of the selection is read, not the whole (possibly huge) array.
      const [op] = await tx
        .select({
          id: bulkOperations.id,
          productId: bulkOperations.productId,
          total: bulkOperations.total,
          done: bulkOperations.done,
          changed: bulkOperations.changed,
          status: bulkOperations.status,
          reason: bulkOperations.reason,
          requestedBy: bulkOperations.requestedBy,
          requestedByLabel: bulkOperations.requestedByLabel,
          chunk: sql<string[]>`${bulkOperations.userIds}[${bulkOperations.done} + 1 : ${bulkOperations.done} + ${CHUNK}]`,
        })
        .from(bulkOperations)
        .where(and(eq(bulkOperations.workspaceId, workspaceId), eq(bulkOperations.id, operationId)))
        .for("update");
      if (!op || op.status === "done" || op.status === "failed") return false;
      const chunk = op.chunk;
      const changed = await unassignUsersNow(tx, workspaceId, op.productId!, chunk, { accountId: op.requestedBy, label: op.requestedByLabel }, op.reason, {
        operationId: op.id,
      });
      const done = op.done + chunk.length;
      // An empty slice short of the total cannot happen, but must never loop.
      const finished = done >= op.total || chunk.length === 0;
      await tx
        .update(bulkOperations)
        .set({
          done,
          changed: op.changed + changed.length,
          status: finished ? "done" : "running",
          updatedAt: sql`now()`,
          finishedAt: finished ? sql`now()` : null,
        })
        .where(eq(bulkOperations.id, op.id));
      if (finished) {
        await recordAudit(tx, workspaceId, { accountId: op.requestedBy, label: op.requestedByLabel }, {
          action: "assignments.bulk_unassign_finished",
          subjectType: "bulk_operation",
          subjectId: op.id,
          data: { productId: op.productId, total: op.total, unassigned: op.changed + changed.length },
        });
      }
      return !finished;
    });
    if (!more) return;
  }
}

/** The worker's sweep: operations never started, or left half-way by a process that stopped. */
export async function resumeStalledBulkOperations(idleSeconds = 30): Promise<number> {
  const stalled = await withScope({ kind: "anonymous" }, (tx) =>
    tx.execute<{ id: string; workspace_id: string }>(sql`select * from app_stalled_bulk_operations(make_interval(secs => ${idleSeconds}), 20)`),
  );
  for (const op of stalled) await processBulkOperation(op.workspace_id, op.id);
  return stalled.length;
}
