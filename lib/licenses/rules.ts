/**
 * A license's state follows from its terms and the workspace clock (seed 003: "a license's state
 * follows from its terms and the workspace clock, everywhere"). The stored state records only
 * what time cannot tell: replaced by an activation code, cancelled, a provisional key not yet
 * final, seats taken back when its term ended (a window's close, the end of a term no window
 * judges). Plain functions: no I/O. The SQL twins for lists, filters and sorts are in ./state.ts,
 * built from the same constants; tests/db/license-time.test.ts proves them equal over many cases.
 */

/** What the database stores. */
export const STORED_LICENSE_STATES = ["active", "provisional", "expired", "replaced", "cancelled"] as const;
export type StoredLicenseState = (typeof STORED_LICENSE_STATES)[number];

/** What every view, filter, the API and e-mails show. */
export const LICENSE_STATES = ["active", "expiring", "expired", "replaced", "provisional", "cancelled"] as const;
export type LicenseState = (typeof LICENSE_STATES)[number];

/**
 * "Expiring" has one meaning everywhere (license states, the reseller's "expiring soon" count,
 * online renewal being offered): the license's end is fewer than 30 days away, measured between
 * instants (29 days 23 hours is fewer than 30 days; 30 days is not), and not reached yet.
 */
export const EXPIRING_WITHIN_DAYS = 30;
const DAY_MS = 86_400_000;

export function isExpiring(end: Date, now: Date): boolean {
  const left = end.getTime() - now.getTime();
  return left > 0 && left < EXPIRING_WITHIN_DAYS * DAY_MS;
}

/** A term of the ledger: a renewal names the term end it renews; the first term does not. */
export type RenewalTerm = { termStart: Date; termEnd: Date; renewsTermEnd: Date | null };

/**
 * Until when the license is bought, at `now`: its own term's end, or the end of a renewal (any
 * path) that takes over where that term ends or has started by now. A renewal order's term
 * reaches the license row only when the window closes; the ledger says it is renewed from the
 * anniversary on. A term is renewed once, so one renewal beyond the row's end is all there is.
 */
export function coveredUntil(termEnd: Date, terms: readonly RenewalTerm[], now: Date): Date {
  const reach = Math.max(termEnd.getTime(), now.getTime());
  let end = termEnd.getTime();
  for (const r of terms) {
    if (r.renewsTermEnd !== null && r.termStart.getTime() <= reach && r.termEnd.getTime() > end) end = r.termEnd.getTime();
  }
  return new Date(end);
}

export type LicenseTerms = { state: StoredLicenseState; termEnd: Date; replacedById?: string | null };

/**
 * The license's state at `now` (the workspace's clock), with the renewals the ledger holds for it:
 * replaced and cancelled stay so; a license whose bought time (`coveredUntil`) has ended is
 * expired, whatever was stored, and so is one whose seats were taken back; a provisional key is
 * provisional until then; an expiring one is expiring; otherwise active.
 */
export function licenseStateAt(l: LicenseTerms, now: Date, terms: readonly RenewalTerm[] = []): LicenseState {
  if (l.state === "replaced" || l.replacedById) return "replaced";
  if (l.state === "cancelled") return "cancelled";
  const end = coveredUntil(l.termEnd, terms, now);
  if (l.state === "expired" || end.getTime() <= now.getTime()) return "expired";
  if (l.state === "provisional") return "provisional";
  if (isExpiring(end, now)) return "expiring";
  return "active";
}

/** The states of a license that grants use now (a live license). */
export const LIVE_LICENSE_STATES = ["active", "expiring", "provisional"] as const satisfies readonly LicenseState[];
