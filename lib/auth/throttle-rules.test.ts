import { describe, expect, it } from "vitest";
import { afterFailure, lockRemainingMs, THROTTLE, type ThrottleRow } from "./throttle-rules";

const t0 = new Date("2030-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function failTimes(n: number, limit: number, now = t0): ThrottleRow | undefined {
  let row: ThrottleRow | undefined;
  for (let i = 0; i < n; i++) row = afterFailure(row, now, limit);
  return row;
}

describe("afterFailure", () => {
  it("starts a window at the first failure", () => {
    expect(afterFailure(undefined, t0, 5)).toEqual({ failures: 1, windowStartedAt: t0, lockedUntil: null });
  });

  it("counts within the window and locks exactly at the limit", () => {
    expect(failTimes(4, 5)).toEqual({ failures: 4, windowStartedAt: t0, lockedUntil: null });
    expect(failTimes(5, 5)).toEqual({ failures: 5, windowStartedAt: t0, lockedUntil: at(THROTTLE.lockMs) });
  });

  it("keeps the window's start as failures accumulate", () => {
    const row = afterFailure(afterFailure(undefined, t0, 5), at(60_000), 5);
    expect(row).toEqual({ failures: 2, windowStartedAt: t0, lockedUntil: null });
  });

  it("a failure while locked extends the lock from that failure", () => {
    const locked = failTimes(5, 5)!;
    expect(afterFailure(locked, at(1000), 5).lockedUntil).toEqual(at(1000 + THROTTLE.lockMs));
  });

  it("starts a new window once the old one ran out (at exactly windowMs)", () => {
    const row = failTimes(4, 5)!;
    expect(afterFailure(row, at(THROTTLE.windowMs - 1), 5)).toMatchObject({ failures: 5, windowStartedAt: t0 });
    expect(afterFailure(row, at(THROTTLE.windowMs), 5)).toEqual({ failures: 1, windowStartedAt: at(THROTTLE.windowMs), lockedUntil: null });
  });

  it("uses the limit it is given (per account vs per address)", () => {
    expect(failTimes(THROTTLE.maxPerAccount, THROTTLE.maxPerAddress)!.lockedUntil).toBeNull();
    expect(failTimes(THROTTLE.maxPerAddress, THROTTLE.maxPerAddress)!.lockedUntil).toEqual(at(THROTTLE.lockMs));
    expect(THROTTLE.maxPerAddress).toBeGreaterThan(THROTTLE.maxPerAccount);
  });
});

describe("lockRemainingMs", () => {
  it("is 0 without a row or a lock", () => {
    expect(lockRemainingMs(undefined, t0)).toBe(0);
    expect(lockRemainingMs({ failures: 3, windowStartedAt: t0, lockedUntil: null }, t0)).toBe(0);
  });

  it("counts down to 0 and never below", () => {
    const row = { failures: 5, windowStartedAt: t0, lockedUntil: at(THROTTLE.lockMs) };
    expect(lockRemainingMs(row, t0)).toBe(THROTTLE.lockMs);
    expect(lockRemainingMs(row, at(THROTTLE.lockMs - 250))).toBe(250);
    expect(lockRemainingMs(row, at(THROTTLE.lockMs))).toBe(0);
    expect(lockRemainingMs(row, at(THROTTLE.lockMs + 60_000))).toBe(0);
  });
});
