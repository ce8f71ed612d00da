import { describe, expect, it } from "vitest";
import { effectivePrice, isQuote, orderTerm, previousAnniversary, proratedAmount, quoteOrder, type PriceRow } from "./rules";

const list = (unit: number): PriceRow => ({ unitAmountMinor: unit, offerName: null, validFrom: null, validUntil: null });
const offer = (unit: number, from: string, until: string, name = "Spring offer"): PriceRow => ({ unitAmountMinor: unit, offerName: name, validFrom: from, validUntil: until });
const contract = { anniversary: "2026-06-30", opensDaysBefore: 30, closesDaysAfter: 30 };

describe("effectivePrice", () => {
  it("takes the list price, or a cheaper offer valid that local day (both ends inclusive)", () => {
    const rows = [list(10000), offer(8000, "2026-03-01", "2026-03-31")];
    expect(effectivePrice(rows, "2026-02-28")?.unitAmountMinor).toBe(10000);
    expect(effectivePrice(rows, "2026-03-01")?.unitAmountMinor).toBe(8000);
    expect(effectivePrice(rows, "2026-03-31")?.offerName).toBe("Spring offer");
    expect(effectivePrice(rows, "2026-04-01")?.unitAmountMinor).toBe(10000);
  });

  it("never takes a dearer offer, and has no price without rows", () => {
    expect(effectivePrice([list(10000), offer(12000, "2026-01-01", "2026-12-31")], "2026-05-05")?.unitAmountMinor).toBe(10000);
    expect(effectivePrice([], "2026-05-05")).toBeNull();
    expect(effectivePrice([offer(5000, "2026-01-01", "2026-01-31")], "2026-05-05")).toBeNull();
  });
});

describe("orderTerm", () => {
  it("add licenses co-terminates with the contract year and is charged by the days left", () => {
    expect(orderTerm("add_licenses", "2026-03-02", contract)).toEqual({ start: "2026-03-02", end: "2026-06-30", chargedDays: 120, yearDays: 365 });
  });

  it("after the anniversary (window still open) the current year is the new one", () => {
    expect(orderTerm("add_products", "2026-07-10", contract)).toEqual({ start: "2026-07-10", end: "2027-06-30", chargedDays: 355, yearDays: 365 });
  });

  it("on the anniversary itself a full new year is charged", () => {
    expect(orderTerm("add_licenses", "2026-06-30", contract)).toMatchObject({ end: "2027-06-30", chargedDays: 365, yearDays: 365 });
  });

  it("without a contract: one year from today", () => {
    expect(orderTerm("add_products", "2027-02-28", null)).toEqual({ start: "2027-02-28", end: "2028-02-28", chargedDays: 365, yearDays: 365 });
    expect(orderTerm("add_products", "2027-03-01", null)).toMatchObject({ end: "2028-03-01", chargedDays: 366, yearDays: 366 });
  });

  it("renewal: the whole coming year, only inside the window (both ends inclusive)", () => {
    expect(orderTerm("renewal", "2026-05-30", contract)).toBeNull();
    expect(orderTerm("renewal", "2026-05-31", contract)).toEqual({ start: "2026-06-30", end: "2027-06-30", chargedDays: 365, yearDays: 365 });
    expect(orderTerm("renewal", "2026-07-30", contract)).toMatchObject({ start: "2026-06-30" });
    expect(orderTerm("renewal", "2026-07-31", contract)).toBeNull();
    expect(orderTerm("renewal", "2026-06-15", null)).toBeNull();
  });

  it("a leap day anniversary falls back to 28 February", () => {
    expect(previousAnniversary("2028-02-29")).toBe("2027-02-28");
    expect(previousAnniversary("2026-06-30")).toBe("2025-06-30");
  });
});

describe("proratedAmount", () => {
  it("charges quantity × unit × days / year, rounded half up once in minor units", () => {
    expect(proratedAmount(359900, 3, 365, 365)).toBe(1079700);
    expect(proratedAmount(359900, 3, 120, 365)).toBe(354970); // 354969.86 → 354970
    expect(proratedAmount(100, 1, 1, 365)).toBe(0); // 0.27 → 0
    expect(proratedAmount(365, 1, 1, 730)).toBe(1); // 0.5 → 1 (half up)
    expect(proratedAmount(1000, 7, 400, 365)).toBe(7000); // never more than a full year
  });

  it("refuses totals beyond safe integers", () => {
    expect(() => proratedAmount(Number.MAX_SAFE_INTEGER, 2, 1, 365)).toThrow(RangeError);
  });
});

describe("quoteOrder", () => {
  const prices = [list(359900), offer(299900, "2026-03-01", "2026-03-31", "March offer")];

  it("prices add licenses with the offer valid today, pro rata to the anniversary", () => {
    const q = quoteOrder({ kind: "add_licenses", quantity: 3, currency: "PLN", today: "2026-03-02", prices, contract });
    expect(q).toEqual({
      kind: "add_licenses",
      quantity: 3,
      currency: "PLN",
      unitAmountMinor: 299900,
      listUnitAmountMinor: 359900,
      offerName: "March offer",
      termStart: "2026-03-02",
      termEnd: "2026-06-30",
      chargedDays: 120,
      yearDays: 365,
      amountMinor: Math.round((3 * 299900 * 120) / 365),
    });
  });

  it("prices a renewal in full for the coming year, and refuses it outside the window", () => {
    const q = quoteOrder({ kind: "renewal", quantity: 5, currency: "PLN", today: "2026-06-20", prices, contract });
    expect(isQuote(q) && q.amountMinor).toBe(5 * 359900);
    expect(quoteOrder({ kind: "renewal", quantity: 5, currency: "PLN", today: "2026-03-02", prices, contract })).toEqual({ reason: "window_not_open" });
  });

  it("has no quote without a price in the currency", () => {
    expect(quoteOrder({ kind: "add_products", quantity: 1, currency: "EUR", today: "2026-03-02", prices: [], contract })).toEqual({ reason: "no_price" });
  });
});
