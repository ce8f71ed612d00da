import { describe, expect, it } from "vitest";
import {
  canReport,
  contactPublisherFrom,
  decisionOutcome,
  freeActivations,
  hostStateFromItems,
  isUnusable,
  requestStatus,
  suggestContactingPublisher,
} from "./rules";

describe("reset item decisions", () => {
  it("leave pending exactly once", () => {
    expect(decisionOutcome("pending", "approved")).toBe("apply");
    expect(decisionOutcome("pending", "denied")).toBe("apply");
    expect(decisionOutcome("approved", "approved")).toBe("unchanged");
    expect(decisionOutcome("denied", "denied")).toBe("unchanged");
    expect(decisionOutcome("approved", "denied")).toBe("conflict");
    expect(decisionOutcome("denied", "approved")).toBe("conflict");
  });
});

describe("a host's state from its request's items", () => {
  it("is reset requested while any item is undecided", () => {
    expect(hostStateFromItems(["pending"])).toBe("reset_requested");
    expect(hostStateFromItems(["approved", "pending"])).toBe("reset_requested");
    expect(hostStateFromItems(["denied", "pending"])).toBe("reset_requested");
  });
  it("is removed when every item is approved", () => {
    expect(hostStateFromItems(["approved"])).toBe("removed");
    expect(hostStateFromItems(["approved", "approved", "approved"])).toBe("removed");
  });
  it("stays unusable when any item is denied", () => {
    expect(hostStateFromItems(["approved", "denied"])).toBe("unusable");
    expect(hostStateFromItems(["denied"])).toBe("unusable");
    expect(hostStateFromItems([])).toBe("unusable");
  });
  it("summarises a request", () => {
    expect(requestStatus(["pending", "approved"])).toBe("pending");
    expect(requestStatus(["approved", "approved"])).toBe("approved");
    expect(requestStatus(["denied"])).toBe("denied");
    expect(requestStatus(["approved", "denied"])).toBe("partly_approved");
  });
});

describe("hosts", () => {
  it("grey out when unusable or under a reset request", () => {
    expect(isUnusable("active")).toBe(false);
    expect(isUnusable("unusable")).toBe(true);
    expect(isUnusable("reset_requested")).toBe(true);
  });
  it("may be reported while active or unusable, not while a request is under way or once removed", () => {
    expect(canReport("active")).toBe(true);
    expect(canReport("unusable")).toBe(true);
    expect(canReport("reset_requested")).toBe(false);
    expect(canReport("removed")).toBe(false);
  });
  it("count free activations as quantity less those in use, never below zero", () => {
    expect(freeActivations(5, 2)).toBe(3);
    expect(freeActivations(2, 2)).toBe(0);
    expect(freeActivations(1, 3)).toBe(0);
  });
});

describe("contacting the publisher after 3 working days", () => {
  const berlin = "Europe/Berlin";
  // 2026-11-20 is a Friday.
  it("counts Monday to Friday only, in the workspace's time zone", () => {
    // Friday 10:00 Berlin: Mon, Tue, Wed pass; due Thursday 00:00 Berlin (23:00 UTC on Wednesday).
    expect(contactPublisherFrom(new Date("2026-11-20T09:00:00Z"), berlin).toISOString()).toBe("2026-11-25T23:00:00.000Z");
    // Saturday and Sunday requests wait for the same three days.
    expect(contactPublisherFrom(new Date("2026-11-21T12:00:00Z"), berlin).toISOString()).toBe("2026-11-25T23:00:00.000Z");
    expect(contactPublisherFrom(new Date("2026-11-22T12:00:00Z"), berlin).toISOString()).toBe("2026-11-25T23:00:00.000Z");
    // Monday: Tue, Wed, Thu; due Friday.
    expect(contactPublisherFrom(new Date("2026-11-23T08:00:00Z"), berlin).toISOString()).toBe("2026-11-26T23:00:00.000Z");
    // Wednesday: Thu, Fri, (weekend), Mon; due Tuesday.
    expect(contactPublisherFrom(new Date("2026-11-25T08:00:00Z"), berlin).toISOString()).toBe("2026-11-30T23:00:00.000Z");
  });
  it("takes the local day, not the UTC day", () => {
    // 23:30 UTC on Sunday is already Monday 00:30 in Warsaw: counted from Monday, due Friday.
    expect(contactPublisherFrom(new Date("2026-11-22T23:30:00Z"), "Europe/Warsaw").toISOString()).toBe("2026-11-26T23:00:00.000Z");
    // The same moment in New York is still Sunday: due Thursday 00:00 New York.
    expect(contactPublisherFrom(new Date("2026-11-22T23:30:00Z"), "America/New_York").toISOString()).toBe("2026-11-26T05:00:00.000Z");
  });
  it("crosses a daylight-saving change at local midnight", () => {
    // Thursday 2026-10-22 in Berlin: Fri, Mon, Tue (clocks go back on Sunday 25th); due Wednesday 00:00 CET.
    expect(contactPublisherFrom(new Date("2026-10-22T10:00:00Z"), berlin).toISOString()).toBe("2026-10-27T23:00:00.000Z");
  });
  it("suggests contact only for undecided items, from that moment on", () => {
    const requestedAt = new Date("2026-11-20T09:00:00Z");
    const due = new Date("2026-11-25T23:00:00Z");
    expect(suggestContactingPublisher({ decision: "pending", requestedAt }, new Date(due.getTime() - 1), berlin)).toBe(false);
    expect(suggestContactingPublisher({ decision: "pending", requestedAt }, due, berlin)).toBe(true);
    expect(suggestContactingPublisher({ decision: "approved", requestedAt }, due, berlin)).toBe(false);
    expect(suggestContactingPublisher({ decision: "denied", requestedAt }, new Date("2027-01-01T00:00:00Z"), berlin)).toBe(false);
  });
});
