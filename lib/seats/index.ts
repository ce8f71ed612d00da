import { and, asc, desc, eq, ilike, or, sql } from "drizzle-orm";
import { z } from "zod";
import { assignments, directoryUsers, products, productSeats, publishers } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { recordAudit } from "@/lib/audit";
import { workspaceNow } from "@/lib/clock";
import { conflict, notFound, type LocalisedMessage } from "@/lib/errors";
import { defineOperation } from "@/lib/operations";
import { isUuid, likePattern } from "@/lib/tables/params";
import { adjustSeats, lockSeats } from "./ledger";
import { seatView } from "./rules";
import { unassignUsersNow } from "./unassign";

export { lockSeats };

/**
 * The products a workspace licenses with their seat figures, as every view shows them (one
 * indexed read of the seat rows, no counting).
 */
export async function listProductSeats(tx: Tx, workspaceId: string, opts: { inRenewalWindow: boolean }) {
  const rows = await tx
    .select({
      id: products.id,
      sku: products.sku,
      name: products.name,
      publisher: publishers.name,
      licensingModel: products.licensingModel,
      features: products.features,
      seats: productSeats,
    })
    .from(productSeats)
    .innerJoin(products, eq(products.id, productSeats.productId))
    .innerJoin(publishers, eq(publishers.id, products.publisherId))
    .where(eq(productSeats.workspaceId, workspaceId))
    .orderBy(asc(products.name), asc(products.id));
  return rows.map((r) => ({ ...r, seats: seatView(r.seats, opts.inRenewalWindow) }));
}

const assignmentInput = z.object({ userId: z.uuid(), productId: z.uuid() });

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
    const [product] = await tx.select({ licensingModel: products.licensingModel }).from(products).where(eq(products.id, productId));
    // Seats of per-device and per-host products are the devices and hosts holding them, not users.
    if (product.licensingModel !== "per_user") {
      throw conflict({ key: "apiErrors.seats_per_machine" }, {
        licensingModel: product.licensingModel,
      });
    }
    const user = await requireUser(tx, ws, userId);
    const [existing] = await tx.select({ assignedAt: assignments.assignedAt }).from(assignments).where(liveAssignment(ws, productId, userId));
    if (existing) return { userId, productId, assignedAt: existing.assignedAt.toISOString(), changed: false };
    if (seats.used >= seats.purchased) {
      // With no paid seats there is nobody to unassign: the subscription ended (or was never paid).
      const message: LocalisedMessage =
        seats.purchased === 0 ? { key: "apiErrors.seats_none_paid" } : { key: "apiErrors.seats_all_assigned", values: { count: seats.purchased } };
      throw conflict(message, {
        used: seats.used,
        purchased: seats.purchased,
      });
    }
    const assignedAt = await workspaceNow(tx, ws);
    await tx.insert(assignments).values({ workspaceId: ws, productId, directoryUserId: userId, assignedAt });
    await adjustSeats(tx, ws, productId, { used: 1 });
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
    await requireUser(tx, ctx.workspace.id, userId);
    // unassignUsersNow takes the product's seat lock (and 404s a product not licensed here).
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

// ---------------------------------------------------------------------------------------------
// A product's users (product page, its CSV export)

export const PRODUCT_USER_SORTS = ["assignedAt", "name", "email"] as const;
export type ProductUserSort = (typeof PRODUCT_USER_SORTS)[number];
export const PRODUCT_USER_VIEWS = ["all", "requiresRenewal", "noAccess"] as const;
export type ProductUserView = (typeof PRODUCT_USER_VIEWS)[number];

export type ProductUserStatus = "active" | "requiresRenewal" | "noAccess";
export type ProductUserRow = { assignmentId: string; userId: string; name: string; email: string; assignedAt: Date; status: ProductUserStatus };

/**
 * One page of a product's users. "Requires renewal" are the N most recently assigned live
 * seats, N = the shortage (used − renewed) inside the renewal window, ordered exactly as the
 * window-close job picks who loses access (assigned_at desc, id desc). The N-th newest seat is
 * found by one index scan (assignments_ws_product_assigned_idx) and compared as a row value, so
 * every page knows each row's flag without numbering all seats. A product the workspace does not
 * license (or another workspace's) is 404.
 */
export async function listProductUsers(
  tx: Tx,
  workspaceId: string,
  productId: string,
  p: { page: number; size: number; sort: ProductUserSort; dir: "asc" | "desc"; q: string; view: ProductUserView },
  opts: { inRenewalWindow: boolean },
): Promise<{ rows: ProductUserRow[]; total: number; page: number; size: number; requiresRenewal: number }> {
  if (!isUuid(productId)) throw notFound("product in this workspace");
  const [seats] = await tx
    .select()
    .from(productSeats)
    .where(and(eq(productSeats.workspaceId, workspaceId), eq(productSeats.productId, productId)));
  if (!seats) throw notFound("product in this workspace");
  const n = seatView(seats, opts.inRenewalWindow).needsRenewal;

  // The N-th newest live seat, compared inside SQL (a JS Date would drop the microseconds).
  const flagged = n
    ? sql<boolean>`(${assignments.state} = 'active' and (${assignments.assignedAt}, ${assignments.id}) >= (
        select c.assigned_at, c.id from ${assignments} c
         where c.workspace_id = ${workspaceId} and c.product_id = ${productId} and c.state = 'active'
         order by c.assigned_at desc, c.id desc offset ${n - 1} limit 1))`
    : sql<boolean>`false`;

  const where = and(
    eq(assignments.workspaceId, workspaceId),
    eq(assignments.productId, productId),
    p.view === "noAccess" ? eq(assignments.state, "no_access") : eq(assignments.state, "active"),
    p.view === "requiresRenewal" ? flagged : undefined,
    p.q ? or(ilike(directoryUsers.name, likePattern(p.q)), ilike(directoryUsers.email, likePattern(p.q))) : undefined,
  );
  const column = { assignedAt: assignments.assignedAt, name: directoryUsers.name, email: directoryUsers.email }[p.sort];
  const tie = p.dir === "asc" ? [asc(assignments.assignedAt), asc(assignments.id)] : [desc(assignments.assignedAt), desc(assignments.id)];
  const rows = await tx
    .select({
      assignmentId: assignments.id,
      userId: directoryUsers.id,
      name: directoryUsers.name,
      email: directoryUsers.email,
      assignedAt: assignments.assignedAt,
      state: assignments.state,
      flagged,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(assignments)
    .innerJoin(directoryUsers, and(eq(directoryUsers.workspaceId, assignments.workspaceId), eq(directoryUsers.id, assignments.directoryUserId)))
    .where(where)
    .orderBy(p.dir === "asc" ? asc(column) : desc(column), ...tie)
    .limit(p.size)
    .offset((p.page - 1) * p.size);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && p.page > 1) {
    [{ total }] = await tx
      .select({ total: sql<number>`count(*)::int` })
      .from(assignments)
      .innerJoin(directoryUsers, and(eq(directoryUsers.workspaceId, assignments.workspaceId), eq(directoryUsers.id, assignments.directoryUserId)))
      .where(where);
  }
  return {
    rows: rows.map((r) => ({
      assignmentId: r.assignmentId,
      userId: r.userId,
      name: r.name,
      email: r.email,
      assignedAt: r.assignedAt,
      status: r.state === "no_access" ? "noAccess" : r.flagged ? "requiresRenewal" : "active",
    })),
    total,
    page: p.page,
    size: p.size,
    requiresRenewal: n,
  };
}
