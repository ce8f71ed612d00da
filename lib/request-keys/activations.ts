import { and, asc, desc, eq } from "drizzle-orm";
import { licenses, products, requestKeys } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { workspaceNow } from "@/lib/clock";
import { activationStatus, type ActivationStatus } from "./rules";
import type { ActivationKeyPayload } from "./signed-key";

/** The Activations page's read: the workspace's request keys and manual keys, each with its license. */

/** What the console keeps of an installed final key (the text stays verifiable on its own). */
export type StoredFinalKey = { kid: string; text: string; type: ActivationKeyPayload["type"]; termStart: string; termEnd: string; modules: ActivationKeyPayload["modules"]; via: "online" | "manual" };

export type ActivationView = {
  id: string;
  /** The 10-digit request key, or null for a manually entered key with none. */
  requestKey: string | null;
  status: ActivationStatus;
  productName: string | null;
  quantity: number | null;
  enteredAt: string;
  provisionalUntil: string;
  finalReadyAt: string | null;
  activatedAt: string | null;
  updateServiceUntil: string | null;
  termEnd: string | null;
  keyId: string | null;
  via: "online" | "manual" | null;
  testKey: boolean;
};

export const MANUAL_PREFIX = "manual:";

/** The workspace's activations, newest first (a workspace holds a handful). */
export async function listActivations(tx: Tx, workspaceId: string, now?: Date): Promise<ActivationView[]> {
  const at = now ?? (await workspaceNow(tx, workspaceId));
  const rows = await tx
    .select({
      rk: requestKeys,
      productName: products.name,
      quantity: licenses.quantity,
      termEnd: licenses.termEnd,
    })
    .from(requestKeys)
    .leftJoin(licenses, and(eq(licenses.workspaceId, requestKeys.workspaceId), eq(licenses.id, requestKeys.licenseId)))
    .leftJoin(products, eq(products.id, licenses.productId))
    .where(eq(requestKeys.workspaceId, workspaceId))
    .orderBy(desc(requestKeys.enteredAt), asc(requestKeys.id));
  return rows.map(({ rk, productName, quantity, termEnd }) => {
    const fk = rk.finalKey as StoredFinalKey | null;
    return {
      id: rk.id,
      requestKey: rk.requestKey.startsWith(MANUAL_PREFIX) ? null : rk.requestKey,
      status: activationStatus(rk, at),
      productName,
      quantity,
      enteredAt: rk.enteredAt.toISOString(),
      provisionalUntil: rk.provisionalUntil.toISOString(),
      finalReadyAt: rk.finalReadyAt?.toISOString() ?? null,
      activatedAt: rk.activatedAt?.toISOString() ?? null,
      updateServiceUntil: rk.updateServiceUntil?.toISOString() ?? null,
      termEnd: termEnd?.toISOString() ?? null,
      keyId: fk?.kid ?? null,
      via: fk?.via ?? null,
      testKey: fk?.type === "test",
    };
  });
}

export async function getActivation(tx: Tx, workspaceId: string, id: string): Promise<ActivationView> {
  const all = await listActivations(tx, workspaceId);
  const found = all.find((a) => a.id === id);
  if (!found) throw new Error(`activation ${id} vanished`);
  return found;
}
