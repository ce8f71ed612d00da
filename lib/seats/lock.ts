import { and, eq } from "drizzle-orm";
import { productSeats } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { notFound } from "@/lib/errors";

/**
 * Locks the product's seat row: every change that moves seat figures takes this lock first, so
 * concurrent admins and jobs serialise per product and the figures never drift.
 */
export async function lockSeats(tx: Tx, workspaceId: string, productId: string) {
  const [row] = await tx
    .select()
    .from(productSeats)
    .where(and(eq(productSeats.workspaceId, workspaceId), eq(productSeats.productId, productId)))
    .for("update");
  if (!row) throw notFound("product in this workspace");
  return row;
}

