import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./common";
import { products } from "./catalog";
import { workspaces } from "./tenancy";

/**
 * A bulk job: a change too large for one request (unassigning thousands of users). The selection
 * is fixed when it is made, then worked off in chunks, each chunk's effect and the progress
 * committed together, so a crash resumes where it stopped and nobody is handled twice. (Not an
 * "operation": that word is lib/operations' validated action; the table was `bulk_operations`
 * until migration 0023.)
 */
export const bulkJobs = pgTable(
  "bulk_jobs",
  {
    id: id(),
    workspaceId: uuid().notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    productId: uuid().references(() => products.id),
    /** The directory users selected, in the order they are worked off. */
    userIds: uuid().array().notNull(),
    total: integer().notNull(),
    /** How many of `userIds` have been handled. */
    done: integer().notNull().default(0),
    /** How many of those actually changed (the rest had no seat any more). */
    changed: integer().notNull().default(0),
    /** queued → running → done | failed */
    status: text().notNull().default("queued"),
    reason: text().notNull().default("manual"),
    requestedBy: uuid(),
    requestedByLabel: text().notNull(),
    error: text(),
    createdAt: createdAt(),
    updatedAt: tstz().notNull().defaultNow(),
    finishedAt: tstz(),
    result: jsonb(),
  },
  (t) => [
    index("bulk_jobs_ws_created_idx").on(t.workspaceId, t.createdAt.desc()),
    index("bulk_jobs_pending_idx").on(t.updatedAt).where(sql`${t.status} in ('queued', 'running')`),
  ],
);

export type BulkJob = typeof bulkJobs.$inferSelect;
