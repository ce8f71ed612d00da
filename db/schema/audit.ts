import { bigint, bigserial, index, integer, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { tstz } from "./common";
import { publishers, resellers, workspaces } from "./tenancy";

/**
 * Tamper evidence (migration 0024): the trigger sets both, whatever the insert says. `hash` is
 * sha256 (hex) over the row's canonical text and `prev_hash`, the hash of the chain's previous
 * event (null for the first); lib/audit/verify.ts recomputes it. The default only keeps `hash`
 * out of drizzle's insert type.
 */
function chainColumns() {
  return { prevHash: text(), hash: text().notNull().default("") };
}

/** Append-only: the app role may insert and read, never update or delete. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    workspaceId: uuid().notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    actorAccountId: uuid(),
    /** Who did it, readable even after the account is gone ("ana@example.com", "job:window-close"). */
    actorLabel: text().notNull(),
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: text(),
    data: jsonb().notNull().default({}),
    /** Workspace time (test clock in sandboxes). */
    occurredAt: tstz().notNull(),
    recordedAt: tstz().notNull().defaultNow(),
    ...chainColumns(),
  },
  // The Audit tab's and the API's keyset order is (occurred_at desc, id desc) inside a workspace:
  // each filter has an index ending in that order, so a filtered page deep in a million events is
  // one index range scan (lib/audit/queries.ts; migration 0025). The chain index serves verify.
  (t) => [
    index("audit_events_ws_occurred_idx").on(t.workspaceId, t.occurredAt.desc(), t.id.desc()),
    index("audit_events_ws_chain_idx").on(t.workspaceId, t.id),
    index("audit_events_ws_action_idx").on(t.workspaceId, t.action, t.occurredAt.desc(), t.id.desc()),
    index("audit_events_ws_subject_idx").on(t.workspaceId, t.subjectType, t.subjectId, t.occurredAt.desc(), t.id.desc()),
    index("audit_events_ws_actor_idx").on(t.workspaceId, t.actorLabel, t.occurredAt.desc(), t.id.desc()),
  ],
);

/**
 * What reseller staff did at the reseller's own level (today: its API tokens), append-only like
 * audit_events. A reseller token reaches whichever workspaces are linked at the time of each
 * request, so its creation belongs to the reseller, not to the workspaces linked that day.
 */
export const resellerAuditEvents = pgTable(
  "reseller_audit_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    resellerId: uuid().notNull().references(() => resellers.id, { onDelete: "cascade" }),
    actorAccountId: uuid(),
    actorLabel: text().notNull(),
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: text(),
    data: jsonb().notNull().default({}),
    occurredAt: tstz().notNull().defaultNow(),
    ...chainColumns(),
  },
  (t) => [index("reseller_audit_events_reseller_idx").on(t.resellerId, t.occurredAt.desc(), t.id.desc()), index("reseller_audit_events_chain_idx").on(t.resellerId, t.id)],
);

/**
 * What publisher staff did at the publisher's own level (today: its API tokens), append-only. Its
 * decisions stay in each workspace's log (lib/hosts/publisher.ts), where the customer reads them.
 */
export const publisherAuditEvents = pgTable(
  "publisher_audit_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    publisherId: uuid().notNull().references(() => publishers.id, { onDelete: "cascade" }),
    actorAccountId: uuid(),
    actorLabel: text().notNull(),
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: text(),
    data: jsonb().notNull().default({}),
    occurredAt: tstz().notNull().defaultNow(),
  },
  (t) => [index("publisher_audit_events_publisher_idx").on(t.publisherId, t.occurredAt.desc(), t.id.desc())],
);

/**
 * The last link of each chain, written only by the chain triggers (SECURITY DEFINER; the app role
 * has no grant): its row lock orders concurrent inserts of one workspace, and it names the last
 * event, so deleting the newest events is detected too.
 */
export const auditChainHeads = pgTable("audit_chain_heads", {
  workspaceId: uuid()
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  lastId: bigint({ mode: "number" }).notNull(),
  lastHash: text().notNull(),
});

export const resellerAuditChainHeads = pgTable("reseller_audit_chain_heads", {
  resellerId: uuid()
    .primaryKey()
    .references(() => resellers.id, { onDelete: "cascade" }),
  lastId: bigint({ mode: "number" }).notNull(),
  lastHash: text().notNull(),
});

/** Outside production a workspace may have a test clock: frozen until set or advanced, forward only. */
export const workspaceClocks = pgTable("workspace_clocks", {
  workspaceId: uuid()
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  now: tstz().notNull(),
  updatedAt: tstz().notNull().defaultNow(),
});

export type AuditEvent = typeof auditEvents.$inferSelect;

/**
 * Replays of a mutation (double-clicked submit, retried API call) return the first answer. The
 * key is per workspace; the request hash refuses the same key with a different body.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    workspaceId: uuid().notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    key: text().notNull(),
    operation: text().notNull(),
    requestHash: text().notNull(),
    status: integer().notNull(),
    response: jsonb().notNull(),
    createdAt: tstz().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.key] }), index("idempotency_keys_created_idx").on(t.createdAt)],
);
