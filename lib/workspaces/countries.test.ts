import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, countryDefaults, countryZones, isCountryCode, isCountryZone, NO_CAPITAL, ownZones } from "./countries";

describe("countries", () => {
  it("derives currency, locale and time zone from the country", () => {
    expect(countryDefaults("PL")).toEqual({ currency: "PLN", locale: "pl-PL", timeZone: "Europe/Warsaw" });
    expect(countryDefaults("DE")).toEqual({ currency: "EUR", locale: "de-DE", timeZone: "Europe/Berlin" });
    expect(countryDefaults("CH")).toEqual({ currency: "CHF", locale: "de-CH", timeZone: "Europe/Zurich" });
    expect(countryDefaults("GB").currency).toBe("GBP");
    expect(countryDefaults("JP")).toEqual({ currency: "JPY", locale: "ja-JP", timeZone: "Asia/Tokyo" });
    expect(countryDefaults("IN")).toMatchObject({ currency: "INR", timeZone: "Asia/Kolkata" });
    expect(countryDefaults("NZ")).toMatchObject({ currency: "NZD", locale: "en-NZ", timeZone: "Pacific/Auckland" });
  });

  it("defaults to the capital's zone, not the data's alphabetical first", () => {
    expect(countryDefaults("US").timeZone).toBe("America/New_York");
    expect(countryDefaults("AU").timeZone).toBe("Australia/Sydney");
    expect(countryDefaults("RU").timeZone).toBe("Europe/Moscow");
    expect(countryDefaults("ES").timeZone).toBe("Europe/Madrid");
    // Liechtenstein and Senegal only share another's zone: their own alias of it is the default, the shared one offered too.
    expect(countryDefaults("LI").timeZone).toBe("Europe/Vaduz");
    expect(countryZones("LI")).toEqual(["Europe/Vaduz", "Europe/Zurich"]);
    expect(countryDefaults("SN").timeZone).toBe("Africa/Dakar");
    // A country with its own zone gets no old spellings (Asia/Calcutta) or legacy names (Poland).
    expect(countryZones("IN")).toEqual(["Asia/Kolkata"]);
    expect(countryZones("PL")).toEqual(["Europe/Warsaw"]);
  });

  it("names a capital zone for every country with several zones of its own (a data update cannot pick one silently)", () => {
    for (const code of COUNTRY_CODES) {
      if (ownZones(code).length > 1 && !NO_CAPITAL.has(code)) {
        expect(ownZones(code), code).toContain(countryDefaults(code).timeZone);
      }
    }
  });

  it("offers every ISO 3166-1 country that has a zone", () => {
    expect(COUNTRY_CODES.length).toBeGreaterThan(240);
    expect(COUNTRY_CODES).toEqual([...COUNTRY_CODES].sort());
  });

  it("recognises only offered ISO codes, exactly", () => {
    expect(isCountryCode("PL")).toBe(true);
    expect(isCountryCode("NZ")).toBe(true);
    expect(isCountryCode("pl")).toBe(false);
    expect(isCountryCode("XX")).toBe(false);
    expect(isCountryCode("HM")).toBe(false); // no zone at all
    expect(isCountryCode("")).toBe(false);
    expect(isCountryCode("toString")).toBe(false);
    expect(isCountryCode("__proto__")).toBe(false);
  });

  it("a country's zones are its own list: Germany includes Büsingen's Zurich, not Warsaw", () => {
    expect(isCountryZone("DE", "Europe/Berlin")).toBe(true);
    expect(isCountryZone("DE", "Europe/Zurich")).toBe(true);
    expect(isCountryZone("DE", "Europe/Warsaw")).toBe(false);
    expect(isCountryZone("US", "America/Los_Angeles")).toBe(true);
    expect(isCountryZone("XX", "Europe/Berlin")).toBe(false);
  });

  it("every entry is well-formed: a currency Intl formats, a locale of that country, zones Intl knows", () => {
    const currencies = new Set(Intl.supportedValuesOf("currency"));
    for (const code of COUNTRY_CODES) {
      const c = countryDefaults(code);
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(currencies.has(c.currency), `${code} ${c.currency}`).toBe(true);
      expect(c.locale.endsWith(`-${code}`), `${code} locale ${c.locale}`).toBe(true);
      expect(countryZones(code), code).toContain(c.timeZone);
      for (const z of countryZones(code)) expect(() => new Intl.DateTimeFormat("en", { timeZone: z }), `${code} ${z}`).not.toThrow();
      expect(new Intl.NumberFormat(c.locale, { style: "currency", currency: c.currency }).format(1)).toBeTruthy();
    }
  });
});
