import { metrics, metricsAccess } from "@/lib/deployment/metrics";

/** Prometheus metrics of this web process, for the bearer of METRICS_TOKEN only. */
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const access = metricsAccess(request);
  if (access === "disabled") return new Response("Metrics are off: set METRICS_TOKEN.\n", { status: 404 });
  if (access === "unauthorized") return new Response("Send Authorization: Bearer <METRICS_TOKEN>.\n", { status: 401, headers: { "www-authenticate": "Bearer" } });
  return new Response(await metrics.registry.metrics(), { headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" } });
}
