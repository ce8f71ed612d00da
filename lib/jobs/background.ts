import { after } from "next/server";

/**
 * Starts work once the response has been sent (Next's `after`). The work must be durable without
 * it: its state lives in PostgreSQL and the worker's sweep finishes whatever a stopped process
 * left. Outside a request (scripts, tests) it simply starts now.
 */
export function afterResponse(work: () => Promise<unknown>): void {
  const run = () => work().catch((e) => console.error("background work failed; the worker's sweep will resume it", e));
  try {
    after(run);
  } catch {
    void run();
  }
}
