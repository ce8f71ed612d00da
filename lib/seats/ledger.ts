import { and, eq, inArray, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { activations, licenses, productSeats } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { workspaceNow } from "@/lib/clock";
import { notFound } from "@/lib/errors";
import { LIVE_LICENSE_STATES } from "@/lib/licenses/rules";
import { licenseStateSql } from "@/lib/licenses/state";
import type { SeatRow } from "./rules";

/**
 * The one writer of product_seats. Every change that moves a product's seat figures goes through
 * here, in the transaction of the change and under the seat row's lock (FOR UPDATE), so
 * concurrent admins, jobs and publishers serialise per product and the figures never drift.
 * Several rows are always locked in product-id order, so two writers never deadlock on them.
 *
 * What "used" counts follows the product's licensing model (seed 003): per user, the users
 * holding a seat (kept by adding and subtracting as assignments change: a workspace may hold a
 * million); per device, the devices running a license of the product (a macOS device waiting
 * to switch counts once, on the license it runs); per host, the host activations. Devices and
 * activations move rarely and few at a time, so their products are recounted under the lock.
 */

const rowOf = (workspaceId: string, productId: string) => and(eq(productSeats.workspaceId, workspaceId), eq(productSeats.productId, productId));

/** Locks the product's seat row and returns it; a product the workspace does not license is 404. */
export async function lockSeats(tx: Tx, workspaceId: string, productId: string) {
  const [row] = await tx.select().from(productSeats).where(rowOf(workspaceId, productId)).for("update");
  if (!row) throw notFound("product in this workspace");
  return row;
}

/** Makes the workspace license a new product (an empty seat row); false when it already did. */
export async function addProductSeats(tx: Tx, workspaceId: string, productId: string): Promise<boolean> {
  const made = await tx.insert(productSeats).values({ workspaceId, productId }).onConflictDoNothing().returning({ productId: productSeats.productId });
  return made.length > 0;
}

/**
 * Makes the workspace license these products (a seat row each, `initial` figures for a new one)
 * and locks their rows in id order. Returns the rows by product id.
 */
export async function openSeats(tx: Tx, workspaceId: string, productIds: string[], initial: Partial<SeatRow> = {}) {
  const ids = [...new Set(productIds)].sort();
  if (ids.length === 0) return new Map<string, typeof productSeats.$inferSelect>();
  await tx
    .insert(productSeats)
    .values(ids.map((productId) => ({ workspaceId, productId, ...initial })))
    .onConflictDoNothing();
  return lockSeatRows(tx, workspaceId, ids);
}

/** Locks the seat rows the workspace has of these products, in id order; missing ones are skipped. */
async function lockSeatRows(tx: Tx, workspaceId: string, productIds: string[]) {
  const ids = [...new Set(productIds)].sort();
  if (ids.length === 0) return new Map<string, typeof productSeats.$inferSelect>();
  const rows = await tx
    .select()
    .from(productSeats)
    .where(and(eq(productSeats.workspaceId, workspaceId), inArray(productSeats.productId, ids)))
    .orderBy(productSeats.productId)
    .for("update");
  return new Map(rows.map((r) => [r.productId, r]));
}

/** Moves figures by the given amounts (the caller holds the lock). */
export async function adjustSeats(tx: Tx, workspaceId: string, productId: string, delta: Partial<SeatRow>) {
  const set: Record<string, unknown> = { updatedAt: new Date() };
  for (const key of ["used", "purchased", "renewed", "unpaid", "noAccess"] as const) {
    const d = delta[key];
    if (d) set[key] = sql`${productSeats[key]} + ${d}`;
  }
  await tx.update(productSeats).set(set).where(rowOf(workspaceId, productId));
}

/** Sets figures to the given values (the caller holds the lock). */
export async function setSeats(tx: Tx, workspaceId: string, productId: string, values: Partial<SeatRow>) {
  await tx.update(productSeats).set({ ...values, updatedAt: new Date() }).where(rowOf(workspaceId, productId));
}

/**
 * Of these products, those with nothing left here (no license live by the workspace's clock,
 * every figure 0) stop being the workspace's products: their seat rows go (the caller holds the locks).
 */
export async function dropUnusedSeats(tx: Tx, workspaceId: string, productIds: string[]) {
  if (productIds.length === 0) return;
  const state = licenseStateSql(await workspaceNow(tx, workspaceId));
  await tx.execute(sql`
    delete from product_seats ps
     where ps.workspace_id = ${workspaceId} and ps.product_id = any(${sql.param(productIds)}::uuid[])
       and ps.used = 0 and ps.purchased = 0 and ps.renewed = 0 and ps.unpaid = 0 and ps.no_access = 0
       and not exists (select 1 from ${licenses} where ${licenses}.workspace_id = ps.workspace_id and ${licenses}.product_id = ps.product_id
                          and ${state} = any(${sql.param([...LIVE_LICENSE_STATES])}::text[]))`);
}

/** The shortage rule (rules.ts `seatShortage`) inside SQL, for sorting and filtering in the database. */
export const seatShortageSql = (used: AnyColumn | SQL, renewed: AnyColumn | SQL) => sql<number>`greatest(0, ${used} - ${renewed})`;

/** rules.ts `needsRenewal` inside SQL: the shortage inside the renewal window, else 0. */
export const needsRenewalSql = (used: AnyColumn | SQL, renewed: AnyColumn | SQL, inWindow: SQL) =>
  sql<number>`(case when ${inWindow} then ${seatShortageSql(used, renewed)} else 0 end)`;

/**
 * Seats in use of each product, counted from the base tables by the product's licensing model.
 * The recount below, the seed, migration 0016 and the tests' oracle (tests/db/recount.ts) all
 * count this way.
 */
export const usedFromBaseTables = sql`(case p.licensing_model
    when 'per_user' then (
      select count(*) from assignments x
       where x.workspace_id = ps.workspace_id and x.product_id = ps.product_id and x.state = 'active')
    when 'per_device' then (
      select count(distinct a.host_id) from activations a join licenses l on l.workspace_id = a.workspace_id and l.id = a.license_id
       where a.workspace_id = ps.workspace_id and l.product_id = ps.product_id and a.released_at is null)
    else (
      select count(*) from activations a join licenses l on l.workspace_id = a.workspace_id and l.id = a.license_id
       where a.workspace_id = ps.workspace_id and l.product_id = ps.product_id and a.released_at is null)
  end)::int`;

/**
 * Sets "used" of these products (all of the workspace's when omitted) from the base tables. For
 * devices and activations after they move, and for seeds and repairs; the caller holds the locks
 * of the named products.
 */
export async function recountUsed(tx: Tx, workspaceId: string, productIds?: string[]) {
  if (productIds && productIds.length === 0) return;
  await tx.execute(sql`
    update product_seats ps set used = ${usedFromBaseTables}, updated_at = now()
      from products p
     where p.id = ps.product_id and ps.workspace_id = ${workspaceId}
       ${productIds ? sql`and ps.product_id = any(${sql.param(productIds)}::uuid[])` : sql``}`);
}

/** Sets "payment required" of the workspace's products from their unpaid Add licenses / Add products orders (seeds, repairs). */
export async function recountUnpaid(tx: Tx, workspaceId: string) {
  await tx.execute(sql`
    update product_seats ps set unpaid = coalesce((
      select sum(o.quantity) from orders o
       where o.workspace_id = ps.workspace_id and o.product_id = ps.product_id
         and o.status = 'unpaid' and o.kind in ('add_licenses', 'add_products')), 0)::int, updated_at = now()
     where ps.workspace_id = ${workspaceId}`);
}

/** The products of these licenses that the workspace licenses, in id order. */
async function productsOfLicenses(tx: Tx, workspaceId: string, licenseIds: string[]): Promise<string[]> {
  if (licenseIds.length === 0) return [];
  const rows = await tx
    .selectDistinct({ productId: licenses.productId })
    .from(licenses)
    .where(and(eq(licenses.workspaceId, workspaceId), inArray(licenses.id, [...new Set(licenseIds)])))
    .orderBy(licenses.productId);
  return rows.map((r) => r.productId);
}

/**
 * Runs a change to activations (devices switching license, activations released) under the seat
 * locks of the products it touches, then recounts those products. `licenseIds` names every
 * license an activation may leave or join; the locks are taken before the activation rows, as
 * every other seat change does, so nothing waits in a circle.
 */
export async function withActivationSeats<T>(tx: Tx, workspaceId: string, licenseIds: string[], change: () => Promise<T>): Promise<T> {
  const productIds = [...(await lockSeatRows(tx, workspaceId, await productsOfLicenses(tx, workspaceId, licenseIds))).keys()];
  const result = await change();
  await recountUsed(tx, workspaceId, productIds);
  await dropUnusedSeats(tx, workspaceId, productIds);
  return result;
}

/** The licenses live activations matching `where` run on or wait for (for `withActivationSeats`). */
export async function licensesOfActivations(tx: Tx, workspaceId: string, where: ReturnType<typeof and>): Promise<string[]> {
  const rows = await tx
    .select({ licenseId: activations.licenseId, pendingLicenseId: activations.pendingLicenseId })
    .from(activations)
    .where(and(eq(activations.workspaceId, workspaceId), sql`${activations.releasedAt} is null`, where));
  return [...new Set(rows.flatMap((r) => [r.licenseId, ...(r.pendingLicenseId ? [r.pendingLicenseId] : [])]))];
}
