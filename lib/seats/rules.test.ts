import { describe, expect, it } from "vitest";
import { seatShortage, seatView } from "./rules";

describe("the shortage rule: max(0, used − renewed)", () => {
  it("counts seats in use that the coming term does not cover", () => {
    expect(seatShortage({ used: 50, renewed: 45 })).toBe(5);
    expect(seatShortage({ used: 45, renewed: 45 })).toBe(0);
    expect(seatShortage({ used: 60, renewed: 70 })).toBe(0);
    expect(seatShortage({ used: 0, renewed: 0 })).toBe(0);
  });

  it("is never negative and never more than what is used", () => {
    for (let used = 0; used <= 30; used++) {
      for (let renewed = 0; renewed <= 30; renewed++) {
        const s = seatShortage({ used, renewed });
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(used);
        expect(used - s).toBe(Math.min(used, renewed));
      }
    }
  });
});

describe("seat view", () => {
  const seats = { used: 50, purchased: 50, renewed: 45, unpaid: 0, noAccess: 0 };

  it("inside the window compares used with seats bought for the coming term (50/45), 5 need renewal", () => {
    expect(seatView(seats, true)).toEqual({ used: 50, purchased: 45, purchasedThisTerm: 50, renewed: 45, needsRenewal: 5, paymentRequired: 0, noAccess: 0 });
  });

  it("outside the window compares used with the current term's paid seats and needs no renewal", () => {
    expect(seatView(seats, false)).toMatchObject({ used: 50, purchased: 50, purchasedThisTerm: 50, renewed: 45, needsRenewal: 0 });
  });

  it("needs no renewal when everything or more was renewed", () => {
    expect(seatView({ ...seats, renewed: 50 }, true).needsRenewal).toBe(0);
    expect(seatView({ ...seats, used: 60, renewed: 70 }, true)).toMatchObject({ purchased: 70, needsRenewal: 0 });
  });

  it("shows unpaid seats and lost access inside the window or not", () => {
    for (const inWindow of [true, false]) {
      expect(seatView({ ...seats, unpaid: 5, noAccess: 3 }, inWindow)).toMatchObject({ paymentRequired: 5, noAccess: 3 });
    }
  });

  it("needs renewal is the shortage inside the window and 0 outside, for any figures", () => {
    for (const used of [0, 1, 7, 45, 50]) {
      for (const renewed of [0, 3, 45, 50, 70]) {
        const r = { used, purchased: 50, renewed, unpaid: 2, noAccess: 1 };
        expect(seatView(r, true).needsRenewal).toBe(seatShortage(r));
        expect(seatView(r, false).needsRenewal).toBe(0);
        expect(seatView(r, true).purchasedThisTerm).toBe(50);
      }
    }
  });
});
