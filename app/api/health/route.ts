/** Liveness for load balancers and orchestrators: the process answers. Touches no database. */
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
