import { sandboxesEnabled } from "@/lib/deployment/environment";

/**
 * How far one set or advance may move a test clock (as Stripe's test clocks): each move runs the
 * work that falls due on the way in one transaction, so an unbounded jump (to 9999) ran for
 * minutes and failed (issue 21). A suite that needs more moves in steps.
 */
export const MAX_CLOCK_MOVE_YEARS = 2;

/** The latest moment one move may reach from `current`. */
export function latestClockMove(current: Date): Date {
  const limit = new Date(current);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_CLOCK_MOVE_YEARS);
  return limit;
}

/** Why a move was refused: the edge words it from `reason` (apiErrors.clock_move_refused). */
export class ClockMoveRefused extends RangeError {
  constructor(
    readonly reason: "invalid" | "backwards" | "too_far",
    message: string,
  ) {
    super(message);
  }
}

/** A test clock only moves forward, by at most two years at a time: a suite may set or advance it, never rewind it. */
export function nextTestClockTime(current: Date, requested: Date): Date {
  if (Number.isNaN(requested.getTime())) throw new ClockMoveRefused("invalid", "not a valid time");
  if (requested.getTime() < current.getTime()) {
    throw new ClockMoveRefused("backwards", `a test clock only moves forward (it reads ${current.toISOString()})`);
  }
  const limit = latestClockMove(current);
  if (requested.getTime() > limit.getTime()) {
    throw new ClockMoveRefused(
      "too_far",
      `a test clock moves at most ${MAX_CLOCK_MOVE_YEARS} years at a time (it reads ${current.toISOString()}; ${limit.toISOString()} at the latest)`,
    );
  }
  return requested;
}

/**
 * Test clocks exist where sandboxes do (development, and a test installation that opted in with
 * LC_SANDBOXES=on); in production every workspace reads real time.
 */
export function testClocksAllowed(env: Record<string, string | undefined> = process.env): boolean {
  return sandboxesEnabled(env);
}

/** The calendar date (YYYY-MM-DD) a moment falls on in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/** How far a time zone is ahead of UTC at a moment, in milliseconds. */
function zoneOffsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The moment a local calendar day begins in a time zone (its midnight), e.g. when a renewal
 * window that ends on 2026-03-31 closes in Warsaw: startOfLocalDay("2026-04-01", "Europe/Warsaw").
 */
export function startOfLocalDay(isoDate: string, timeZone: string): Date {
  const [y, m, d] = isoDate.split("-").map(Number);
  const guess = Date.UTC(y, m - 1, d);
  // Two passes settle the offset on either side of a daylight-saving change.
  const first = guess - zoneOffsetMs(new Date(guess), timeZone);
  const second = guess - zoneOffsetMs(new Date(first), timeZone);
  // Where the clocks spring forward at midnight itself (Havana, Santiago), 00:00 does not exist:
  // the second pass lands an hour early, on the day before, and the day starts at 01:00, `first`.
  return new Date(localDate(new Date(second), timeZone) === isoDate ? second : first);
}
