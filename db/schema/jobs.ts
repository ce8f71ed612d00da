import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./common";
import { workspaces } from "./tenancy";

/**
 * Work due at a moment of a workspace's own time (a renewal window closing, a provisional key
 * running out). Real-time workspaces have it run by the queue worker once the moment passes;
 * a sandbox runs it while its test clock is advanced past the moment. `done_at` is set in the
 * same transaction as the work's effect, so each timer takes effect exactly once.
 */
export const workspaceTimers = pgTable(
  "workspace_timers",
  {
    id: id(),
    workspaceId: uuid().notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    /** Identifies the subject (e.g. the contract and its anniversary): scheduling twice is a no-op. */
    key: text().notNull(),
    dueAt: tstz().notNull(),
    payload: jsonb().notNull().default({}),
    createdAt: createdAt(),
    doneAt: tstz(),
    outcome: jsonb(),
  },
  (t) => [
    uniqueIndex("workspace_timers_key").on(t.workspaceId, t.kind, t.key),
    index("workspace_timers_pending_idx").on(t.dueAt).where(sql`${t.doneAt} is null`),
    index("workspace_timers_ws_pending_idx").on(t.workspaceId, t.dueAt).where(sql`${t.doneAt} is null`),
  ],
);

export type WorkspaceTimer = typeof workspaceTimers.$inferSelect;
