import { describe, expect, it } from "vitest";
import { nextAnniversary, windowCloseDay, windowClosePlan } from "./rules";

describe("windowClosePlan", () => {
  it("takes access from as many users as seats were not renewed (50 used, 45 renewed)", () => {
    expect(windowClosePlan({ used: 50, renewed: 45 })).toEqual({ lose: 5, usedAfter: 45, purchasedAfter: 45, noRenewal: false });
  });
  it("takes nothing when everything, or more, was renewed", () => {
    expect(windowClosePlan({ used: 60, renewed: 70 })).toEqual({ lose: 0, usedAfter: 60, purchasedAfter: 70, noRenewal: false });
    expect(windowClosePlan({ used: 45, renewed: 45 })).toMatchObject({ lose: 0, usedAfter: 45 });
  });
  it("ends the subscription when nothing was renewed", () => {
    expect(windowClosePlan({ used: 12, renewed: 0 })).toEqual({ lose: 12, usedAfter: 0, purchasedAfter: 0, noRenewal: true });
  });
  it("never leaves more users than paid seats", () => {
    for (let used = 0; used < 30; used++) {
      for (let renewed = 0; renewed < 30; renewed++) {
        const p = windowClosePlan({ used, renewed });
        expect(p.usedAfter).toBeLessThanOrEqual(p.purchasedAfter);
        expect(p.usedAfter + p.lose).toBe(used);
      }
    }
  });
});

describe("calendar", () => {
  it("moves the anniversary a year on, 29 February to 28 February", () => {
    expect(nextAnniversary("2026-03-14")).toBe("2027-03-14");
    expect(nextAnniversary("2028-02-29")).toBe("2029-02-28");
    expect(nextAnniversary("2027-02-28")).toBe("2028-02-28");
  });
  it("closes the window at the start of the day after its last day", () => {
    expect(windowCloseDay("2026-12-20", 30)).toBe("2027-01-20");
    expect(windowCloseDay("2026-02-27", 1)).toBe("2026-03-01");
  });
});
