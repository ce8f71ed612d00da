import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lapseReason, mayTopUp, ORDER_NUMBER, orderNumber, pendingRenewal, shareRenewalSeats, type LapsableOrder, type LedgerTerm, type TermVia } from "./term-rules";

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const term = (via: TermVia, start: string, end: string, renews: string | null, seats = 10): LedgerTerm => ({
  via,
  termStart: at(start),
  termEnd: at(end),
  seats,
  renewsTermEnd: renews ? at(renews) : null,
});

describe("the renewal bought ahead", () => {
  const first = term("purchase", "2025-12-14", "2026-12-14", null);
  const renewed = term("renewal_order", "2026-12-14", "2027-12-14", "2026-12-14", 25);

  it("is the renewal whose term has not started: 'renewed until' its end", () => {
    expect(pendingRenewal([first, renewed], at("2026-12-02"))).toBe(renewed);
  });

  it("ends once the renewed term has begun (it is the current term then) and never counts a first purchase", () => {
    expect(pendingRenewal([first, renewed], at("2026-12-14"))).toBeNull();
    expect(pendingRenewal([term("purchase", "2027-01-01", "2028-01-01", null)], at("2026-12-02"))).toBeNull();
  });

  it("only further renewal orders may add to a recorded renewal; every other pair is the same year bought twice", () => {
    const vias: TermVia[] = ["renewal_order", "online_renewal", "activation_code", "key"];
    for (const recorded of vias) for (const incoming of vias) expect(mayTopUp(recorded, incoming)).toBe(recorded === "renewal_order" && incoming === "renewal_order");
  });
});

describe("when an unpaid order lapses", () => {
  const open = { openAnniversary: "2026-12-14", productLicensed: true };
  const renewal: LapsableOrder = { kind: "renewal", status: "unpaid", termStart: "2026-12-14", termEnd: "2027-12-14" };
  const added: LapsableOrder = { kind: "add_licenses", status: "unpaid", termStart: "2026-11-20", termEnd: "2026-12-14" };

  it("a renewal while its window is the open one stays payable; once closed (or moved on) it lapses", () => {
    expect(lapseReason(renewal, "2027-01-10", open)).toBeNull();
    expect(lapseReason(renewal, "2027-01-14", { ...open, openAnniversary: null })).toBe("window_closed");
    expect(lapseReason(renewal, "2027-11-20", { ...open, openAnniversary: "2027-12-14" })).toBe("window_closed");
  });

  it("added seats lapse on the day their term has ended (the end is exclusive), or when the subscription ended", () => {
    expect(lapseReason(added, "2026-12-13", open)).toBeNull();
    expect(lapseReason(added, "2026-12-14", open)).toBe("term_ended");
    expect(lapseReason({ ...added, termEnd: "2027-12-14" }, "2027-01-14", { ...open, productLicensed: false })).toBe("subscription_ended");
  });

  it("paid, cancelled and lapsed orders never lapse (again); orders without a recorded term only by their window", () => {
    for (const status of ["paid", "cancelled", "lapsed"] as const) expect(lapseReason({ ...added, status }, "2030-01-01", open)).toBeNull();
    expect(lapseReason({ ...added, termStart: null, termEnd: null }, "2030-01-01", open)).toBeNull();
  });

  it("once lapsed, an order stays lapsed as days pass (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 800 }), (a, b) => {
        const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        const [early, late] = a <= b ? [day(a), day(b)] : [day(b), day(a)];
        const ctx = { openAnniversary: null, productLicensed: true };
        return lapseReason(added, early, ctx) === null || lapseReason(added, late, ctx) !== null;
      }),
    );
  });
});

describe("order numbers", () => {
  it("read LC-<year placed>-<sequence of six digits or more>", () => {
    expect(orderNumber("2026-12-02", 123)).toBe("LC-2026-000123");
    expect(orderNumber("2027-01-01", 1_234_567)).toBe("LC-2027-1234567");
    expect(ORDER_NUMBER.test(orderNumber("2026-12-02", 1))).toBe(true);
  });

  it("refuse a sequence that is not a positive whole number", () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => orderNumber("2026-12-02", bad)).toThrow(RangeError);
  });
});

describe("a renewal order's seats shared among the product's licenses", () => {
  it("fills each license up to its seats in order, the last takes the rest, the sum is what was paid", () => {
    expect(shareRenewalSeats(28, [{ seats: 25, renewedAlready: 0 }, { seats: 5, renewedAlready: 0 }])).toEqual([25, 3]);
    expect(shareRenewalSeats(10, [{ seats: 25, renewedAlready: 0 }, { seats: 5, renewedAlready: 0 }])).toEqual([10, 0]);
    expect(shareRenewalSeats(40, [{ seats: 25, renewedAlready: 0 }, { seats: 5, renewedAlready: 0 }])).toEqual([25, 15]);
    // A top-up of the same term: the first license has 20 of its 25 already.
    expect(shareRenewalSeats(8, [{ seats: 25, renewedAlready: 20 }, { seats: 5, renewedAlready: 0 }])).toEqual([5, 3]);
    expect(shareRenewalSeats(3, [{ seats: 25, renewedAlready: 0 }])).toEqual([3]);
  });
});
