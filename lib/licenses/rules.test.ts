import { describe, expect, it } from "vitest";
import { coveredUntil, EXPIRING_WITHIN_DAYS, isExpiring, licenseStateAt, type RenewalTerm, type StoredLicenseState } from "./rules";

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

describe("renewals in the term ledger (issue 12)", () => {
  const anniversary = endsIn(0);
  const license = { state: "active" as const, termEnd: anniversary };
  const renewalOrder: RenewalTerm = { termStart: anniversary, termEnd: endsIn(365 * DAY), renewsTermEnd: anniversary };
  const first: RenewalTerm = { termStart: endsIn(-365 * DAY), termEnd: anniversary, renewsTermEnd: null };

  it("a license renewed by a paid renewal order reads active through the new term, before the window's close moves its row", () => {
    for (const days of [0, 1, 20, 30, 300]) {
      const at = endsIn(days * DAY + 1);
      expect(licenseStateAt(license, at, [first, renewalOrder]), `${days} days after the anniversary`).toBe("active");
      expect(coveredUntil(license.termEnd, [first, renewalOrder], at)).toEqual(renewalOrder.termEnd);
    }
    expect(licenseStateAt(license, endsIn(340 * DAY), [first, renewalOrder])).toBe("expiring");
    expect(licenseStateAt(license, endsIn(365 * DAY), [first, renewalOrder])).toBe("expired");
    // Without the renewal, the same license has ended at its anniversary.
    expect(licenseStateAt(license, endsIn(1), [first])).toBe("expired");
  });

  it("a renewal bought ahead is not 'expiring' while it takes over where the term ends", () => {
    expect(licenseStateAt(license, endsIn(-10 * DAY), [first])).toBe("expiring");
    expect(licenseStateAt(license, endsIn(-10 * DAY), [first, renewalOrder])).toBe("active");
  });

  it("a renewal that starts after a gap covers only from its start; the first term never extends", () => {
    const later: RenewalTerm = { termStart: endsIn(10 * DAY), termEnd: endsIn(375 * DAY), renewsTermEnd: anniversary };
    expect(licenseStateAt(license, endsIn(5 * DAY), [later])).toBe("expired");
    expect(licenseStateAt(license, endsIn(11 * DAY), [later])).toBe("active");
    expect(coveredUntil(license.termEnd, [{ ...later, termStart: endsIn(-DAY), renewsTermEnd: null }], endsIn(DAY))).toEqual(anniversary);
  });

  it("stored expired (seats taken back) or replaced wins over the ledger", () => {
    expect(licenseStateAt({ ...license, state: "expired" }, endsIn(DAY), [renewalOrder])).toBe("expired");
    expect(licenseStateAt({ ...license, replacedById: "x" }, endsIn(DAY), [renewalOrder])).toBe("replaced");
  });
});

describe("'expiring' has one meaning", () => {
  it("fewer than 30 days between instants, not ended", () => {
    expect(isExpiring(endsIn(30 * DAY - 1), now)).toBe(true);
    expect(isExpiring(endsIn(30 * DAY), now)).toBe(false);
    expect(isExpiring(endsIn(1), now)).toBe(true);
    expect(isExpiring(endsIn(0), now)).toBe(false);
    expect(isExpiring(endsIn(-DAY), now)).toBe(false);
  });
});
