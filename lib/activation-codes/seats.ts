import { and, eq, sql } from "drizzle-orm";
import { licenses } from "@/db/schema";
import type { LicensingModel } from "@/db/schema/enums";
import type { Tx } from "@/db/scope";
import type { LicenseDetails } from "@/lib/licenses/details";
import { moveAssignments } from "@/lib/seats/assignments";
import { adjustSeats, dropUnusedSeats, openSeats, setSeats } from "@/lib/seats/ledger";

/**
 * The seat figures follow the license: the paid seats of the old product give way to the new
 * limit; when the product changes, per-user seats (assignments) move to the new product.
 * Both seat rows are locked first, in id order, like every seat change.
 */
export async function moveSeats(
  tx: Tx,
  ws: string,
  old: LicenseDetails,
  next: { productId: string; quantity: number; licensingModel: LicensingModel },
): Promise<{ movedAssignments: number; purchased: Record<string, number> }> {
  const rows = await openSeats(tx, ws, [old.productId, next.productId]);
  const purchased: Record<string, number> = {};
  let movedAssignments = 0;
  if (old.productId === next.productId) {
    const row = rows.get(old.productId)!;
    purchased[row.productId] = Math.max(0, row.purchased - old.quantity) + next.quantity;
    await setSeats(tx, ws, row.productId, { purchased: purchased[row.productId] });
    return { movedAssignments, purchased };
  }
  const from = rows.get(old.productId)!;
  const to = rows.get(next.productId)!;
  // Another live license of the old product keeps its seats there.
  const [{ others }] = await tx
    .select({ others: sql<number>`count(*)::int` })
    .from(licenses)
    .where(and(eq(licenses.workspaceId, ws), eq(licenses.productId, old.productId), eq(licenses.state, "active"), sql`${licenses.id} <> ${old.id}`));
  if (next.licensingModel === "per_user" && old.licensingModel === "per_user" && others === 0) {
    movedAssignments = await moveAssignments(tx, ws, old.productId, next.productId);
  }
  purchased[from.productId] = Math.max(0, from.purchased - old.quantity);
  purchased[to.productId] = to.purchased + next.quantity;
  await setSeats(tx, ws, from.productId, { purchased: purchased[from.productId] });
  await adjustSeats(tx, ws, from.productId, { used: -movedAssignments });
  await setSeats(tx, ws, to.productId, { purchased: purchased[to.productId] });
  await adjustSeats(tx, ws, to.productId, { used: movedAssignments });
  // Nothing left of the old product here (its devices, if any, move with propagateReplacement)?
  await dropUnusedSeats(tx, ws, [from.productId]);
  return { movedAssignments, purchased };
}
