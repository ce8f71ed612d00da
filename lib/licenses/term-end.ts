import { and, eq } from "drizzle-orm";
import { contracts, licenses, workspaces, type WorkspaceTimer } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { recordAudit } from "@/lib/audit";
import { workspaceNow } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { localDate } from "@/lib/clock/rules";
import { registerTimerHandler } from "@/lib/jobs/timers";
import { dropUnusedSeats, lockSeats, setSeats } from "@/lib/seats/ledger";
import { expireLicense } from "./lifecycle";
import { licenseTermsOf } from "./terms";
import { termEndSkip } from "./term-rules";

/**
 * A license's term has come to its end (the timer migration 0021 keeps at every live license's
 * end): unless it was renewed or its contract's window close judges it, it expires and its seats
 * stop counting as purchased, under the product's seat lock like every seat change. A short
 * activation-code term, a key's term or a license bought outside any contract ends here.
 */
export const LICENSE_TERM_END = "licenses.term_end";

async function endLicenseTerm(tx: Tx, timer: WorkspaceTimer): Promise<Record<string, unknown>> {
  const ws = timer.workspaceId;
  const { licenseId } = timer.payload as { licenseId?: string };
  if (!licenseId) return { skipped: "no license" };
  const byId = and(eq(licenses.workspaceId, ws), eq(licenses.id, licenseId));
  const [peek] = await tx.select({ productId: licenses.productId }).from(licenses).where(byId);
  if (!peek) return { licenseId, skipped: "gone" };
  // The seat row first, then the license row: the order every seat change takes.
  const seats = await lockSeats(tx, ws, peek.productId).catch((e) => {
    if (e instanceof AppError && e.status === 404) return null; // a product without a seat row has none to take back
    throw e;
  });
  const [license] = await tx.select().from(licenses).where(byId).for("update");
  const now = await workspaceNow(tx, ws);
  const [contract] = license.contractId
    ? await tx
        .select({ anniversaryDate: contracts.anniversaryDate, timeZone: workspaces.timeZone })
        .from(contracts)
        .innerJoin(workspaces, eq(workspaces.id, contracts.workspaceId))
        .where(and(eq(contracts.workspaceId, ws), eq(contracts.id, license.contractId)))
    : [];
  const onAnniversary = Boolean(contract && localDate(license.termEnd, contract.timeZone) === contract.anniversaryDate);
  const skipped = termEndSkip(license, timer.dueAt, await licenseTermsOf(tx, ws, license.id), now, onAnniversary);
  if (skipped) return { licenseId, skipped };
  await expireLicense(tx, ws, license.id);
  if (seats) {
    await setSeats(tx, ws, license.productId, { purchased: Math.max(0, seats.purchased - license.quantity) });
    await dropUnusedSeats(tx, ws, [license.productId]);
  }
  await recordAudit(tx, ws, { accountId: null, label: `job:${LICENSE_TERM_END}` }, {
    action: "license.expired",
    subjectType: "license",
    subjectId: license.id,
    data: { productId: license.productId, termEnd: license.termEnd.toISOString(), seatsReleased: seats ? license.quantity : 0 },
  });
  return { licenseId, productId: license.productId, expired: true, seatsReleased: seats ? license.quantity : 0 };
}

registerTimerHandler(LICENSE_TERM_END, endLicenseTerm);
