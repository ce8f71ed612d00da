/** A price row: a list price (no dates) or a special offer valid between two local dates. */
export type PriceRow = { unitAmountMinor: number; offerName: string | null; validFrom: string | null; validUntil: string | null };

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
