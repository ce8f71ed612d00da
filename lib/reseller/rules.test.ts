import { describe, expect, it } from "vitest";
import { startOfLocalDay } from "@/lib/clock/rules";
import {
  addLocalYears,
  addYears,
  daysLeft,
  renewalAmount,
  renewalEligibility,
  renewedTerm,
  RELEASE_8_0_DATE,
  renewalOpensOn,
} from "./rules";

const WAW = "Europe/Warsaw";
const at = (iso: string) => new Date(iso);
/** Local midnight in Warsaw starting the given day. */
const waw = (day: string) => startOfLocalDay(day, WAW);

const base = { source: "web_store", state: "active", purchasedAt: at("2024-05-01T10:00:00Z") };

describe("online renewal eligibility", () => {
  const now = at("2026-04-01T10:00:00Z"); // 12:00 in Warsaw, 1 April

  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;

  it.each([
    ["29 days 23 hours", 30 * DAY - HOUR, true],
    ["exactly 30 days", 30 * DAY, false],
    ["30 days 1 hour", 30 * DAY + HOUR, false],
  ])("%s left → eligible %s (measured between instants, as 'expiring' is everywhere)", (_label, left, eligible) => {
    const e = renewalEligibility({ ...base, termEnd: new Date(now.getTime() + left) }, now, WAW);
    expect(e.eligible).toBe(eligible);
    expect(e.reasons).toEqual(eligible ? [] : ["too_early"]);
  });

  it("turns eligible the instant fewer than 30 days remain, not at a local midnight", () => {
    const termEnd = waw("2026-05-01");
    const opens = new Date(termEnd.getTime() - 30 * DAY);
    expect(renewalEligibility({ ...base, termEnd }, opens, WAW).eligible).toBe(false);
    expect(renewalEligibility({ ...base, termEnd }, new Date(opens.getTime() + 1), WAW).eligible).toBe(true);
  });

  it("counts days left on the workspace's calendar, but eligibility does not depend on the time zone", () => {
    const termEnd = waw("2026-05-01"); // 2026-04-30T22:00Z, 29 days 12 hours after now
    expect(termEnd.toISOString()).toBe("2026-04-30T22:00:00.000Z");
    expect(daysLeft(termEnd, now, WAW)).toBe(30);
    expect(daysLeft(termEnd, now, "UTC")).toBe(29);
    expect(renewalEligibility({ ...base, termEnd }, now, WAW).eligible).toBe(true);
    expect(renewalEligibility({ ...base, termEnd }, now, "UTC").eligible).toBe(true);
  });

  it("refuses licenses not bought in the web store (contact the partner)", () => {
    for (const source of ["reseller", "activation_code", "request_key"]) {
      const e = renewalEligibility({ ...base, source, termEnd: waw("2026-04-10") }, now, WAW);
      expect(e.eligible).toBe(false);
      expect(e.reasons).toEqual(["not_web_store"]);
    }
  });

  it("takes 2019-04-01 as the 8.0 release: 31 March refused, 1 April accepted (workspace-local)", () => {
    expect(RELEASE_8_0_DATE).toBe("2019-04-01");
    const termEnd = waw("2026-04-10");
    const march31 = renewalEligibility({ ...base, purchasedAt: waw("2019-03-31"), termEnd }, now, WAW);
    expect(march31.reasons).toEqual(["before_8_0"]);
    const april1 = renewalEligibility({ ...base, purchasedAt: waw("2019-04-01"), termEnd }, now, WAW);
    expect(april1.eligible).toBe(true);
    // 2019-03-31T22:30Z is already 1 April in Warsaw, still 31 March in UTC.
    const late = at("2019-03-31T22:30:00Z");
    expect(renewalEligibility({ ...base, purchasedAt: late, termEnd }, now, WAW).eligible).toBe(true);
    expect(renewalEligibility({ ...base, purchasedAt: late, termEnd }, now, "UTC").reasons).toEqual(["before_8_0"]);
  });

  it("lists every reason, most fundamental first", () => {
    const e = renewalEligibility({ source: "reseller", state: "replaced", purchasedAt: waw("2018-01-01"), termEnd: waw("2027-01-01") }, now, WAW);
    expect(e.reasons).toEqual(["not_active", "not_web_store", "before_8_0", "too_early"]);
  });

  it("says from which local day online renewal opens", () => {
    expect(renewalOpensOn(waw("2026-05-01"), WAW)).toBe("2026-04-01");
    expect(renewalEligibility({ ...base, termEnd: waw("2026-05-01") }, new Date(waw("2026-04-01").getTime() + 1), WAW).eligible).toBe(true);
    expect(renewalOpensOn(waw("2026-05-01"), "UTC")).toBe("2026-03-31");
  });

  it("offers renewal after expiry (no days remain)", () => {
    const e = renewalEligibility({ ...base, state: "expired", termEnd: waw("2026-03-01") }, now, WAW);
    expect(e).toMatchObject({ eligible: true, expired: true, daysLeft: -31 });
  });
});

describe("renewal arithmetic", () => {
  it("renewed before expiry: the new term adds the days that remained (old end + 1 year)", () => {
    const lic = { termStart: waw("2025-05-01"), termEnd: waw("2026-05-01") };
    const now = at("2026-04-11T08:00:00Z"); // 20 days left
    const r = renewedTerm(lic, now, WAW);
    expect(r.termEnd.toISOString()).toBe(waw("2027-05-01").toISOString());
    expect(r.termStart).toEqual(lic.termStart);
    expect(r.carriedDays).toBe(20);
    expect(r.totalDays).toBe(365 + 20);
  });

  it("renewed on the last day keeps the one day that remained", () => {
    const lic = { termStart: waw("2025-05-01"), termEnd: waw("2026-05-01") };
    const r = renewedTerm(lic, at("2026-04-30T21:59:59Z"), WAW);
    expect(r.carriedDays).toBe(1);
    expect(r.termEnd).toEqual(waw("2027-05-01"));
  });

  it("renewed after expiry: a fresh year from local midnight of the renewal day, nothing carried", () => {
    const lic = { termStart: waw("2025-03-01"), termEnd: waw("2026-03-01") };
    const now = at("2026-03-15T23:30:00Z"); // already 16 March in Warsaw
    const r = renewedTerm(lic, now, WAW);
    expect(r.termStart).toEqual(waw("2026-03-16"));
    expect(r.termEnd).toEqual(waw("2027-03-16"));
    expect(r.carriedDays).toBe(0);
    expect(r.totalDays).toBe(365);
  });

  it("the very moment of expiry counts as expired", () => {
    const lic = { termStart: waw("2025-03-01"), termEnd: waw("2026-03-01") };
    expect(renewedTerm(lic, waw("2026-03-01"), WAW).termEnd).toEqual(waw("2027-03-01"));
    expect(renewedTerm(lic, waw("2026-03-01"), WAW).carriedDays).toBe(0);
  });

  it("leap years: a calendar year is 366 days across 29 February, and 29 February becomes 28", () => {
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2027-03-01", 1)).toBe("2028-03-01");
    const acrossLeap = renewedTerm({ termStart: waw("2026-03-01"), termEnd: waw("2027-03-01") }, waw("2027-02-20"), WAW);
    expect(acrossLeap.termEnd).toEqual(waw("2028-03-01"));
    expect(acrossLeap.totalDays).toBe(366 + 9);
    const fromLeapDay = renewedTerm({ termStart: waw("2023-02-28"), termEnd: waw("2024-02-29") }, waw("2024-02-10"), WAW);
    expect(fromLeapDay.termEnd).toEqual(waw("2025-02-28"));
    const expiredOnLeapDay = renewedTerm({ termStart: waw("2023-02-28"), termEnd: waw("2024-02-01") }, at("2024-02-29T12:00:00Z"), WAW);
    expect(expiredOnLeapDay.termEnd).toEqual(waw("2025-02-28"));
  });

  it("keeps the local time of day across a daylight-saving change", () => {
    // 2026-01-10 18:00 in Warsaw (CET) → 2027-01-10 18:00 (CET); summer end moves by the offset.
    expect(addLocalYears(at("2026-01-10T17:00:00Z"), 1, WAW).toISOString()).toBe("2027-01-10T17:00:00.000Z");
    expect(addLocalYears(waw("2026-03-20"), 1, WAW)).toEqual(waw("2027-03-20"));
    expect(addLocalYears(waw("2026-07-01"), 1, WAW).toISOString()).toBe("2027-06-30T22:00:00.000Z");
  });

  it("prices the renewal per seat", () => {
    expect(renewalAmount(12_900, 25)).toBe(322_500);
    expect(() => renewalAmount(Number.MAX_SAFE_INTEGER, 2)).toThrow(RangeError);
  });
});
