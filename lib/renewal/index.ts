import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { contracts, licenses, licenseTerms, orders, products, workspaces, type WorkspaceTimer } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { recordAudit, recordAuditEvents } from "@/lib/audit";
import { workspaceNow } from "@/lib/clock";
import { localDate, startOfLocalDay } from "@/lib/clock/rules";
import { registerTimerHandler, scheduleTimer } from "@/lib/jobs/timers";
import { formatDate } from "@/lib/format";
import type { Translator } from "@/lib/i18n/translate";
import { queueMail } from "@/lib/mail";
import { lapseOrders } from "@/lib/orders/lapse";
import { releaseMostRecent } from "@/lib/devices";
import { expireLicense, startRenewedTerm } from "@/lib/licenses/lifecycle";
import { LIVE_LICENSE_STATES } from "@/lib/licenses/rules";
import { licenseStateSql } from "@/lib/licenses/state";
import { endAssignments } from "@/lib/seats/assignments";
import { adjustSeats, lockSeats, recountUsed, setSeats } from "@/lib/seats/ledger";
import { memberEmails } from "@/lib/workspaces/people";
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
  const [workspace] = await tx
    .select({ name: workspaces.name, slug: workspaces.slug, timeZone: workspaces.timeZone, locale: workspaces.locale })
    .from(workspaces)
    .where(eq(workspaces.id, ws));
  const { timeZone } = workspace;
  const now = await workspaceNow(tx, ws);
  const productIds = (
    await tx
      .selectDistinct({ productId: licenses.productId })
      .from(licenses)
      .where(and(eq(licenses.workspaceId, ws), eq(licenses.contractId, contractId), eq(licenses.state, "active")))
      .orderBy(asc(licenses.productId))
  ).map((r) => r.productId);

  // Seats added to products outside the contract (a new product ordered in the window, say) are
  // bought up to the anniversary too: their unpaid orders lapse now as well, in the same pass so
  // the seat rows are still locked in product-id order.
  const contractProducts = new Set(productIds);
  const withUnpaidAdds = (
    await tx
      .selectDistinct({ productId: orders.productId })
      .from(orders)
      .where(and(eq(orders.workspaceId, ws), eq(orders.status, "unpaid"), inArray(orders.kind, ["add_licenses", "add_products"])))
  )
    .map((r) => r.productId)
    .filter((id) => !contractProducts.has(id));
  const today = localDate(now, timeZone);

  const next = nextAnniversary(anniversary);
  const outcomes: { productId: string; lostAccess: number; renewed: number; noRenewal: boolean; lost: string[] }[] = [];
  for (const productId of [...productIds, ...withUnpaidAdds].sort()) {
    if (!contractProducts.has(productId)) {
      await lockSeats(tx, ws, productId);
      await lapseOrders(tx, { id: ws, ...workspace }, productId, { today, productLicensed: true, kinds: ["add_licenses", "add_products"] });
      continue;
    }
    // Same lock as manual unassignment: the two never interleave on a product.
    const seats = await lockSeats(tx, ws, productId);
    const plan = windowClosePlan(seats, await seatsOutsideContract(tx, ws, contractId, productId, now));
    const [{ licensingModel }] = await tx.select({ licensingModel: products.licensingModel }).from(products).where(eq(products.id, productId));
    // Who loses access by the product's licensing model: the users assigned most recently, or the
    // devices / host activations that took a seat most recently.
    // The users' seat figures move with their assignments; machines' products are recounted.
    let victims: { userId: string | null; email: string }[];
    if (licensingModel === "per_user") {
      victims = await endAssignments(tx, ws, productId, { mostRecent: plan.lose }, { state: "no_access", reason: "window_closed", at: now });
      await recordLostAccess(tx, ws, productId, now, victims.map((v) => ({ subjectType: "directory_user", subjectId: v.userId!, data: { email: v.email } })));
    } else {
      const released = await releaseMostRecent(tx, ws, { id: productId, licensingModel }, plan.lose, now);
      victims = released.map((m) => ({ userId: null, email: m.name }));
      const perHost = new Map<string, { name: string; seats: number }>();
      for (const m of released) perHost.set(m.hostId, { name: m.name, seats: (perHost.get(m.hostId)?.seats ?? 0) + 1 });
      await recordLostAccess(tx, ws, productId, now, [...perHost].map(([hostId, data]) => ({ subjectType: "host", subjectId: hostId, data })));
      await recountUsed(tx, ws, [productId]);
      await adjustSeats(tx, ws, productId, { noAccess: victims.length });
    }
    await setSeats(tx, ws, productId, { purchased: plan.purchasedAfter, renewed: 0 });
    await renewOrEndLicenses(tx, { id: ws, timeZone }, contractId, productId, anniversary, plan);
    // Orders still unpaid now were too late for the term they were for (a renewal of this
    // window, seats added up to the anniversary, seats of a subscription that ended).
    const lapsedOrders = await lapseOrders(tx, { id: ws, ...workspace }, productId, { today, productLicensed: plan.purchasedAfter > 0 });
    const summary = { productId, lostAccess: victims.length, renewed: plan.renewed, noRenewal: plan.noRenewal, lapsedOrders };
    await recordAudit(tx, ws, JOB_ACTOR, {
      action: "renewal.window_closed",
      subjectType: "product",
      subjectId: productId,
      data: { ...summary, userIds: victims.flatMap((v) => (v.userId ? [v.userId] : [])), machines: victims.flatMap((v) => (v.userId ? [] : [v.email])), reason: "window_close" },
    });
    outcomes.push({ ...summary, lost: victims.map((v) => v.email) });
  }
  await tx.update(contracts).set({ anniversaryDate: next }).where(eq(contracts.id, contractId));
  await scheduleWindowClose(tx, { id: ws, timeZone }, { ...contract, anniversaryDate: next });
  await mailWindowClosed(tx, ws, workspace, anniversary, outcomes);
  return { contractId, anniversary, nextAnniversary: next, products: outcomes.map(({ lost: _lost, ...o }) => o) };
}

/**
 * One event per user (or machine) who lost the product's seat at the close, so "who lost access
 * and why" is answered per person; the product's own event sums it up.
 */
async function recordLostAccess(
  tx: Tx,
  ws: string,
  productId: string,
  at: Date,
  subjects: { subjectType: "directory_user" | "host"; subjectId: string; data: Record<string, unknown> }[],
): Promise<void> {
  const action = (s: { subjectType: string }) => (s.subjectType === "host" ? "activation.released" : "assignment.ended");
  await recordAuditEvents(
    tx,
    ws,
    JOB_ACTOR,
    subjects.map((s) => ({ action: action(s), subjectType: s.subjectType, subjectId: s.subjectId, data: { productId, ...s.data, reason: "window_closed" } })),
    at,
  );
}

/** Paid seats of the product's live licenses that this contract's close does not judge (no contract, or another). */
async function seatsOutsideContract(tx: Tx, ws: string, contractId: string, productId: string, now: Date): Promise<number> {
  const [{ n }] = await tx
    .select({ n: sql<number>`coalesce(sum(${licenses.quantity}), 0)::int` })
    .from(licenses)
    .where(
      and(
        eq(licenses.workspaceId, ws),
        eq(licenses.productId, productId),
        sql`${licenses}.contract_id is distinct from ${contractId}`,
        inArray(licenseStateSql(now), [...LIVE_LICENSE_STATES]),
      ),
    );
  return n;
}

/**
 * The contract's licenses of the product after the close: each renewed one (the ledger holds a
 * renewal of the term this anniversary ends) runs the new term with the seats its renewals bought;
 * the others, and all of them when nothing was renewed, have ended.
 */
async function renewOrEndLicenses(
  tx: Tx,
  ws: { id: string; timeZone: string },
  contractId: string,
  productId: string,
  anniversary: string,
  plan: ReturnType<typeof windowClosePlan>,
) {
  const held = and(eq(licenses.workspaceId, ws.id), eq(licenses.contractId, contractId), eq(licenses.productId, productId), eq(licenses.state, "active"));
  const rows = await tx
    .select({
      id: licenses.id,
      // Qualified by hand: drizzle leaves a single-table select's columns unqualified.
      renewed: sql<number>`coalesce((select sum(t.seats) from ${licenseTerms} t
        where t.workspace_id = ${licenses}.workspace_id and t.license_id = ${licenses}.id and t.renews_term_end is not null
          and (t.renews_term_end at time zone ${ws.timeZone})::date = ${anniversary}::date), 0)::int`,
    })
    .from(licenses)
    .where(held)
    .orderBy(asc(licenses.purchasedAt), asc(licenses.id));
  // The licenses hold what the product's seat row says was renewed (licenses outside the contract
  // keep their own): seats the ledger does not
  // place (renewed before it was kept) go to the first renewed license, or the first license.
  const ledgered = rows.reduce((n, r) => n + r.renewed, 0);
  const first = Math.max(0, rows.findIndex((r) => r.renewed > 0));
  const term = { termStart: startOfLocalDay(anniversary, ws.timeZone), termEnd: startOfLocalDay(nextAnniversary(anniversary), ws.timeZone) };
  for (const [i, r] of rows.entries()) {
    const quantity = plan.noRenewal ? 0 : Math.max(0, r.renewed + (i === first ? plan.renewed - ledgered : 0));
    if (quantity > 0) await startRenewedTerm(tx, ws.id, r.id, { quantity, ...term });
    else await expireLicense(tx, ws.id, r.id);
  }
}

/** Tells the workspace's supervisors and admins what the close did, product by product. */
async function mailWindowClosed(
  tx: Tx,
  ws: string,
  workspace: { name: string; slug: string; timeZone: string; locale: string },
  anniversary: string,
  outcomes: { productId: string; lostAccess: number; renewed: number; noRenewal: boolean; lost: string[] }[],
): Promise<void> {
  const to = await memberEmails(tx, ws);
  if (to.length === 0 || outcomes.length === 0) return;
  const names = new Map(
    (await tx.select({ id: products.id, name: products.name }).from(products).where(inArray(products.id, outcomes.map((o) => o.productId)))).map((p) => [p.id, p.name]),
  );
  const lost = outcomes.reduce((n, o) => n + o.lostAccess, 0);
  const lines = (t: Translator) =>
    outcomes.map((o) => {
      const values = { product: names.get(o.productId) ?? o.productId, renewed: o.renewed, lost: o.lostAccess, users: o.lost.join(", ") };
      if (o.noRenewal) return t("mail.renewalWindowClosed.noRenewal", values);
      return o.lostAccess === 0 ? t("mail.renewalWindowClosed.renewed", values) : t("mail.renewalWindowClosed.renewedLost", values);
    });
  const anniversaryDay = formatDate(startOfLocalDay(anniversary, workspace.timeZone), workspace.locale, workspace.timeZone, "long");
  await queueMail(tx, ws, {
    kind: "renewal.window_closed",
    to,
    compose: (t) => ({
      subject: t("mail.renewalWindowClosed.subject", { workspace: workspace.name, lost }),
      text: [
        t("mail.renewalWindowClosed.intro", { anniversary: anniversaryDay }),
        "",
        ...lines(t),
        "",
        t("mail.renewalWindowClosed.keepData"),
        t("mail.renewalWindowClosed.overview", { path: `/w/${workspace.slug}/overview` }),
      ].join("\n"),
    }),
  });
}

registerTimerHandler(WINDOW_CLOSE, closeRenewalWindow);
