/**
 * Renewal-window and seat arithmetic for the Overview (seed 003). Plain functions over plain
 * values: no I/O, so tests call them directly. Calendar dates are ISO strings ("2025-03-14") in
 * the workspace's own calendar; "today" comes from the workspace clock, read in its time zone.
 */

const DAY_MS = 86_400_000;

/** The workspace-local calendar date of a moment, as "YYYY-MM-DD". */
export function calendarDateIn(moment: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(moment);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** Calendar arithmetic on ISO dates (no time zone involved: a day is a day). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

export type RenewalWindow = {
  anniversary: string;
  /** First day of the window. */
  opensOn: string;
  /** Last day of the window: it closes at the workspace's midnight that ends this day. */
  closesOn: string;
};

export function renewalWindow(anniversary: string, opensDaysBefore: number, closesDaysAfter: number): RenewalWindow {
  return { anniversary, opensOn: addDays(anniversary, -opensDaysBefore), closesOn: addDays(anniversary, closesDaysAfter) };
}

export type WindowPhase = "before" | "open" | "closed";

/** Where `today` falls: before the window, inside it (both ends included), or after it. */
export function windowPhase(w: RenewalWindow, today: string): WindowPhase {
  if (today < w.opensOn) return "before";
  if (today > w.closesOn) return "closed";
  return "open";
}

export type SeatFigures = { used: number; purchased: number; renewed: number; unpaid: number; noAccess: number };

export type SeatSummary = {
  used: number;
  /** During the window: seats bought for the coming term; otherwise paid seats of this term. */
  purchased: number;
  /** Assigned seats not yet renewed; only inside the window and only when positive, else null. */
  needsRenewal: number | null;
  /** Seats ordered via Add licenses / Add products and not yet paid; shown whenever positive. */
  paymentRequired: number;
  noAccess: number;
};

export function seatSummary(seats: SeatFigures, inWindow: boolean): SeatSummary {
  const purchased = inWindow ? seats.renewed : seats.purchased;
  const shortage = Math.max(0, seats.used - purchased);
  return {
    used: seats.used,
    purchased,
    needsRenewal: inWindow && shortage > 0 ? shortage : null,
    paymentRequired: Math.max(0, seats.unpaid),
    noAccess: Math.max(0, seats.noAccess),
  };
}
