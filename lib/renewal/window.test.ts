import { describe, expect, it } from "vitest";
import {
  addDays,
  chartBars,
  daysBetween,
  productStatuses,
  renewalBanner,
  renewalWindow,
  timelinePositions,
  windowPhase,
} from "./window";
import { localDate } from "@/lib/clock/rules";
import { seatView } from "@/lib/seats/rules";

describe("calendar dates", () => {
  it("reads today in the workspace's time zone", () => {
    const moment = new Date("2025-03-14T23:30:00Z");
    expect(localDate(moment, "Europe/Warsaw")).toBe("2025-03-15");
    expect(localDate(moment, "UTC")).toBe("2025-03-14");
    expect(localDate(moment, "America/New_York")).toBe("2025-03-14");
  });

  it("adds days across months, years and DST changes", () => {
    expect(addDays("2025-03-14", -30)).toBe("2025-02-12");
    expect(addDays("2024-12-20", 30)).toBe("2025-01-19");
    expect(addDays("2025-03-30", 1)).toBe("2025-03-31");
    expect(daysBetween("2025-03-01", "2025-03-31")).toBe(30);
    expect(daysBetween("2025-03-31", "2025-03-01")).toBe(-30);
  });
});

describe("renewal window", () => {
  const w = renewalWindow("2025-06-15", 30, 30);

  it("opens before and closes after the anniversary", () => {
    expect(w).toEqual({ anniversary: "2025-06-15", opensOn: "2025-05-16", closesOn: "2025-07-15" });
  });

  it("includes both its first and last day", () => {
    expect(windowPhase(w, "2025-05-15")).toBe("before");
    expect(windowPhase(w, "2025-05-16")).toBe("open");
    expect(windowPhase(w, "2025-06-15")).toBe("open");
    expect(windowPhase(w, "2025-07-15")).toBe("open");
    expect(windowPhase(w, "2025-07-16")).toBe("closed");
  });

  it("honours per-contract day counts", () => {
    expect(renewalWindow("2025-06-15", 10, 0)).toEqual({ anniversary: "2025-06-15", opensOn: "2025-06-05", closesOn: "2025-06-15" });
  });
});

describe("the seed's figures (003)", () => {
  it("50 used / 45 bought: 50/45 and 5 need renewal", () => {
    const s = seatView({ used: 50, purchased: 50, renewed: 45, unpaid: 0, noAccess: 0 }, true);
    expect(`${s.used}/${s.purchased}`).toBe("50/45");
    expect(s.needsRenewal).toBe(5);
    expect(productStatuses(s, true)).toEqual(["needsRenewal"]);
    expect(seatView({ used: 50, purchased: 50, renewed: 45, unpaid: 0, noAccess: 0 }, false).needsRenewal).toBe(0);
  });

  it("60 used / 70 bought: no needs-renewal figure, the product is renewed", () => {
    const s = seatView({ used: 60, purchased: 60, renewed: 70, unpaid: 0, noAccess: 0 }, true);
    expect(`${s.used}/${s.purchased}`).toBe("60/70");
    expect(s.needsRenewal).toBe(0);
    expect(productStatuses(s, true)).toEqual(["renewed"]);
  });

  it("5 unpaid seats: payment required 5, in the window or not", () => {
    const s = seatView({ used: 5, purchased: 10, renewed: 0, unpaid: 5, noAccess: 0 }, false);
    expect(s.paymentRequired).toBe(5);
    expect(productStatuses(s, false)).toEqual(["paymentRequired"]);
  });

  it("no access is shown once users lost their seats", () => {
    const s = seatView({ used: 45, purchased: 45, renewed: 0, unpaid: 0, noAccess: 5 }, false);
    expect(productStatuses(s, false)).toEqual(["noAccess"]);
    expect(productStatuses({ ...seatView({ used: 0, purchased: 0, renewed: 0, unpaid: 0, noAccess: 0 }, false), lapsed: true }, false)).toEqual(["noRenewal"]);
  });
});

describe("renewal banner", () => {
  const w = renewalWindow("2025-06-15", 30, 30);
  const partial = [{ used: 50, renewed: 45, lapsed: false }];

  it("says nothing before the window opens", () => {
    expect(renewalBanner(w, "2025-05-15", partial)).toBeNull();
  });

  it("invites to renew when the window opens and nothing is renewed yet", () => {
    expect(renewalBanner(w, "2025-05-16", [{ used: 50, renewed: 0, lapsed: false }])).toMatchObject({
      kind: "windowOpen",
      seatsShort: 50,
      daysLeft: 60,
      afterAnniversary: false,
    });
  });

  it("full renewal when every used seat is renewed or more were bought (60/70)", () => {
    expect(renewalBanner(w, "2025-06-05", [{ used: 60, renewed: 70, lapsed: false }])).toMatchObject({ kind: "fullRenewal", seatsShort: 0 });
    expect(renewalBanner(w, "2025-06-05", [{ used: 60, renewed: 60, lapsed: false }])?.kind).toBe("fullRenewal");
  });

  it("partial before the anniversary, through the anniversary day itself (50/45)", () => {
    expect(renewalBanner(w, "2025-06-05", partial)).toMatchObject({ kind: "partialBeforeAnniversary", productsShort: 1, seatsShort: 5 });
    expect(renewalBanner(w, "2025-06-15", partial)?.kind).toBe("partialBeforeAnniversary");
  });

  it("partial after the anniversary, until the window's last day", () => {
    expect(renewalBanner(w, "2025-06-16", partial)).toMatchObject({ kind: "partialAfterAnniversary", afterAnniversary: true, daysLeft: 29 });
    expect(renewalBanner(w, "2025-07-15", partial)).toMatchObject({ kind: "partialAfterAnniversary", daysLeft: 0 });
  });

  it("one product renewed and another not is a partial renewal", () => {
    expect(renewalBanner(w, "2025-06-01", [{ used: 10, renewed: 10, lapsed: false }, { used: 5, renewed: 0, lapsed: false }])).toMatchObject({
      kind: "partialBeforeAnniversary",
      productsShort: 1,
      seatsShort: 5,
    });
  });

  it("no renewal once the window closed with nothing renewed", () => {
    // Closed, the close job not yet run: nothing renewed, seats still assigned.
    expect(renewalBanner(w, "2025-07-16", [{ used: 50, renewed: 0, lapsed: false }])).toMatchObject({ kind: "noRenewal", productsLapsed: 1 });
    // The job ran: the contract moved to next year's anniversary, the product's licenses expired.
    const next = renewalWindow("2026-06-15", 30, 30);
    expect(renewalBanner(next, "2025-07-16", [{ used: 0, renewed: 0, lapsed: true }])).toMatchObject({ kind: "noRenewal", productsLapsed: 1 });
    expect(renewalBanner(null, "2025-07-16", [{ used: 0, renewed: 0, lapsed: true }])?.kind).toBe("noRenewal");
  });

  it("a partial renewal that closed is not a no-renewal", () => {
    const next = renewalWindow("2026-06-15", 30, 30);
    expect(renewalBanner(next, "2025-07-16", [{ used: 45, renewed: 0, lapsed: false }])).toBeNull();
    expect(renewalBanner(null, "2025-07-16", [])).toBeNull();
  });
});

describe("chart and timeline", () => {
  it("scales bars to the largest figure and marks the seats beyond the purchased ones", () => {
    expect(chartBars([{ used: 50, purchased: 45 }, { used: 10, purchased: 0 }])).toEqual([
      { usedPct: 100, purchasedPct: 90, overPct: 10 },
      { usedPct: 20, purchasedPct: 0, overPct: 20 },
    ]);
    expect(chartBars([{ used: 0, purchased: 0 }])).toEqual([{ usedPct: 0, purchasedPct: 0, overPct: 0 }]);
  });

  it("places the anniversary and today between the window's ends", () => {
    const w = renewalWindow("2025-06-15", 30, 30);
    expect(timelinePositions(w, "2025-06-05")).toEqual({ opensOn: 0, anniversary: 50, closesOn: 100, today: 33.3, todayOutside: false });
    expect(timelinePositions(w, "2025-01-01")).toMatchObject({ today: 0, todayOutside: true });
  });
});
