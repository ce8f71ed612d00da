import { probeReadiness } from "@/lib/deployment/figures";

/** Readiness: database reachable, migrations current, a worker beating. 503 until all three hold (read at most once a second). */
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const verdict = await probeReadiness();
  return Response.json(verdict, { status: verdict.ready ? 200 : 503, headers: { "cache-control": "no-store" } });
}
