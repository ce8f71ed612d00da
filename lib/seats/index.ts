import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import { z } from "zod";
import { assignments, directoryUsers, products, productSeats, publishers } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { recordAudit } from "@/lib/audit";
import { workspaceNow } from "@/lib/clock";
import { conflict, notFound, type LocalisedMessage } from "@/lib/errors";
import { defineOperation } from "@/lib/operations";
import { byName } from "@/lib/tables/collation";
import { keysetPage, keysetQuery, type KeysetPage, type KeysetParams } from "@/lib/tables/keyset";
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

// ---------------------------------------------------------------------------------------------
// A product's users (product page, its CSV export)

export const PRODUCT_USER_SORTS = ["assignedAt", "name", "email"] as const;
export type ProductUserSort = (typeof PRODUCT_USER_SORTS)[number];
export const PRODUCT_USER_VIEWS = ["all", "requiresRenewal", "noAccess"] as const;
export type ProductUserView = (typeof PRODUCT_USER_VIEWS)[number];

export type ProductUserStatus = "active" | "requiresRenewal" | "noAccess";
export type ProductUserRow = { assignmentId: string; userId: string; name: string; email: string; assignedAt: Date; status: ProductUserStatus };

export type ProductUsersQuery = KeysetParams<ProductUserSort> & { view: ProductUserView };

/**
 * One keyset page (lib/tables/keyset) of a product's users, for its page, its CSV export and
 * `GET …/assignments`. "Requires renewal" are the N most recently assigned live
 * seats, N = the shortage (used − renewed) inside the renewal window, ordered exactly as the
 * window-close job picks who loses access (assigned_at desc, id desc). The N-th newest seat is
 * found by one index scan (assignments_ws_product_assigned_idx) and compared as a row value, so
 * every page knows each row's flag without numbering all seats. `total` (every row of the view,
 * for "select all N matching") is a subquery of the same statement, counted once. A product
 * the workspace does not license (or another workspace's) is 404. Names sort (and their cursors
 * compare) under the workspace locale's collation (lib/tables/collation).
 */
export async function listProductUsers(
  tx: Tx,
  workspaceId: string,
  productId: string,
  p: ProductUsersQuery,
  opts: { inRenewalWindow: boolean; locale: string },
): Promise<KeysetPage<ProductUserRow> & { total: number; requiresRenewal: number }> {
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
  const held = () =>
    tx
      .select({ total: sql<number>`count(*)::int` })
      .from(assignments)
      .innerJoin(directoryUsers, and(eq(directoryUsers.workspaceId, assignments.workspaceId), eq(directoryUsers.id, assignments.directoryUserId)))
      .where(where);
  const column = { assignedAt: assignments.assignedAt, name: byName(directoryUsers.name, opts.locale), email: directoryUsers.email }[p.sort];
  const page = keysetQuery(p, column, assignments.id, p.sort === "assignedAt" ? "timestamptz" : "text");
  const rows = await tx
    .select({
      assignmentId: assignments.id,
      userId: directoryUsers.id,
      name: directoryUsers.name,
      email: directoryUsers.email,
      assignedAt: assignments.assignedAt,
      state: assignments.state,
      flagged,
      total: sql<number>`(${held()})`.mapWith(Number),
      cursorKey: page.cursorKey,
    })
    .from(assignments)
    .innerJoin(directoryUsers, and(eq(directoryUsers.workspaceId, assignments.workspaceId), eq(directoryUsers.id, assignments.directoryUserId)))
    .where(and(where, page.where))
    .orderBy(...page.orderBy)
    .limit(page.limit);
  // An empty page (past the end) has no row to carry the total: count on its own.
  const total = rows[0]?.total ?? (p.after || p.before ? (await held())[0].total : 0);
  const out = keysetPage(
    rows.map(({ state, flagged: f, total: _t, ...r }) => ({ ...r, status: (state === "no_access" ? "noAccess" : f ? "requiresRenewal" : "active") as ProductUserStatus })),
    p,
    (r) => r.assignmentId,
  );
  return { ...out, total, requiresRenewal: n };
}
