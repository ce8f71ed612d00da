import { describe, expect, it } from "vitest";
import { currencyFractionDigits, formatCalendarDate, formatDate, formatDateTime, formatMoney, formatNumber } from "./index";

/** Intl separates with (narrow) no-break spaces; compare with plain ones. */
const plain = (s: string) => s.replace(/\s/g, " ");

describe("formatMoney", () => {
  it("formats PLN in grosze for pl-PL", () => {
    expect(plain(formatMoney(123456, "PLN", "pl-PL"))).toBe("1234,56 zł");
    expect(plain(formatMoney(12345678, "PLN", "pl-PL"))).toBe("123 456,78 zł");
  });

  it("formats EUR in cents for de-DE", () => {
    expect(plain(formatMoney(123456, "EUR", "de-DE"))).toBe("1.234,56 €");
    expect(plain(formatMoney(5, "EUR", "de-DE"))).toBe("0,05 €");
  });

  it("treats JPY as having no minor unit", () => {
    expect(currencyFractionDigits("JPY")).toBe(0);
    expect(formatMoney(123456, "JPY", "ja-JP")).toMatch(/^[￥¥]123,456$/);
  });

  it("accepts bigint minor amounts", () => {
    expect(plain(formatMoney(100n, "EUR", "de-DE"))).toBe("1,00 €");
  });
});

describe("formatDate", () => {
  const lateEvening = new Date("2025-03-14T23:30:00Z");

  it("puts 23:30 UTC on the next day in Warsaw", () => {
    expect(formatDate(lateEvening, "pl-PL", "Europe/Warsaw")).toBe("15 mar 2025");
    expect(formatDate(lateEvening, "en-GB", "UTC")).toBe("14 Mar 2025");
  });

  it("shows the local time of the workspace", () => {
    expect(plain(formatDateTime(lateEvening, "pl-PL", "Europe/Warsaw"))).toBe("15 mar 2025, 00:30");
    expect(plain(formatDateTime(lateEvening, "de-DE", "Europe/Berlin"))).toBe("15. März 2025, 00:30");
  });

  it("never shifts a calendar date by a time zone", () => {
    expect(formatCalendarDate("2025-03-15", "de-DE")).toBe("15.03.2025");
    expect(formatCalendarDate("2025-01-01", "pl-PL")).toBe("1 sty 2025");
  });
});

describe("formatNumber", () => {
  it("groups digits the local way", () => {
    expect(plain(formatNumber(1234567, "pl-PL"))).toBe("1 234 567");
    expect(formatNumber(1234567, "de-DE")).toBe("1.234.567");
  });
});
