/**
 * A workspace's currency, locale and default time zone follow from its country, as prices in
 * the Business Hub follow the customer's country. Only countries we sell in are listed.
 */
export const COUNTRIES = {
  PL: { name: "Poland", currency: "PLN", locale: "pl-PL", timeZone: "Europe/Warsaw" },
  DE: { name: "Germany", currency: "EUR", locale: "de-DE", timeZone: "Europe/Berlin" },
  AT: { name: "Austria", currency: "EUR", locale: "de-AT", timeZone: "Europe/Vienna" },
  CH: { name: "Switzerland", currency: "CHF", locale: "de-CH", timeZone: "Europe/Zurich" },
  FR: { name: "France", currency: "EUR", locale: "fr-FR", timeZone: "Europe/Paris" },
  GB: { name: "United Kingdom", currency: "GBP", locale: "en-GB", timeZone: "Europe/London" },
  US: { name: "United States", currency: "USD", locale: "en-US", timeZone: "America/New_York" },
  JP: { name: "Japan", currency: "JPY", locale: "ja-JP", timeZone: "Asia/Tokyo" },
} as const;

export type CountryCode = keyof typeof COUNTRIES;

export function isCountryCode(code: string): code is CountryCode {
  return Object.hasOwn(COUNTRIES, code);
}

export function countryDefaults(code: CountryCode) {
  return COUNTRIES[code];
}
