import { and, eq, sql } from "drizzle-orm";
import { licenses, products } from "@/db/schema";
import type { Tx } from "@/db/scope";

/**
 * Every change to a license row goes through here: lib/licenses owns `licenses` (the ESLint wall
 * `tables/owner-writes` in eslint.config.mjs refuses a write anywhere else outside tests and
 * seeds). Each function is one step of a license's life; the caller keeps what belongs to its
 * path around it: the product's seat lock and seat figures (lib/seats/ledger.ts), the audit row,
 * the e-mail. The database adds the first term to the ledger (trigger `licenses_first_term`) and
 * keeps a timer at every live license's end (`licenses_term_end_timer`, handled by ./term-end.ts).
 */

type LicenseValues = typeof licenses.$inferInsert;
export type NewLicense = Omit<LicenseValues, "workspaceId" | "replacedById" | "createdAt">;
type Term = { termStart: Date; termEnd: Date };

const one = (workspaceId: string, licenseId: string) => and(eq(licenses.workspaceId, workspaceId), eq(licenses.id, licenseId));

/** New licenses of a workspace (bought, entered by key, set up for a sandbox), in order; their ids. */
export async function issueLicenses(tx: Tx, workspaceId: string, rows: NewLicense[]): Promise<string[]> {
  const issued = await tx
    .insert(licenses)
    .values(rows.map((r) => ({ ...r, workspaceId })))
    .returning({ id: licenses.id });
  return issued.map((r) => r.id);
}

export async function issueLicense(tx: Tx, workspaceId: string, row: NewLicense): Promise<string> {
  const [id] = await issueLicenses(tx, workspaceId, [row]);
  return id;
}

/**
 * An activation code (seed 002) replaces a license: the new one, with the id the code was
 * redeemed for, takes its place and the old one is marked replaced by it.
 */
export async function replaceLicense(tx: Tx, workspaceId: string, oldId: string, next: NewLicense & { id: string }): Promise<void> {
  await issueLicense(tx, workspaceId, next);
  await tx.update(licenses).set({ state: "replaced", replacedById: next.id }).where(one(workspaceId, oldId));
}

/**
 * Seats bought with Add licenses / Add products and paid: the product's active licenses grow by
 * them or, with none, a web-store license for them is issued, co-terminous with the contract so
 * its window close renews or ends it with the rest.
 */
export async function addPurchasedSeats(
  tx: Tx,
  workspaceId: string,
  p: { productId: string; quantity: number; contractId: string | null; termEnd: Date | null; now: Date },
): Promise<void> {
  const grown = await tx
    .update(licenses)
    .set({ quantity: sql`${licenses.quantity} + ${p.quantity}` })
    .where(and(eq(licenses.workspaceId, workspaceId), eq(licenses.productId, p.productId), eq(licenses.state, "active")))
    .returning({ id: licenses.id });
  if (grown.length > 0) return;
  const [product] = await tx.select().from(products).where(eq(products.id, p.productId));
  await issueLicense(tx, workspaceId, {
    productId: p.productId,
    contractId: p.contractId,
    name: product.name,
    quantity: p.quantity,
    licensingModel: product.licensingModel,
    source: "web_store",
    termStart: p.now,
    termEnd: p.termEnd ?? new Date(p.now.getTime() + 365 * 86_400_000),
    purchasedAt: p.now,
  });
}

/** A provisional (or expired provisional) key's final key arrived (seed 001): the license runs its term with the key's limit. */
export async function activateProvisionalLicense(tx: Tx, workspaceId: string, licenseId: string, p: Term & { quantity: number }): Promise<void> {
  await tx.update(licenses).set({ state: "active", quantity: p.quantity, termStart: p.termStart, termEnd: p.termEnd }).where(one(workspaceId, licenseId));
}

/** Renewed online (seed 004): the license runs the new term; one that had expired is active again. */
export async function extendTerm(tx: Tx, workspaceId: string, license: { id: string; state: LicenseValues["state"] }, term: Term): Promise<void> {
  await tx
    .update(licenses)
    .set({ ...term, state: license.state === "expired" ? "active" : license.state })
    .where(one(workspaceId, license.id));
}

/** The renewal window closed with seats renewed for the license (seed 003): it runs the new term with them. */
export async function startRenewedTerm(tx: Tx, workspaceId: string, licenseId: string, p: Term & { quantity: number }): Promise<void> {
  await tx.update(licenses).set({ quantity: p.quantity, termStart: p.termStart, termEnd: p.termEnd }).where(one(workspaceId, licenseId));
}

/**
 * Its term ended unrenewed (a window's close, a provisional key's three months, the end of a term
 * no window judges): the stored state records that its seats were taken back.
 */
export async function expireLicense(tx: Tx, workspaceId: string, licenseId: string): Promise<void> {
  await tx.update(licenses).set({ state: "expired" }).where(one(workspaceId, licenseId));
}

/** "Try additional features": the license's per-feature on/off settings. */
export async function setFeatureSettings(tx: Tx, workspaceId: string, licenseId: string, featureSettings: Record<string, boolean>): Promise<void> {
  await tx.update(licenses).set({ featureSettings }).where(one(workspaceId, licenseId));
}
