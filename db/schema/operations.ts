import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./common";
import { products } from "./catalog";
import { workspaces } from "./tenancy";

/**
 * A change too large for one request (unassigning thousands of users): the selection is fixed
 * when it is made, then worked off in chunks, each chunk's effect and the progress committed
 * together, so a crash resumes where it stopped and nobody is handled twice.
 */
export const bulkOperations = pgTable(
  "bulk_operations",
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
    index("bulk_operations_ws_created_idx").on(t.workspaceId, t.createdAt.desc()),
    index("bulk_operations_pending_idx").on(t.updatedAt).where(sql`${t.status} in ('queued', 'running')`),
  ],
);

export type BulkOperation = typeof bulkOperations.$inferSelect;
