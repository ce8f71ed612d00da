/**
 * Property tests of the date rules in zones far from UTC and across daylight-saving changes
 * (issue 15): window dates, anniversaries, terms and expiries turn at the workspace's local
 * midnight. Pacific/Auckland (+12/+13, DST in the southern summer), America/Los_Angeles (-8/-7)
 * and Asia/Kolkata (+5:30, no DST); America/Santiago and America/Havana skip local midnight
 * itself on their spring-forward day, the hardest case for "the start of a local day".
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDate, startOfLocalDay } from "@/lib/clock/rules";
import { licenseStateAt } from "@/lib/licenses/rules";
import { renewedTerm } from "@/lib/reseller/rules";
import { nextAnniversary, windowCloseDay } from "@/lib/renewal/rules";
import { addDays, daysBetween, renewalWindow, windowPhase } from "@/lib/renewal/window";
import { previousAnniversary } from "@/lib/orders/rules";

const FAR = ["Pacific/Auckland", "America/Los_Angeles", "Asia/Kolkata"] as const;
const ZONES = [...FAR, "America/Santiago", "America/Havana", "Europe/Warsaw"] as const;

const zone = fc.constantFrom(...ZONES);
/** A calendar date between 2000 and 2099. */
const isoDay = fc.integer({ min: 0, max: 36_500 }).map((n) => addDays("2000-01-01", n));
/** Any moment between 2000 and 2099, to the millisecond. */
const moment = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }).map((ms) => new Date(ms));
const runs = { numRuns: 400 };

describe("local midnight across DST and far from UTC", () => {
  it("startOfLocalDay is the first moment of that local day: the moment before it is the day before", () => {
    fc.assert(
      fc.property(isoDay, zone, (day, tz) => {
        const start = startOfLocalDay(day, tz);
        expect(localDate(start, tz)).toBe(day);
        expect(localDate(new Date(start.getTime() - 1), tz)).toBe(addDays(day, -1));
      }),
      runs,
    );
  });

  it("where midnight is skipped, the day starts when the clocks resume (found by the property below: it was an hour early, on the day before)", () => {
    // Havana springs forward at 00:00 on 8 March 2054: the day begins at 01:00 CDT = 05:00 UTC.
    expect(startOfLocalDay("2054-03-08", "America/Havana").toISOString()).toBe("2054-03-08T05:00:00.000Z");
    // Santiago on 7 September 2025: 00:00 -04 becomes 01:00 -03, i.e. 04:00 UTC.
    expect(startOfLocalDay("2025-09-07", "America/Santiago").toISOString()).toBe("2025-09-07T04:00:00.000Z");
    // Auckland's own changes happen at 02:00/03:00: midnight stays midnight (+13 in summer, +12 in winter).
    expect(startOfLocalDay("2026-09-27", "Pacific/Auckland").toISOString()).toBe("2026-09-26T12:00:00.000Z");
    expect(startOfLocalDay("2026-04-05", "Pacific/Auckland").toISOString()).toBe("2026-04-04T11:00:00.000Z");
    expect(startOfLocalDay("2026-03-08", "America/Los_Angeles").toISOString()).toBe("2026-03-08T08:00:00.000Z");
    expect(startOfLocalDay("2026-03-08", "Asia/Kolkata").toISOString()).toBe("2026-03-07T18:30:00.000Z");
  });

  it("every moment lies in the local day that starts at or before it and ends after it", () => {
    fc.assert(
      fc.property(moment, zone, (at, tz) => {
        const day = localDate(at, tz);
        expect(startOfLocalDay(day, tz).getTime()).toBeLessThanOrEqual(at.getTime());
        expect(startOfLocalDay(addDays(day, 1), tz).getTime()).toBeGreaterThan(at.getTime());
      }),
      runs,
    );
  });

  it("the window is open from the local midnight that starts opensOn to the one that ends closesOn", () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.constantFrom(...FAR), (anniversary, before, after, tz) => {
        const w = renewalWindow(anniversary, before, after);
        const opens = startOfLocalDay(w.opensOn, tz);
        const closes = startOfLocalDay(windowCloseDay(anniversary, after), tz);
        const phaseAt = (ms: number) => windowPhase(w, localDate(new Date(ms), tz));
        expect(phaseAt(opens.getTime() - 1)).toBe("before");
        expect(phaseAt(opens.getTime())).toBe("open");
        expect(phaseAt(closes.getTime() - 1)).toBe("open");
        expect(phaseAt(closes.getTime())).toBe("closed");
      }),
      runs,
    );
  });

  it("anniversaries step by calendar years: a year on and back lands on the day (29 February excepted), and a year has 365 or 366 local days", () => {
    fc.assert(
      fc.property(isoDay, (day) => {
        const next = nextAnniversary(day);
        if (!day.endsWith("-02-29")) expect(previousAnniversary(next)).toBe(day);
        expect([365, 366]).toContain(daysBetween(day, next));
      }),
      runs,
    );
  });

  it("a renewed term ends at a local midnight a calendar year after the old end, whatever DST did in between", () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 1, max: 29 * 86_400_000 }), fc.constantFrom(...FAR), (endDay, early, tz) => {
        const termEnd = startOfLocalDay(endDay, tz);
        const termStart = startOfLocalDay(previousAnniversary(endDay), tz);
        const term = renewedTerm({ termStart, termEnd }, new Date(termEnd.getTime() - early), tz);
        expect(localDate(term.termEnd, tz)).toBe(nextAnniversary(endDay));
        expect(term.termEnd.getTime()).toBe(startOfLocalDay(nextAnniversary(endDay), tz).getTime());
      }),
      runs,
    );
  });

  it("an expired license is renewed from the local midnight of the day it is renewed, for a calendar year", () => {
    fc.assert(
      fc.property(moment, fc.constantFrom(...FAR), (now, tz) => {
        const term = renewedTerm({ termStart: new Date(now.getTime() - 400 * 86_400_000), termEnd: new Date(now.getTime() - 1) }, now, tz);
        expect(term.termStart.getTime()).toBe(startOfLocalDay(localDate(now, tz), tz).getTime());
        expect(localDate(term.termEnd, tz)).toBe(nextAnniversary(localDate(now, tz)));
      }),
      runs,
    );
  });

  it("a license ending at a local midnight is live until that moment and expired from it", () => {
    fc.assert(
      fc.property(isoDay, fc.constantFrom(...FAR), (endDay, tz) => {
        const termEnd = startOfLocalDay(endDay, tz);
        expect(licenseStateAt({ state: "active", termEnd }, new Date(termEnd.getTime() - 1))).not.toBe("expired");
        expect(licenseStateAt({ state: "active", termEnd }, termEnd)).toBe("expired");
      }),
      runs,
    );
  });
});
