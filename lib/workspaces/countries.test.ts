import { describe, expect, it } from "vitest";
import { COUNTRIES, countryDefaults, isCountryCode } from "./countries";

describe("countries", () => {
  it("derives currency, locale and time zone from the country", () => {
    expect(countryDefaults("PL")).toMatchObject({ currency: "PLN", locale: "pl-PL", timeZone: "Europe/Warsaw" });
    expect(countryDefaults("DE")).toMatchObject({ currency: "EUR", locale: "de-DE", timeZone: "Europe/Berlin" });
    expect(countryDefaults("CH").currency).toBe("CHF");
    expect(countryDefaults("GB").currency).toBe("GBP");
  });

  it("recognises only listed ISO codes, exactly", () => {
    expect(isCountryCode("PL")).toBe(true);
    expect(isCountryCode("pl")).toBe(false);
    expect(isCountryCode("XX")).toBe(false);
    expect(isCountryCode("")).toBe(false);
    // Not fooled by Object.prototype.
    expect(isCountryCode("toString")).toBe(false);
    expect(isCountryCode("__proto__")).toBe(false);
  });

  it("every entry is well-formed: ISO codes, a locale of that country, a time zone Intl knows", () => {
    for (const [code, c] of Object.entries(COUNTRIES)) {
      expect(code, code).toMatch(/^[A-Z]{2}$/);
      expect(c.currency, code).toMatch(/^[A-Z]{3}$/);
      expect(c.locale.endsWith(`-${code}`), `${code} locale ${c.locale}`).toBe(true);
      expect(Intl.supportedValuesOf("currency"), code).toContain(c.currency);
      expect(() => new Intl.DateTimeFormat("en", { timeZone: c.timeZone }), `${code} ${c.timeZone}`).not.toThrow();
      expect(new Intl.NumberFormat(c.locale, { style: "currency", currency: c.currency }).format(1)).toBeTruthy();
    }
  });
});
