import type { Tx } from "@/db/scope";
import { lockSeats, openSeats, setSeats } from "@/lib/seats/ledger";

/** A key's seats in the product's figures (lib/seats/ledger.ts), under the product's seat lock. */

/** Makes sure the product has a seat row and locks it (FOR UPDATE) before figures move. */
export async function lockProductSeats(tx: Tx, workspaceId: string, productId: string) {
  return (await openSeats(tx, workspaceId, [productId])).get(productId)!;
}

/** Paid seats follow the key's limit, never below 0 (the caller holds the lock). */
export async function movePurchased(tx: Tx, workspaceId: string, productId: string, delta: number) {
  if (delta === 0) return;
  const row = await lockSeats(tx, workspaceId, productId);
  await setSeats(tx, workspaceId, productId, { purchased: Math.max(0, row.purchased + delta) });
}
