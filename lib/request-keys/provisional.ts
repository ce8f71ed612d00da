import { and, eq } from "drizzle-orm";
import { licenses, requestKeys, type WorkspaceTimer } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { recordAudit } from "@/lib/audit";
import { registerTimerHandler } from "@/lib/jobs/timers";
import { expireLicense } from "@/lib/licenses/lifecycle";
import { lockProductSeats, movePurchased } from "./seats";

/** The timer a request key's provisional key runs on (scheduled when the key is entered). */
export const PROVISIONAL_EXPIRY = "keys.provisional_expiry";

/** Three months without a final key: the provisional key expires and its seats stop counting. */
async function expireProvisionalKey(tx: Tx, timer: WorkspaceTimer): Promise<Record<string, unknown>> {
  const id = (timer.payload as { requestKeyId?: string }).requestKeyId;
  if (!id) return { skipped: "no request key" };
  const [row] = await tx.select().from(requestKeys).where(and(eq(requestKeys.workspaceId, timer.workspaceId), eq(requestKeys.id, id))).for("update");
  if (!row || row.state !== "provisional") return { requestKeyId: id, skipped: row ? row.state : "gone" };
  if (row.licenseId) {
    const [license] = await tx.select().from(licenses).where(and(eq(licenses.workspaceId, timer.workspaceId), eq(licenses.id, row.licenseId)));
    if (license && license.state === "provisional") {
      await lockProductSeats(tx, timer.workspaceId, license.productId);
      await expireLicense(tx, timer.workspaceId, license.id);
      await movePurchased(tx, timer.workspaceId, license.productId, -license.quantity);
    }
  }
  await tx.update(requestKeys).set({ state: "expired" }).where(eq(requestKeys.id, row.id));
  await recordAudit(tx, timer.workspaceId, { accountId: null, label: `job:${PROVISIONAL_EXPIRY}` }, {
    action: "keys.provisional_expired",
    subjectType: "request_key",
    subjectId: row.id,
    data: { requestKey: row.requestKey, licenseId: row.licenseId },
  });
  return { requestKeyId: row.id, expired: true };
}

registerTimerHandler(PROVISIONAL_EXPIRY, expireProvisionalKey);

