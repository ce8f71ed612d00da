import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { convertMinor, minorDigits, priceListFor, type PricedRow } from "./rules";
import { EXCHANGE_RATES, REFERENCE_CURRENCY } from "./rates";

const row = (currency: string, unitAmountMinor: number, offer: Partial<PricedRow> = {}): PricedRow => ({ currency, unitAmountMinor, offerName: null, validFrom: null, validUntil: null, ...offer });

describe("price list fallback", () => {
  it("uses the workspace currency's own rows when there are any, unconverted", () => {
    const list = priceListFor("PLN", [row("PLN", 359900), row("EUR", 83900)]);
    expect(list).toEqual({ currency: "PLN", rows: [{ unitAmountMinor: 359900, offerName: null, validFrom: null, validUntil: null }], converted: null });
  });

  it("converts the reference currency's rows, offers included, at the stored rate, rounded up to a whole unit", () => {
    const rows = [row("EUR", 83900), row("EUR", 79900, { offerName: "Winter", validFrom: "2026-12-01", validUntil: "2026-12-31" }), row("PLN", 1)];
    const nzd = priceListFor("NZD", rows, { NZD: 2.026 }, "2025-11-28");
    // 839.00 × 2.026 = 1699.814 → 1700.00; 799.00 × 2.026 = 1618.774 → 1619.00
    expect(nzd).toEqual({
      currency: "NZD",
      rows: [
        { unitAmountMinor: 170000, offerName: null, validFrom: null, validUntil: null },
        { unitAmountMinor: 161900, offerName: "Winter", validFrom: "2026-12-01", validUntil: "2026-12-31" },
      ],
      converted: { from: "EUR", rate: 2.026, asOf: "2025-11-28" },
    });
  });

  it("respects the currency's minor unit: JPY has none, KWD three", () => {
    expect(minorDigits("JPY")).toBe(0);
    expect(minorDigits("PLN")).toBe(2);
    expect(minorDigits("KWD")).toBe(3);
    expect(convertMinor(83900, 181.1, "EUR", "JPY")).toBe(151943); // 839 × 181.1 = 151942.9 → 151943
    expect(convertMinor(83900, 0.3, "EUR", "KWD")).toBe(252000); // 251.7 → 252.000
    expect(convertMinor(2990, 4.233, "EUR", "PLN")).toBe(12700); // 29.90 × 4.233 = 126.5667 → 127.00
  });

  it("does not round an exact product up by float noise", () => {
    expect(convertMinor(10000, 1.1, "EUR", "USD")).toBe(11000); // 100 × 1.1 = 110.00000000000001 in floats
  });

  it("quotes in the reference currency when the workspace's currency has no stored rate", () => {
    expect(priceListFor("XOF", [row("EUR", 83900)])).toEqual({ currency: "EUR", rows: [{ unitAmountMinor: 83900, offerName: null, validFrom: null, validUntil: null }], converted: null });
  });

  it("has no list when the product has neither the currency's nor the reference currency's rows", () => {
    expect(priceListFor("NZD", [row("PLN", 359900)])).toBeNull();
    expect(priceListFor("NZD", [])).toBeNull();
  });

  it("a converted price is never below the reference price at the rate (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(...Object.keys(EXCHANGE_RATES.perEur)), (minor, currency) => {
        const rate = EXCHANGE_RATES.perEur[currency];
        const out = convertMinor(minor, rate, REFERENCE_CURRENCY, currency);
        const exact = (minor / 100) * rate * 10 ** minorDigits(currency);
        expect(out).toBeGreaterThanOrEqual(Math.floor(exact * (1 - 1e-12)));
        expect(out - exact).toBeLessThan(10 ** minorDigits(currency) + 1e-6 * exact + 1);
        expect(out % 10 ** minorDigits(currency)).toBe(0);
      }),
    );
  });

  it("every stored rate is a currency Intl knows, positive, dated", () => {
    const known = new Set(Intl.supportedValuesOf("currency"));
    expect(EXCHANGE_RATES.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const [c, r] of Object.entries(EXCHANGE_RATES.perEur)) {
      expect(known.has(c), c).toBe(true);
      expect(r, c).toBeGreaterThan(0);
    }
  });
});
