import { and, asc, eq, sql } from "drizzle-orm";
import { licenseTerms, type LicenseTerm } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { workspaceNow } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { mayTopUp, pendingRenewal, type TermVia } from "./term-rules";

/**
 * The term ledger (lib/licenses owns license_terms): every term a license was bought for. The
 * first term is written by the database when a license is inserted; renewals go through
 * recordRenewal, whichever path they come from.
 */

export async function licenseTermsOf(tx: Tx, workspaceId: string, licenseId: string): Promise<LicenseTerm[]> {
  return tx
    .select()
    .from(licenseTerms)
    .where(and(eq(licenseTerms.workspaceId, workspaceId), eq(licenseTerms.licenseId, licenseId)))
    .orderBy(asc(licenseTerms.termStart), asc(licenseTerms.createdAt));
}

/** The renewal of the term ending at `termEnd`, if one was recorded by any path. */
export async function renewalOf(tx: Tx, workspaceId: string, licenseId: string, termEnd: Date): Promise<LicenseTerm | null> {
  const [row] = await tx
    .select()
    .from(licenseTerms)
    .where(and(eq(licenseTerms.workspaceId, workspaceId), eq(licenseTerms.licenseId, licenseId), eq(licenseTerms.renewsTermEnd, termEnd)));
  return row ?? null;
}

/** The renewal bought ahead (not started yet) by the workspace's clock, for "renewed until …". */
export async function pendingRenewalOf(tx: Tx, workspaceId: string, licenseId: string): Promise<LicenseTerm | null> {
  return pendingRenewal(await licenseTermsOf(tx, workspaceId, licenseId), await workspaceNow(tx, workspaceId));
}

type Ws = { timeZone: string; locale: string };

/** 409 term_already_renewed, naming how and until when the term was renewed. */
export function termAlreadyRenewed(recorded: LicenseTerm, ws: Ws): AppError {
  const until = formatDate(recorded.termEnd, ws.locale, ws.timeZone, "long");
  const ended = formatDate(recorded.renewsTermEnd ?? recorded.termStart, ws.locale, ws.timeZone, "long");
  return new AppError(
    409,
    "term_already_renewed",
    { key: "apiErrors.term_already_renewed", values: { until, ended, via: recorded.via, seats: recorded.seats } },
    { renewedUntil: recorded.termEnd.toISOString(), via: recorded.via, seats: recorded.seats },
  );
}

/**
 * Refuses when the term ending at `termEnd` was renewed, or a renewal bought ahead has not
 * started yet, through a path `via` may not add to.
 */
export async function assertRenewable(tx: Tx, ws: Ws & { id: string }, licenseId: string, termEnd: Date, via: TermVia, now: Date): Promise<void> {
  const terms = await licenseTermsOf(tx, ws.id, licenseId);
  const recorded = terms.find((t) => t.renewsTermEnd?.getTime() === termEnd.getTime()) ?? pendingRenewal(terms, now);
  if (recorded && !mayTopUp(recorded.via, via)) throw termAlreadyRenewed(recorded, ws);
}

export type RenewalRecord = {
  licenseId: string;
  via: Exclude<TermVia, "purchase">;
  termStart: Date;
  termEnd: Date;
  seats: number;
  renewsTermEnd: Date;
  orderId?: string | null;
  requestKey?: string | null;
  renewedOn?: string | null;
  createdBy?: string | null;
};

/**
 * Records the renewal of the term ending at `renewsTermEnd`, once: the unique key (license,
 * renewed term end) makes a second renewal wait for the first to commit and then fail here, so
 * two paths racing for the same year still buy it once. Further renewal orders of the same term
 * add their seats to it (a partial renewal completed later).
 */
export async function recordRenewal(tx: Tx, ws: Ws & { id: string }, r: RenewalRecord): Promise<LicenseTerm> {
  const [row] = await tx
    .insert(licenseTerms)
    .values({ workspaceId: ws.id, ...r })
    .onConflictDoUpdate({
      target: [licenseTerms.workspaceId, licenseTerms.licenseId, licenseTerms.renewsTermEnd],
      set: { seats: sql`${licenseTerms.seats} + excluded.seats` },
      setWhere: sql`${licenseTerms.via} = 'renewal_order' and excluded.via = 'renewal_order'`,
    })
    .returning();
  if (row) return row;
  const recorded = await renewalOf(tx, ws.id, r.licenseId, r.renewsTermEnd);
  throw termAlreadyRenewed(recorded!, ws);
}
