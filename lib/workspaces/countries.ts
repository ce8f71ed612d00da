import ct from "countries-and-timezones";
import countryToCurrency from "country-to-currency";
import { z } from "zod";
import { v } from "@/lib/i18n/validation";

/**
 * A workspace's currency, locale and default time zone follow from its country, as prices in
 * the Business Hub follow the customer's country. Every ISO 3166-1 country is offered, from
 * maintained data rather than a hand-typed table:
 *
 * - the country's IANA zones: `countries-and-timezones` (zone1970.tab of the IANA database, which
 *   also lists a zone a country shares, e.g. Europe/Zurich for Büsingen in Germany), kept to the
 *   zones this runtime's ICU knows, so every zone offered can format a date;
 * - the currency: `country-to-currency` (ISO 4217 default currency per country);
 * - the names: `Intl.DisplayNames` in the reader's language (lib/format/display-names);
 * - the locale of formats: CLDR's likely language of the country (`Intl.Locale("und-CC").maximize()`,
 *   e.g. PL → pl-PL, CH → de-CH, US → en-US), or `en-CC` when the runtime cannot format it.
 *
 * The default zone is the capital's. The IANA data names no capital, so for the few countries
 * with more than one zone of their own the capital's zone is written below (a test fails when the
 * data gains such a country without an entry); a country with one zone of its own takes it, and
 * one that only shares another's zone takes its own alias of it (Liechtenstein: Europe/Vaduz,
 * the same rules as Europe/Zurich), offered beside the shared one.
 * Countries without any zone (Heard and McDonald Islands, uninhabited) are not offered.
 */
const CAPITAL_ZONES: Readonly<Record<string, string>> = {
  AR: "America/Argentina/Buenos_Aires",
  AU: "Australia/Sydney", // Canberra
  BR: "America/Sao_Paulo", // Brasília
  CA: "America/Toronto", // Ottawa
  CL: "America/Santiago",
  CN: "Asia/Shanghai", // Beijing
  CY: "Asia/Nicosia",
  EC: "America/Guayaquil", // Quito
  ES: "Europe/Madrid",
  GL: "America/Nuuk",
  ID: "Asia/Jakarta",
  KI: "Pacific/Tarawa",
  KZ: "Asia/Almaty", // Astana
  MN: "Asia/Ulaanbaatar",
  MX: "America/Mexico_City",
  NZ: "Pacific/Auckland", // Wellington
  PF: "Pacific/Tahiti", // Papeete
  PG: "Pacific/Port_Moresby",
  PS: "Asia/Hebron", // Ramallah
  PT: "Europe/Lisbon",
  RU: "Europe/Moscow",
  US: "America/New_York", // Washington
  UZ: "Asia/Tashkent",
};

/** Antarctica has zones of its own but no capital: its first zone stands. */
export const NO_CAPITAL = new Set(["AQ"]);

export type CountryCode = string;
export type CountryDefaults = { currency: string; locale: string; timeZone: string };

function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** zone1970.tab's first country of a zone: the one whose zone it is (others share it). */
function firstCountryOf(zone: string): string | undefined {
  return ct.getTimezone(zone as Parameters<typeof ct.getTimezone>[0])?.countries[0];
}

/** The deprecated IANA names (links) that belong to this country alone and read as Area/City. */
function aliasesOf(code: string): string[] {
  const all = ct.getCountry(code as Parameters<typeof ct.getCountry>[0], { deprecated: true })?.timezones ?? [];
  return all.filter((z) => /^[A-Z][a-z]+\/[A-Za-z_]+$/.test(z) && !z.startsWith("US/") && ct.getTimezone(z)?.countries.join() === code && knownZone(z));
}

function localeOf(code: string): string {
  try {
    const likely = new Intl.Locale(`und-${code}`).maximize();
    const tag = `${likely.language}-${code}`;
    if (likely.language !== "und" && Intl.NumberFormat.supportedLocalesOf([tag]).length > 0) return tag;
  } catch {
    // an unknown region: fall through to English formats of the country
  }
  return `en-${code}`;
}

/** The zones a country uses, as the data lists them (alphabetical). */
export function countryZones(code: string): readonly string[] {
  return TABLE.get(code)?.zones ?? [];
}

/** Zones the country does not merely share with another whose zone it is (zone1970.tab's first country). */
export function ownZones(code: string): string[] {
  return countryZones(code).filter((z) => firstCountryOf(z) === code);
}

function build(): Map<string, CountryDefaults & { zones: readonly string[] }> {
  const out = new Map<string, CountryDefaults & { zones: readonly string[] }>();
  const currencies = countryToCurrency as Record<string, string>;
  for (const c of Object.values(ct.getAllCountries())) {
    const shared: readonly string[] = c.timezones.filter(knownZone);
    const currency = currencies[c.id];
    if (shared.length === 0 || !currency) continue;
    let own = shared.filter((z) => firstCountryOf(z) === c.id);
    // A country that only shares another's zone still has its own name for it in the IANA
    // database (an alias: Africa/Dakar of Africa/Abidjan, Europe/Vaduz of Europe/Zurich): offer it first.
    if (own.length === 0) own = aliasesOf(c.id);
    const zones = [...own.filter((z) => !shared.includes(z)), ...shared];
    const capital = CAPITAL_ZONES[c.id];
    const timeZone = capital && zones.includes(capital) ? capital : own.length === 1 ? own[0] : (own[0] ?? zones[0]);
    out.set(c.id, { currency, locale: localeOf(c.id), timeZone, zones });
  }
  return out;
}

const TABLE = build();

/** Every offered country's ISO 3166-1 alpha-2 code, alphabetical. */
export const COUNTRY_CODES: readonly string[] = [...TABLE.keys()].sort();

export function isCountryCode(code: string): code is CountryCode {
  return TABLE.has(code);
}

export function countryDefaults(code: CountryCode): CountryDefaults {
  const c = TABLE.get(code);
  if (!c) throw new Error(`not an offered country: ${code}`);
  return { currency: c.currency, locale: c.locale, timeZone: c.timeZone };
}

/** A time zone a workspace of the country may take: one of the country's zones (documented in the API). */
export function isCountryZone(code: string, zone: string): boolean {
  return countryZones(code).includes(zone);
}

/** A country field of an API or form: any offered ISO 3166-1 alpha-2 code, any case. */
export const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, v("country_code"))
  .describe("ISO 3166-1 alpha-2 country code, e.g. PL, DE, NZ: the currency, the formats and the default time zone follow from it.");

/** A time zone field: an IANA zone; whether it is one of the country's is `checkCountryZone`'s part. */
export const timeZoneSchema = z
  .string()
  .trim()
  .refine(knownZone, v("time_zone"))
  .describe("IANA time zone, one of the country's zones (e.g. Europe/Warsaw for PL, Pacific/Auckland for NZ); defaults to the capital's.");

/**
 * The chosen zone must be one of the country's (a Polish workspace in Europe/Warsaw, not in
 * America/New_York): a workspace's dates are its country's, and a typo of a real zone is caught.
 */
export function checkCountryZone(value: { country: string; timeZone?: string | undefined }, ctx: z.RefinementCtx): void {
  if (value.timeZone === undefined || !isCountryCode(value.country) || !knownZone(value.timeZone)) return;
  if (!isCountryZone(value.country, value.timeZone)) ctx.addIssue({ code: "custom", path: ["timeZone"], message: v("time_zone_of_country") });
}
