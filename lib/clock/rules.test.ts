import { describe, expect, it } from "vitest";
import { localDate, nextTestClockTime, startOfLocalDay, testClocksAllowed } from "./rules";

const now = new Date("2030-03-01T12:00:00Z");

describe("nextTestClockTime", () => {
  it("moves forward to the requested time", () => {
    const later = new Date("2030-04-01T00:00:00Z");
    expect(nextTestClockTime(now, later)).toEqual(later);
  });

  it("accepts standing still", () => {
    expect(nextTestClockTime(now, new Date(now))).toEqual(now);
  });

  it("refuses to go back, naming the current time", () => {
    expect(() => nextTestClockTime(now, new Date(now.getTime() - 1))).toThrow(RangeError);
    expect(() => nextTestClockTime(now, new Date(now.getTime() - 1))).toThrow(now.toISOString());
  });

  it("moves at most two years at a time (issue 21: a jump to 9999 ran for minutes)", () => {
    const limit = new Date("2032-03-01T12:00:00Z");
    expect(nextTestClockTime(now, limit)).toEqual(limit);
    expect(() => nextTestClockTime(now, new Date(limit.getTime() + 1))).toThrow(/at most 2 years/);
    expect(() => nextTestClockTime(now, new Date("9999-12-31T23:59:59Z"))).toThrow(/at most 2 years/);
  });

  it("refuses an invalid date", () => {
    expect(() => nextTestClockTime(now, new Date("not a date"))).toThrow(/not a valid time/);
  });
});

describe("testClocksAllowed", () => {
  it("is off in production, which a production build is unless the operator opts into a test installation", () => {
    expect(testClocksAllowed({ APP_ENV: "production" })).toBe(false);
    expect(testClocksAllowed({ NODE_ENV: "production" })).toBe(false);
    expect(testClocksAllowed({ NODE_ENV: "production", LC_SANDBOXES: "on" })).toBe(true);
    expect(testClocksAllowed({ APP_ENV: "production", LC_SANDBOXES: "on" })).toBe(false);
    expect(testClocksAllowed({ NODE_ENV: "development" })).toBe(true);
    expect(testClocksAllowed({ NODE_ENV: "test" })).toBe(true);
    expect(testClocksAllowed({ NODE_ENV: "test", LC_SANDBOXES: "off" })).toBe(false);
  });
});

describe("startOfLocalDay", () => {
  it("is local midnight, in winter and in summer time", () => {
    expect(startOfLocalDay("2026-01-15", "Europe/Warsaw").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfLocalDay("2026-07-15", "Europe/Warsaw").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(startOfLocalDay("2026-07-15", "America/New_York").toISOString()).toBe("2026-07-15T04:00:00.000Z");
    expect(startOfLocalDay("2026-07-15", "UTC").toISOString()).toBe("2026-07-15T00:00:00.000Z");
  });

  it("finds the right midnight on the days the clocks change", () => {
    // Europe moves to summer time on 2026-03-29 at 02:00 and back on 2026-10-25 at 03:00.
    expect(startOfLocalDay("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfLocalDay("2026-03-30", "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfLocalDay("2026-10-26", "Europe/Berlin").toISOString()).toBe("2026-10-25T23:00:00.000Z");
    expect(localDate(startOfLocalDay("2026-10-26", "Europe/Berlin"), "Europe/Berlin")).toBe("2026-10-26");
  });
});
