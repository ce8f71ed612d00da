import { timingSafeEqual, createHash } from "node:crypto";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { poolStats } from "@/db/pool-stats";
import { operationalFigures } from "./figures";

/**
 * Prometheus metrics of one web process (GET /api/metrics, behind METRICS_TOKEN). Request
 * latency by route template, the connection pools, throttle refusals; the queue and the mail
 * backlog are installation-wide figures read from the database at scrape time.
 */
type Metrics = {
  registry: Registry;
  requestSeconds: Histogram<"route" | "method" | "status">;
  throttleHits: Counter<"throttle">;
};

function create(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "lc_" });
  const requestSeconds = new Histogram({
    name: "lc_http_request_duration_seconds",
    help: "API request latency by route template",
    labelNames: ["route", "method", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const throttleHits = new Counter({ name: "lc_throttle_hits_total", help: "Requests refused by a throttle", labelNames: ["throttle"] as const, registers: [registry] });
  for (const [name, help, pick] of [
    ["lc_db_pool_active", "Transactions holding a connection", (s: (typeof poolStats)["primary"]) => s.active],
    ["lc_db_pool_waiting", "Transactions waiting for a connection", (s: (typeof poolStats)["primary"]) => s.waiting],
  ] as const) {
    new Gauge({
      name,
      help,
      labelNames: ["pool"] as const,
      registers: [registry],
      collect() {
        for (const pool of ["primary", "replica"] as const) this.set({ pool }, pick(poolStats[pool]));
      },
    });
  }
  new Counter({
    name: "lc_db_pool_wait_seconds_total",
    help: "Time transactions spent waiting for a connection",
    labelNames: ["pool"] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const pool of ["primary", "replica"] as const) this.inc({ pool }, poolStats[pool].waitSeconds);
    },
  });
  new Gauge({
    name: "lc_queue",
    help: "Installation-wide queue figures: timers due and their lag, mail backlog and its age, bulk jobs pending, live workers",
    labelNames: ["figure"] as const,
    registers: [registry],
    // One database read per scrape; no value at all when the database does not answer.
    async collect() {
      this.reset();
      const f = await operationalFigures().catch(() => null);
      if (!f) return;
      const age = (d: Date | null) => (d ? Math.max(0, (Date.now() - d.getTime()) / 1000) : 0);
      this.set({ figure: "timers_due" }, f.timersDue);
      this.set({ figure: "timer_lag_seconds" }, age(f.oldestTimerDueAt));
      this.set({ figure: "mail_backlog" }, f.mailBacklog);
      this.set({ figure: "mail_oldest_seconds" }, age(f.oldestMailAt));
      this.set({ figure: "bulk_operations_pending" }, f.bulkPending);
      this.set({ figure: "workers_alive" }, f.workers);
    },
  });
  return { registry, requestSeconds, throttleHits };
}

const g = globalThis as unknown as { __lcMetrics?: Metrics };
export const metrics: Metrics = (g.__lcMetrics ??= create());

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Metrics are answered only to the bearer of METRICS_TOKEN; without one configured they do not exist. */
export function metricsAccess(request: Request, token = process.env.METRICS_TOKEN): "ok" | "unauthorized" | "disabled" {
  if (!token) return "disabled";
  const given = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  return given && timingSafeEqual(digest(given), digest(token)) ? "ok" : "unauthorized";
}
