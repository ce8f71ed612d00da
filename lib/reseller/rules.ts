import { localDate, startOfLocalDay } from "@/lib/clock/rules";
import { EXPIRING_WITHIN_DAYS, isExpiring } from "@/lib/licenses/rules";
import { daysBetween } from "@/lib/renewal/window";

/**
 * Online renewal (seed 004, Kaspersky Business Hub), as plain functions of plain values.
 *
 * - Offered only when fewer than 30 days remain before expiry, measured between instants (29 days
 *   23 hours yes; 30 days no): the license is "expiring" (`isExpiring`, lib/licenses/rules.ts, the
 *   one meaning of the word), or has expired.
 * - Only for licenses bought in the web store; others are renewed through the partner.
 * - Not for licenses bought before the 8.0 release. The article says "before April 2019": we
 *   take 2019-04-01 (workspace-local date of purchase) as the release date, so a purchase on
 *   2019-03-31 is refused and one on 2019-04-01 accepted.
 * - Renewed before expiry, the new term starts where the old one ends and runs one calendar
 *   year, so the days that remained are added: new end = old end + 1 year.
 * - Renewed after expiry (no days remain), the new term starts at the beginning of the renewal
 *   day (workspace-local midnight) and runs one calendar year; the lapsed days are not given back.
 */
export const ONLINE_RENEWAL_DAYS = EXPIRING_WITHIN_DAYS;
export const RELEASE_8_0_DATE = "2019-04-01";
export const TERM_YEARS = 1;

export type RenewalBlock =
  /** Renewed already (by any path) for a term that has not started yet: shown as "renewed until …". */
  | "already_renewed"
  /** Replaced or cancelled: nothing left to renew. */
  | "not_active"
  /** Bought through a partner, an activation code or a request key: contact the partner. */
  | "not_web_store"
  /** Bought before the 8.0 release: may upgrade or downgrade instead. */
  | "before_8_0"
  /** 30 days or more remain. */
  | "too_early";

export type RenewableLicense = {
  source: string;
  state: string;
  purchasedAt: Date;
  termEnd: Date;
};

export type Eligibility = {
  eligible: boolean;
  /** Whole workspace-local days from today until the day the term ends (negative after expiry). */
  daysLeft: number;
  expired: boolean;
  /** Why online renewal is refused, most fundamental first; empty when eligible. */
  reasons: RenewalBlock[];
};

/** Calendar days left before a term ends, as the workspace's calendar reads them. */
export function daysLeft(termEnd: Date, now: Date, timeZone: string): number {
  return daysBetween(localDate(now, timeZone), localDate(termEnd, timeZone));
}

export function renewalEligibility(license: RenewableLicense, now: Date, timeZone: string, renewedUntil: Date | null = null): Eligibility {
  const left = daysLeft(license.termEnd, now, timeZone);
  const expired = now.getTime() >= license.termEnd.getTime();
  const reasons: RenewalBlock[] = [];
  if (renewedUntil) reasons.push("already_renewed");
  if (license.state === "replaced" || license.state === "cancelled") reasons.push("not_active");
  if (license.source !== "web_store") reasons.push("not_web_store");
  if (localDate(license.purchasedAt, timeZone) < RELEASE_8_0_DATE) reasons.push("before_8_0");
  // Renewed ahead, the license is bought beyond the renewal's end: "too early" would say nothing more.
  if (!expired && !isExpiring(license.termEnd, now) && !renewedUntil) reasons.push("too_early");
  return { eligible: reasons.length === 0, daysLeft: left, expired, reasons };
}

/** YYYY-MM-DD plus whole years; 29 February becomes 28 February in a common year. */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

/** A moment moved by whole calendar years in a time zone, keeping its local time of day. */
export function addLocalYears(at: Date, years: number, timeZone: string): Date {
  const day = localDate(at, timeZone);
  const sinceMidnight = at.getTime() - startOfLocalDay(day, timeZone).getTime();
  return new Date(startOfLocalDay(addYears(day, years), timeZone).getTime() + sinceMidnight);
}

export type RenewedTerm = {
  termStart: Date;
  termEnd: Date;
  /** Days of the old term carried into the new one (0 after expiry). */
  carriedDays: number;
  /** Length of the new term, from the renewal moment (before expiry) or its start (after). */
  totalDays: number;
};

export function renewedTerm(license: { termStart: Date; termEnd: Date }, now: Date, timeZone: string): RenewedTerm {
  if (now.getTime() < license.termEnd.getTime()) {
    const termEnd = addLocalYears(license.termEnd, TERM_YEARS, timeZone);
    return {
      termStart: license.termStart,
      termEnd,
      carriedDays: Math.max(0, daysLeft(license.termEnd, now, timeZone)),
      totalDays: daysLeft(termEnd, now, timeZone),
    };
  }
  const today = localDate(now, timeZone);
  const termStart = startOfLocalDay(today, timeZone);
  const termEnd = startOfLocalDay(addYears(today, TERM_YEARS), timeZone);
  return { termStart, termEnd, carriedDays: 0, totalDays: daysBetween(today, addYears(today, TERM_YEARS)) };
}

/** Renewal price: the per-seat yearly price times the license's seats. */
export function renewalAmount(unitAmountMinor: number, quantity: number): number {
  const total = unitAmountMinor * quantity;
  if (!Number.isSafeInteger(total)) throw new RangeError("renewal amount out of range");
  return total;
}

/** The workspace-local day on which online renewal starts being offered (the moment 30 days before the end). */
export function renewalOpensOn(termEnd: Date, timeZone: string): string {
  return localDate(new Date(termEnd.getTime() - ONLINE_RENEWAL_DAYS * 86_400_000), timeZone);
}
