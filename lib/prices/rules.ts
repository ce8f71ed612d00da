/**
 * Which price list a quote uses (plain functions, no I/O). A product has list prices and offers
 * per currency (`prices`); a workspace is quoted in its country's currency. When the product has
 * no row in that currency, the reference currency's rows (EUR) are converted at the stored rate
 * (lib/prices/rates.ts) and rounded up to a whole unit of the currency (so converted prices read
 * as list prices do, 1 235 zł rather than 1 234,57 zł, and never undercut the reference price);
 * when the currency has no stored rate, the quote is in the reference currency itself. So a quote
 * fails for lack of a price only when the product has no reference-currency row either.
 */
import type { PriceRow } from "@/lib/orders/rules";
import { EXCHANGE_RATES, REFERENCE_CURRENCY } from "./rates";

export type PricedRow = PriceRow & { currency: string };

export type PriceList = {
  currency: string;
  rows: PriceRow[];
  /** Set when the rows were converted from the reference currency: the rate and its date. */
  converted: { from: string; rate: number; asOf: string } | null;
};

/** Digits after the decimal point of a currency's minor unit (JPY 0, PLN 2, KWD 3), per ISO 4217 through Intl. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * An amount in the reference currency's minor units converted to `currency`'s minor units at
 * `rate` (units of `currency` per reference unit), rounded up to a whole unit of `currency`.
 */
export function convertMinor(amountMinor: number, rate: number, fromCurrency: string, toCurrency: string): number {
  if (!(rate > 0) || !Number.isSafeInteger(amountMinor) || amountMinor < 0) throw new RangeError("bad conversion");
  const major = (amountMinor / 10 ** minorDigits(fromCurrency)) * rate;
  // The rates have four significant digits: trim float noise before rounding up (4.233 × 839 = 3551.487 not 3551.4870000001).
  const whole = Math.ceil(Number(major.toPrecision(12)));
  const out = whole * 10 ** minorDigits(toCurrency);
  if (!Number.isSafeInteger(out)) throw new RangeError("converted amount out of range");
  return out;
}

/** The price list a workspace in `currency` is quoted from, or null when none can be made. */
export function priceListFor(currency: string, rows: PricedRow[], rates: Readonly<Record<string, number>> = EXCHANGE_RATES.perEur, asOf = EXCHANGE_RATES.asOf): PriceList | null {
  const strip = (r: PricedRow): PriceRow => ({ unitAmountMinor: r.unitAmountMinor, offerName: r.offerName, validFrom: r.validFrom, validUntil: r.validUntil });
  const own = rows.filter((r) => r.currency === currency);
  if (own.length > 0) return { currency, rows: own.map(strip), converted: null };
  const reference = rows.filter((r) => r.currency === REFERENCE_CURRENCY);
  if (reference.length === 0) return null;
  const rate = rates[currency];
  if (rate === undefined) return { currency: REFERENCE_CURRENCY, rows: reference.map(strip), converted: null };
  return {
    currency,
    rows: reference.map((r) => ({ ...strip(r), unitAmountMinor: convertMinor(r.unitAmountMinor, rate, REFERENCE_CURRENCY, currency) })),
    converted: { from: REFERENCE_CURRENCY, rate, asOf },
  };
}
