import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { assignments, contracts, licenses, productSeats, workspaces, type WorkspaceTimer } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { recordAudit } from "@/lib/audit";
import { workspaceNow } from "@/lib/clock";
import { startOfLocalDay } from "@/lib/clock/rules";
import { registerTimerHandler, scheduleTimer } from "@/lib/jobs/timers";
import { lapseUnpaidRenewals } from "@/lib/orders";
import { lockSeats } from "@/lib/seats";
import { nextAnniversary, windowCloseDay, windowClosePlan } from "./rules";

export const WINDOW_CLOSE = "renewal.window_close";
const JOB_ACTOR = { accountId: null, label: `job:${WINDOW_CLOSE}` };

/** Schedules the close of a contract's current renewal window at the workspace's midnight. */
export async function scheduleWindowClose(
  tx: Tx,
  workspace: { id: string; timeZone: string },
  contract: { id: string; anniversaryDate: string; windowClosesDaysAfter: number },
): Promise<void> {
  await scheduleTimer(tx, workspace.id, {
    kind: WINDOW_CLOSE,
    key: `${contract.id}:${contract.anniversaryDate}`,
    dueAt: startOfLocalDay(windowCloseDay(contract.anniversaryDate, contract.windowClosesDaysAfter), workspace.timeZone),
    payload: { contractId: contract.id, anniversary: contract.anniversaryDate },
  });
}

/**
 * The window has closed: per product of the contract, the most recently assigned users beyond
 * the renewed seats lose access (their data stays), the renewed seats become the new term's
 * paid seats, and the next year's window is scheduled. Runs once per timer (see lib/jobs).
 */
async function closeRenewalWindow(tx: Tx, timer: WorkspaceTimer): Promise<Record<string, unknown>> {
  const ws = timer.workspaceId;
  const { contractId, anniversary } = timer.payload as { contractId: string; anniversary: string };
  const [contract] = await tx
    .select()
    .from(contracts)
    .where(and(eq(contracts.workspaceId, ws), eq(contracts.id, contractId)))
    .for("update");
  if (!contract || contract.anniversaryDate !== anniversary) return { skipped: "the contract has moved on" };
  const [{ timeZone }] = await tx.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, ws));
  const now = await workspaceNow(tx, ws);
  const productIds = (
    await tx
      .selectDistinct({ productId: licenses.productId })
      .from(licenses)
      .where(and(eq(licenses.workspaceId, ws), eq(licenses.contractId, contractId), eq(licenses.state, "active")))
      .orderBy(asc(licenses.productId))
  ).map((r) => r.productId);

  const termStart = startOfLocalDay(anniversary, timeZone);
  const next = nextAnniversary(anniversary);
  const products: Record<string, unknown>[] = [];
  for (const productId of productIds) {
    // Same lock as manual unassignment: the two never interleave on a product.
    const seats = await lockSeats(tx, ws, productId);
    const plan = windowClosePlan(seats);
    const victims = plan.lose
      ? await tx
          .select({ id: assignments.id, userId: assignments.directoryUserId })
          .from(assignments)
          .where(and(eq(assignments.workspaceId, ws), eq(assignments.productId, productId), eq(assignments.state, "active")))
          .orderBy(desc(assignments.assignedAt), desc(assignments.id))
          .limit(plan.lose)
          .for("update")
      : [];
    if (victims.length) {
      await tx
        .update(assignments)
        .set({ state: "no_access", endedAt: now, endReason: "window_closed" })
        .where(inArray(assignments.id, victims.map((v) => v.id)));
    }
    await tx
      .update(productSeats)
      .set({
        used: sql`${productSeats.used} - ${victims.length}`,
        noAccess: sql`${productSeats.noAccess} + ${victims.length}`,
        purchased: plan.purchasedAfter,
        renewed: 0,
        updatedAt: new Date(),
      })
      .where(and(eq(productSeats.workspaceId, ws), eq(productSeats.productId, productId)));
    await tx
      .update(licenses)
      .set(
        plan.noRenewal
          ? { state: "expired" }
          : { quantity: plan.purchasedAfter, termStart, termEnd: startOfLocalDay(next, timeZone) },
      )
      .where(and(eq(licenses.workspaceId, ws), eq(licenses.contractId, contractId), eq(licenses.productId, productId), eq(licenses.state, "active")));
    // Renewal orders still unpaid now were too late for this term.
    const lapsedOrders = await lapseUnpaidRenewals(tx, ws, productId);
    const summary = { productId, lostAccess: victims.length, renewed: plan.purchasedAfter, noRenewal: plan.noRenewal, lapsedOrders };
    await recordAudit(tx, ws, JOB_ACTOR, {
      action: "renewal.window_closed",
      subjectType: "product",
      subjectId: productId,
      data: { ...summary, userIds: victims.map((v) => v.userId), reason: "window_close" },
    });
    products.push(summary);
  }
  await tx.update(contracts).set({ anniversaryDate: next }).where(eq(contracts.id, contractId));
  await scheduleWindowClose(tx, { id: ws, timeZone }, { ...contract, anniversaryDate: next });
  return { contractId, anniversary, nextAnniversary: next, products };
}

registerTimerHandler(WINDOW_CLOSE, closeRenewalWindow);
