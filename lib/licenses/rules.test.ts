import { describe, expect, it } from "vitest";
import { EXPIRING_WITHIN_DAYS, licenseStateAt, type StoredLicenseState } from "./rules";

const DAY = 86_400_000;
const now = new Date("2026-03-14T12:00:00Z");
const endsIn = (ms: number) => new Date(now.getTime() + ms);

describe("a license's state from its term and the workspace clock", () => {
  it("is expired once its end instant is reached, whatever was stored", () => {
    for (const state of ["active", "provisional", "expired"] as StoredLicenseState[]) {
      expect(licenseStateAt({ state, termEnd: endsIn(-DAY) }, now), state).toBe("expired");
      expect(licenseStateAt({ state, termEnd: endsIn(0) }, now), state).toBe("expired");
    }
    expect(licenseStateAt({ state: "active", termEnd: endsIn(1) }, now)).not.toBe("expired");
  });

  it("is expiring when fewer than 30 days remain, measured between instants", () => {
    expect(EXPIRING_WITHIN_DAYS).toBe(30);
    expect(licenseStateAt({ state: "active", termEnd: endsIn(30 * DAY - 3_600_000) }, now)).toBe("expiring");
    expect(licenseStateAt({ state: "active", termEnd: endsIn(30 * DAY) }, now)).toBe("active");
    expect(licenseStateAt({ state: "active", termEnd: endsIn(200 * DAY) }, now)).toBe("active");
  });

  it("keeps replaced, cancelled and provisional (until its end) as stored", () => {
    expect(licenseStateAt({ state: "active", termEnd: endsIn(200 * DAY), replacedById: "x" }, now)).toBe("replaced");
    expect(licenseStateAt({ state: "replaced", termEnd: endsIn(-DAY) }, now)).toBe("replaced");
    expect(licenseStateAt({ state: "cancelled", termEnd: endsIn(-DAY) }, now)).toBe("cancelled");
    expect(licenseStateAt({ state: "provisional", termEnd: endsIn(10 * DAY) }, now)).toBe("provisional");
  });

  it("moves only forward as the clock advances: active → expiring → expired", () => {
    const license = { state: "active" as const, termEnd: endsIn(45 * DAY) };
    const seen = Array.from({ length: 50 }, (_, d) => licenseStateAt(license, new Date(now.getTime() + d * DAY)));
    const order = ["active", "expiring", "expired"];
    expect(seen.map((s) => order.indexOf(s))).toEqual([...seen.map((s) => order.indexOf(s))].sort((a, b) => a - b));
    expect(new Set(seen)).toEqual(new Set(order));
  });
});
