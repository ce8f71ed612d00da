/**
 * Order pricing and terms (seeds 003 and 004): plain functions, no I/O. Calendar dates are ISO
 * strings ("2026-03-14") in the workspace's own calendar; money is integer minor units.
 */
import { daysBetween, renewalWindow, windowPhase } from "@/lib/renewal/window";
import { nextAnniversary } from "@/lib/renewal/rules";

/** A price row: a list price (no dates) or a special offer valid between two local dates. */
export type PriceRow = { unitAmountMinor: number; offerName: string | null; validFrom: string | null; validUntil: string | null };

export type OrderKind = "add_licenses" | "add_products" | "renewal";

/**
 * The price a workspace pays on a local date: the lowest of the list price and any offer valid
 * that day (both ends inclusive). Null when the product has no price in that currency.
 */
export function effectivePrice(rows: PriceRow[], onDate: string): PriceRow | null {
  const valid = rows.filter((r) => (!r.validFrom || r.validFrom <= onDate) && (!r.validUntil || onDate <= r.validUntil));
  return valid.reduce<PriceRow | null>((best, r) => (!best || r.unitAmountMinor < best.unitAmountMinor ? r : best), null);
}

export function orderTotal(unitAmountMinor: number, quantity: number): number {
  const total = unitAmountMinor * quantity;
  if (!Number.isSafeInteger(total)) throw new RangeError("order total out of range");
  return total;
}

/** The contract the order's term follows: its (next) anniversary and its window. */
export type ContractTerms = { anniversary: string; opensDaysBefore: number; closesDaysAfter: number };

/**
 * The term an order buys, as local calendar dates [start, end) and the days it is charged for.
 *
 * - renewal: the whole coming contract year, anniversary → next anniversary, charged in full;
 *   only while the renewal window is open (null otherwise).
 * - add_licenses / add_products with a contract: from today to the end of the current contract
 *   year (co-terminous, as Adobe VIP and Kaspersky do), charged pro rata by days. Once the
 *   anniversary has passed (the window is still open) the current year is the new one.
 * - no contract: one full year from today.
 */
export type OrderTerm = { start: string; end: string; chargedDays: number; yearDays: number };

export function orderTerm(kind: OrderKind, today: string, contract: ContractTerms | null): OrderTerm | null {
  if (kind === "renewal") {
    if (!contract) return null;
    const w = renewalWindow(contract.anniversary, contract.opensDaysBefore, contract.closesDaysAfter);
    if (windowPhase(w, today) !== "open") return null;
    const end = nextAnniversary(contract.anniversary);
    const days = daysBetween(contract.anniversary, end);
    return { start: contract.anniversary, end, chargedDays: days, yearDays: days };
  }
  if (!contract) {
    const end = nextAnniversary(today);
    const days = daysBetween(today, end);
    return { start: today, end, chargedDays: days, yearDays: days };
  }
  // The contract year that contains today.
  let end = contract.anniversary;
  while (end <= today) end = nextAnniversary(end);
  const start = previousAnniversary(end);
  const yearDays = daysBetween(start, end);
  return { start: today, end, chargedDays: Math.max(1, daysBetween(today, end)), yearDays };
}

/** The same calendar day a year earlier (29 February becomes 28 February). */
export function previousAnniversary(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/**
 * quantity × unit × chargedDays / yearDays, rounded once, half up, to a whole minor unit (the
 * integer product stays exact below 2^53: 10^7 minor × 10^5 seats × 366 days ≈ 3.7·10^14).
 */
export function proratedAmount(unitAmountMinor: number, quantity: number, chargedDays: number, yearDays: number): number {
  if (yearDays <= 0 || chargedDays < 0) throw new RangeError("bad term");
  const full = orderTotal(unitAmountMinor, quantity);
  if (chargedDays >= yearDays) return full;
  const numerator = full * chargedDays;
  if (!Number.isSafeInteger(numerator)) throw new RangeError("order total out of range");
  return Math.floor((2 * numerator + yearDays) / (2 * yearDays));
}

export type Quote = {
  kind: OrderKind;
  quantity: number;
  currency: string;
  /** Per seat per year, after any special offer. */
  unitAmountMinor: number;
  listUnitAmountMinor: number;
  offerName: string | null;
  termStart: string;
  termEnd: string;
  chargedDays: number;
  yearDays: number;
  amountMinor: number;
};

export type QuoteRefusal = { reason: "no_price" } | { reason: "window_not_open" };

/** The whole price rule: effective unit price on today's local date, term, proration, rounding. */
export function quoteOrder(input: {
  kind: OrderKind;
  quantity: number;
  currency: string;
  today: string;
  prices: PriceRow[];
  contract: ContractTerms | null;
}): Quote | QuoteRefusal {
  const term = orderTerm(input.kind, input.today, input.contract);
  if (!term) return { reason: "window_not_open" };
  // A renewal is priced on the day it is ordered, like any order.
  const price = effectivePrice(input.prices, input.today);
  if (!price) return { reason: "no_price" };
  const list = effectivePrice(input.prices.filter((p) => !p.validFrom && !p.validUntil && !p.offerName), input.today);
  return {
    kind: input.kind,
    quantity: input.quantity,
    currency: input.currency,
    unitAmountMinor: price.unitAmountMinor,
    listUnitAmountMinor: list?.unitAmountMinor ?? price.unitAmountMinor,
    offerName: price.offerName,
    termStart: term.start,
    termEnd: term.end,
    chargedDays: term.chargedDays,
    yearDays: term.yearDays,
    amountMinor: proratedAmount(price.unitAmountMinor, input.quantity, term.chargedDays, term.yearDays),
  };
}

export function isQuote(q: Quote | QuoteRefusal): q is Quote {
  return !("reason" in q);
}

