import { describe, expect, it } from "vitest";
import { addDays, calendarDateIn, daysBetween, renewalWindow, seatSummary, windowPhase } from "./rules";

describe("calendar dates", () => {
  it("reads today in the workspace's time zone", () => {
    const moment = new Date("2025-03-14T23:30:00Z");
    expect(calendarDateIn(moment, "Europe/Warsaw")).toBe("2025-03-15");
    expect(calendarDateIn(moment, "UTC")).toBe("2025-03-14");
    expect(calendarDateIn(moment, "America/New_York")).toBe("2025-03-14");
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

describe("seat summary", () => {
  const seats = { used: 50, purchased: 50, renewed: 45, unpaid: 0, noAccess: 0 };

  it("shows used against seats bought for the coming term inside the window (50/45)", () => {
    expect(seatSummary(seats, true)).toMatchObject({ used: 50, purchased: 45, needsRenewal: 5 });
  });

  it("shows the current term's seats and no renewal need outside the window", () => {
    expect(seatSummary(seats, false)).toMatchObject({ used: 50, purchased: 50, needsRenewal: null });
  });

  it("hides needs-renewal when everything or more was renewed", () => {
    expect(seatSummary({ ...seats, renewed: 50 }, true).needsRenewal).toBeNull();
    expect(seatSummary({ ...seats, used: 60, renewed: 70 }, true)).toMatchObject({ purchased: 70, needsRenewal: null });
  });

  it("shows unpaid seats inside the window or not", () => {
    expect(seatSummary({ ...seats, unpaid: 5 }, true).paymentRequired).toBe(5);
    expect(seatSummary({ ...seats, unpaid: 5 }, false).paymentRequired).toBe(5);
  });
});
