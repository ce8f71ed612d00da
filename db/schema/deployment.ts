import { pgTable, text } from "drizzle-orm/pg-core";
import { tstz } from "./common";

/**
 * One row per running worker process, touched every few seconds: readiness (`GET /api/ready`)
 * asks whether any worker was seen lately. Not workspace data; the app role reaches it only
 * through app_worker_heartbeat() and app_operational_figures() (migration 0018).
 */
export const workerHeartbeats = pgTable("worker_heartbeats", {
  workerId: text().primaryKey(),
  startedAt: tstz().notNull(),
  seenAt: tstz().notNull(),
});
