import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { assignments, directoryUsers, products, productSeats, publishers } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { recordAudit } from "@/lib/audit";
import { workspaceNow } from "@/lib/clock";
import { conflict, notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations";
import { lockSeats } from "./lock";
import { unassignUsersNow } from "./unassign";

export { lockSeats };

export type SeatFigures = { used: number; purchased: number; renewed: number; unpaid: number; noAccess: number };

/** The products a workspace licenses, with their seat row (one indexed read, no counting). */
export async function listProductSeats(tx: Tx, workspaceId: string) {
  return tx
    .select({
      id: products.id,
      sku: products.sku,
      name: products.name,
      publisher: publishers.name,
      licensingModel: products.licensingModel,
      features: products.features,
      used: productSeats.used,
      purchased: productSeats.purchased,
      renewed: productSeats.renewed,
      unpaid: productSeats.unpaid,
      noAccess: productSeats.noAccess,
    })
    .from(productSeats)
    .innerJoin(products, eq(products.id, productSeats.productId))
    .innerJoin(publishers, eq(publishers.id, products.publisherId))
    .where(eq(productSeats.workspaceId, workspaceId))
    .orderBy(asc(products.name));
}

const assignmentInput = z.object({ userId: z.uuid("Not a user id."), productId: z.uuid("Not a product id.") });

export type AssignmentResult = { userId: string; productId: string; assignedAt: string | null; changed: boolean };

async function requireUser(tx: Tx, workspaceId: string, userId: string) {
  const [user] = await tx
    .select({ id: directoryUsers.id, email: directoryUsers.email })
    .from(directoryUsers)
    .where(and(eq(directoryUsers.workspaceId, workspaceId), eq(directoryUsers.id, userId)));
  if (!user) throw notFound("user");
  return user;
}

const liveAssignment = (workspaceId: string, productId: string, userId: string) =>
  and(
    eq(assignments.workspaceId, workspaceId),
    eq(assignments.productId, productId),
    eq(assignments.directoryUserId, userId),
    eq(assignments.state, "active"),
  );

/** Gives a user a seat; assigning a user who holds one already changes nothing. */
export const assignSeat = defineOperation({
  name: "assignments.assign",
  input: assignmentInput,
  resource: "assignment",
  action: "create",
  async run(ctx, { userId, productId }, tx): Promise<AssignmentResult> {
    const ws = ctx.workspace.id;
    const seats = await lockSeats(tx, ws, productId);
    const user = await requireUser(tx, ws, userId);
    const [existing] = await tx.select({ assignedAt: assignments.assignedAt }).from(assignments).where(liveAssignment(ws, productId, userId));
    if (existing) return { userId, productId, assignedAt: existing.assignedAt.toISOString(), changed: false };
    if (seats.used >= seats.purchased) {
      throw conflict(`All ${seats.purchased} paid seats of this product are assigned. Add licenses or unassign a user first.`, {
        used: seats.used,
        purchased: seats.purchased,
      });
    }
    const assignedAt = await workspaceNow(tx, ws);
    await tx.insert(assignments).values({ workspaceId: ws, productId, directoryUserId: userId, assignedAt });
    await tx
      .update(productSeats)
      .set({ used: sql`${productSeats.used} + 1`, updatedAt: new Date() })
      .where(and(eq(productSeats.workspaceId, ws), eq(productSeats.productId, productId)));
    await recordAudit(tx, ws, ctx.auditActor, {
      action: "assignment.created",
      subjectType: "directory_user",
      subjectId: userId,
      data: { productId, email: user.email },
    });
    return { userId, productId, assignedAt: assignedAt.toISOString(), changed: true };
  },
});

/** Takes a seat back; the user and their data stay. Unassigning twice is a no-op. */
export const unassignSeat = defineOperation({
  name: "assignments.unassign",
  input: assignmentInput,
  resource: "assignment",
  action: "delete",
  async run(ctx, { userId, productId }, tx): Promise<AssignmentResult> {
    await lockSeats(tx, ctx.workspace.id, productId);
    await requireUser(tx, ctx.workspace.id, userId);
    const changed = await unassignUsersNow(tx, ctx.workspace.id, productId, [userId], ctx.auditActor, "manual");
    return { userId, productId, assignedAt: null, changed: changed.length > 0 };
  },
});

/** A product's live assignments, most recently assigned first (the order the renewal rules read). */
export async function assignmentsAfter(
  tx: Tx,
  workspaceId: string,
  productId: string,
  opts: { after: [string, string] | null; limit: number },
) {
  const [licensed] = await tx
    .select({ productId: productSeats.productId })
    .from(productSeats)
    .where(and(eq(productSeats.workspaceId, workspaceId), eq(productSeats.productId, productId)));
  if (!licensed) throw notFound("product in this workspace");
  const rows = await tx
    .select({
      id: assignments.id,
      userId: directoryUsers.id,
      name: directoryUsers.name,
      email: directoryUsers.email,
      assignedAt: assignments.assignedAt,
    })
    .from(assignments)
    .innerJoin(directoryUsers, and(eq(directoryUsers.workspaceId, assignments.workspaceId), eq(directoryUsers.id, assignments.directoryUserId)))
    .where(
      and(
        eq(assignments.workspaceId, workspaceId),
        eq(assignments.productId, productId),
        eq(assignments.state, "active"),
        opts.after ? sql`(${assignments.assignedAt}, ${assignments.id}) < (${opts.after[0]}::timestamptz, ${opts.after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(sql`${assignments.assignedAt} desc, ${assignments.id} desc`)
    .limit(opts.limit);
  return rows;
}
