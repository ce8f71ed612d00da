/**
 * Formatting for what a workspace shows: money in its currency, dates and times in its locale and
 * time zone. Plain functions (no React, no I/O), the same on the server and in the browser, so a
 * server-rendered value and its hydrated twin always agree.
 */

export type Dateish = Date | string | number;

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

function toDate(value: Dateish): Date {
  return value instanceof Date ? value : new Date(value);
}

/** How many minor units a currency has (PLN and EUR 2, JPY 0), as Intl knows it. */
export function currencyFractionDigits(currency: string): number {
  return numberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** An amount stored in minor units (grosze, cents, yen) in the currency's own format for `locale`. */
export function formatMoney(minor: number | bigint, currency: string, locale: string): string {
  const digits = currencyFractionDigits(currency);
  const major = Number(minor) / 10 ** digits;
  return numberFormat(locale, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(major);
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, options).format(value);
}

/** A moment as a calendar date where the workspace is (23:30 UTC is already tomorrow in Warsaw). */
export function formatDate(value: Dateish, locale: string, timeZone: string, style: "medium" | "long" | "short" = "medium"): string {
  return dateFormat(locale, { dateStyle: style, timeZone }).format(toDate(value));
}

/** A moment as date and time where the workspace is. */
export function formatDateTime(value: Dateish, locale: string, timeZone: string, options: { seconds?: boolean; zone?: boolean } = {}): string {
  return dateFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    ...(options.seconds ? { second: "2-digit" } : {}),
    ...(options.zone ? { timeZoneName: "short" } : {}),
    timeZone,
  }).format(toDate(value));
}

/**
 * A calendar date without a time ("2025-03-14", e.g. a contract anniversary, already in the
 * workspace's calendar): formatted as that very day, never shifted by a time zone.
 */
export function formatCalendarDate(isoDate: string, locale: string, style: "medium" | "long" | "short" = "medium"): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return dateFormat(locale, { dateStyle: style, timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}
