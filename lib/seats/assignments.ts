import { and, desc, eq, inArray, sql, type AnyColumn } from "drizzle-orm";
import { assignments, directoryUsers } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { adjustSeats } from "./ledger";

/** `column = any($1::uuid[])`: one array parameter however many ids (a list of parameters stops at 65,535). */
export const anyOf = (column: AnyColumn, ids: string[]) => sql`${column} = any(${sql.param(ids)}::uuid[])`;

export const liveAssignments = (workspaceId: string, productId: string) =>
  and(eq(assignments.workspaceId, workspaceId), eq(assignments.productId, productId), eq(assignments.state, "active"));

/** The order in which seats are taken back: the most recently assigned first (seed 003). */
export const MOST_RECENT_FIRST = [desc(assignments.assignedAt), desc(assignments.id)] as const;

export type AssignmentEnd = {
  /** `unassigned`: an admin took the seat back; `no_access`: the renewal window closed short of seats. */
  state: "unassigned" | "no_access";
  reason: string;
  at: Date;
};

/**
 * The one step that ends live assignments of a product, for manual unassigning and for the
 * renewal window's close alike: the rows change state (the users and their data stay) and the
 * product's seat figures move with them (`used` down; `noAccess` up when access is lost).
 * Either the named users' seats, or the `mostRecent` seats assigned last. Users without a live
 * seat are skipped, so ending twice changes nothing. The caller holds the product's seat lock
 * (lockSeats). Returns who lost a seat, with their e-mail.
 */
export async function endAssignments(
  tx: Tx,
  workspaceId: string,
  productId: string,
  which: { userIds: string[] } | { mostRecent: number },
  end: AssignmentEnd,
): Promise<{ userId: string; email: string }[]> {
  const ended = "userIds" in which ? await endNamed(tx, workspaceId, productId, which.userIds, end) : await endMostRecent(tx, workspaceId, productId, which.mostRecent, end);
  if (ended.length === 0) return [];
  await adjustSeats(tx, workspaceId, productId, end.state === "no_access" ? { used: -ended.length, noAccess: ended.length } : { used: -ended.length });
  return ended;
}

async function endNamed(tx: Tx, workspaceId: string, productId: string, userIds: string[], end: AssignmentEnd) {
  if (userIds.length === 0) return [];
  const ended = await tx
    .update(assignments)
    .set({ state: end.state, endedAt: end.at, endReason: end.reason })
    .where(and(liveAssignments(workspaceId, productId), anyOf(assignments.directoryUserId, userIds)))
    .returning({ userId: assignments.directoryUserId });
  if (ended.length === 0) return [];
  return tx
    .select({ userId: directoryUsers.id, email: directoryUsers.email })
    .from(directoryUsers)
    .where(and(eq(directoryUsers.workspaceId, workspaceId), anyOf(directoryUsers.id, ended.map((e) => e.userId))));
}

async function endMostRecent(tx: Tx, workspaceId: string, productId: string, count: number, end: AssignmentEnd) {
  if (count <= 0) return [];
  const victims = await tx
    .select({ id: assignments.id, userId: assignments.directoryUserId, email: directoryUsers.email })
    .from(assignments)
    .innerJoin(directoryUsers, and(eq(directoryUsers.workspaceId, assignments.workspaceId), eq(directoryUsers.id, assignments.directoryUserId)))
    .where(liveAssignments(workspaceId, productId))
    .orderBy(...MOST_RECENT_FIRST)
    .limit(count)
    .for("update", { of: assignments });
  if (victims.length) {
    await tx
      .update(assignments)
      .set({ state: end.state, endedAt: end.at, endReason: end.reason })
      .where(inArray(assignments.id, victims.map((v) => v.id)));
  }
  return victims.map((v) => ({ userId: v.userId, email: v.email }));
}

/**
 * A license of a per-user product was replaced by one of another per-user product (seed 002):
 * the live seats move to the new product, except for users who hold one of it already. The
 * caller holds both seat locks and moves the figures. Returns how many moved.
 */
export async function moveAssignments(tx: Tx, workspaceId: string, fromProductId: string, toProductId: string): Promise<number> {
  const moved = await tx.execute<{ id: string }>(sql`
    update ${assignments} a set product_id = ${toProductId}
     where a.workspace_id = ${workspaceId} and a.product_id = ${fromProductId} and a.state = 'active'
       and not exists (select 1 from ${assignments} b where b.workspace_id = a.workspace_id and b.product_id = ${toProductId}
                         and b.directory_user_id = a.directory_user_id and b.state = 'active')
     returning a.id`);
  return moved.length;
}
