/** A test clock only moves forward: a suite may set or advance it, never rewind it. */
export function nextTestClockTime(current: Date, requested: Date): Date {
  if (Number.isNaN(requested.getTime())) throw new RangeError("not a valid time");
  if (requested.getTime() < current.getTime()) {
    throw new RangeError(`a test clock only moves forward (it reads ${current.toISOString()})`);
  }
  return requested;
}

/** Test clocks exist everywhere but production, where every workspace reads real time. */
export function testClocksAllowed(appEnv = process.env.APP_ENV): boolean {
  return appEnv !== "production";
}

/** The calendar date (YYYY-MM-DD) a moment falls on in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}
