/**
 * A license's state follows from its terms and the workspace clock (seed 003: "a license's state
 * follows from its terms and the workspace clock, everywhere"). The stored state records only
 * what time cannot tell: replaced by an activation code, cancelled, a provisional key not yet
 * final, a subscription ended when its window closed. Plain functions: no I/O. The SQL twin for
 * lists, filters and sorts is `licenseStateSql` in ./state.ts, built from the same constants.
 */

/** What the database stores. */
export const STORED_LICENSE_STATES = ["active", "provisional", "expired", "replaced", "cancelled"] as const;
export type StoredLicenseState = (typeof STORED_LICENSE_STATES)[number];

/** What every view, filter, the API and e-mails show. */
export const LICENSE_STATES = ["active", "expiring", "expired", "replaced", "provisional", "cancelled"] as const;
export type LicenseState = (typeof LICENSE_STATES)[number];

/** A license ending within this many days (measured between instants) is "expiring". */
export const EXPIRING_WITHIN_DAYS = 30;
const DAY_MS = 86_400_000;

export type LicenseTerms = { state: StoredLicenseState; termEnd: Date; replacedById?: string | null };

/**
 * The license's state at `now` (the workspace's clock):
 * replaced and cancelled stay so; a license whose term has ended (its end instant reached) is
 * expired, whatever was stored; a provisional key is provisional until then; a license ending
 * in fewer than 30 days is expiring; otherwise active.
 */
export function licenseStateAt(l: LicenseTerms, now: Date): LicenseState {
  if (l.state === "replaced" || l.replacedById) return "replaced";
  if (l.state === "cancelled") return "cancelled";
  if (l.state === "expired" || l.termEnd.getTime() <= now.getTime()) return "expired";
  if (l.state === "provisional") return "provisional";
  if (l.termEnd.getTime() - now.getTime() < EXPIRING_WITHIN_DAYS * DAY_MS) return "expiring";
  return "active";
}

/** The states of a license that grants use now (a live license). */
export const LIVE_LICENSE_STATES = ["active", "expiring", "provisional"] as const satisfies readonly LicenseState[];
