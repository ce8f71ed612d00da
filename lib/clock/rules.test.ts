import { describe, expect, it } from "vitest";
import { nextTestClockTime, testClocksAllowed } from "./rules";

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

  it("refuses an invalid date", () => {
    expect(() => nextTestClockTime(now, new Date("not a date"))).toThrow(/not a valid time/);
  });
});

describe("testClocksAllowed", () => {
  it("is off in production only", () => {
    expect(testClocksAllowed("production")).toBe(false);
    expect(testClocksAllowed("development")).toBe(true);
    expect(testClocksAllowed("test")).toBe(true);
    expect(testClocksAllowed(undefined)).toBe(true);
  });
});
