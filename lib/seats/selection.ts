import { and, eq, ilike, or } from "drizzle-orm";
import { z } from "zod";
import { v } from "@/lib/i18n/validation";
import { assignments, directoryUsers, productSeats } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { AppError, notFound } from "@/lib/errors";
import type { OperationContext } from "@/lib/operations";
import { renewalState } from "@/lib/renewal/state";
import { previewUnassign } from "@/lib/renewal/rules";
import { likePattern } from "@/lib/tables/params";
import { anyOf, liveAssignments, MOST_RECENT_FIRST } from "./assignments";
import { seatView } from "./rules";

/**
 * Whom to unassign from a product: the selection of the product page, the users list and the API,
 * resolved to users and previewed here; lib/seats/unassign.ts takes their seats back.
 */

/** Up to this many seats are taken back in the request itself; more become a bulk job. */
export const SYNC_LIMIT = 1_000;
/** One request may name at most this many users; "all matching" has no such limit. */
export const MAX_SELECTED = 50_000;

/** Named users, or "Select all N matching": the filter of the product's user list, resolved when the change is made. */
export type UnassignSelection = { userIds: string[] } | { allMatching: { q?: string; requiresRenewal?: boolean } };

const selectionFields = {
  userIds: z.array(z.uuid()).min(1, v("select_users")).max(MAX_SELECTED).optional(),
  allMatching: z
    .object({ q: z.string().trim().max(200).optional(), requiresRenewal: z.boolean().optional() })
    .optional(),
};

const exactlyOne = (v: { userIds?: unknown; allMatching?: unknown }) => (v.userIds === undefined) !== (v.allMatching === undefined);
const EXACTLY_ONE = { message: v("users_or_all"), path: ["userIds"] };

const productId = z.uuid();

/** The request body of the API (the product is in the path). */
export const unassignSelectionBody = z.object(selectionFields).refine(exactlyOne, EXACTLY_ONE);
export const unassignSelectionInput = z.object({ productId, ...selectionFields }).refine(exactlyOne, EXACTLY_ONE);
export const unassignUsersInput = z
  .object({ productId, ...selectionFields, reason: z.literal("manual").default("manual") })
  .refine(exactlyOne, EXACTLY_ONE);

/** A selection as parsed, with its product (exactly one of userIds and allMatching is set). */
export type ProductSelection = z.output<typeof unassignSelectionInput>;

type Workspace = Pick<OperationContext["workspace"], "id" | "timeZone">;

/** Seats assigned beyond what is paid for the coming term: the "Requires renewal" count. */
export async function shortageOf(tx: Tx, workspace: Workspace, seats: { used: number; purchased: number; renewed: number; unpaid: number; noAccess: number }) {
  const state = await renewalState(tx, workspace);
  return seatView(seats, state.inWindow).needsRenewal;
}

/** The product's live assignments, most recently assigned first, with who holds them. */
function rankedAssignments(tx: Tx, workspaceId: string, productId: string) {
  return tx
    .select({ id: assignments.id, userId: assignments.directoryUserId, name: directoryUsers.name, email: directoryUsers.email, assignedAt: assignments.assignedAt })
    .from(assignments)
    .innerJoin(directoryUsers, and(eq(directoryUsers.workspaceId, assignments.workspaceId), eq(directoryUsers.id, assignments.directoryUserId)))
    .where(liveAssignments(workspaceId, productId))
    .orderBy(...MOST_RECENT_FIRST)
    .$dynamic();
}

/**
 * The users a selection names, checked: every id must be a user of this workspace (an unknown or
 * foreign id refuses the whole request, so nothing changes by half); users without a seat are
 * allowed and simply change nothing.
 */
export async function resolveSelection(tx: Tx, workspace: Workspace, sel: ProductSelection, shortage: () => Promise<number>): Promise<string[]> {
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
  if (matches) query.where(and(liveAssignments(workspace.id, sel.productId), matches));
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
export async function holders(tx: Tx, workspaceId: string, sel: ProductSelection, userIds: string[]): Promise<string[]> {
  if (sel.allMatching || userIds.length === 0) return userIds;
  const productId = sel.productId;
  const rows = await tx
    .select({ userId: assignments.directoryUserId })
    .from(assignments)
    .where(and(liveAssignments(workspaceId, productId), anyOf(assignments.directoryUserId, userIds)))
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
  /** Whether the change runs as a bulk job (more than SYNC_LIMIT seats). */
  tracked: boolean;
};

/** What unassigning a selection would do, before anything happens (the confirmation shows it). */
export async function previewUnassignment(tx: Tx, workspace: Workspace, sel: ProductSelection): Promise<UnassignPreviewResult> {
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
