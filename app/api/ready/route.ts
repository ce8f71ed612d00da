import { readiness } from "@/lib/deployment/figures";

/** Readiness: database reachable, migrations current, a worker beating. 503 until all three hold. */
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const verdict = await readiness();
  return Response.json(verdict, { status: verdict.ready ? 200 : 503, headers: { "cache-control": "no-store" } });
}
