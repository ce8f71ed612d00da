import { foreignKey, index, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./common";
import { hostState, platform, resetDecision } from "./enums";
import { accounts } from "./accounts";
import { publishers, workspaces } from "./tenancy";

const workspaceRef = () => uuid().notNull().references(() => workspaces.id, { onDelete: "cascade" });

/** A machine (activation location) holding activations; also the managed devices of a workspace. */
export const hosts = pgTable(
  "hosts",
  {
    id: id(),
    workspaceId: workspaceRef(),
    name: text().notNull(),
    platform: platform().notNull(),
    state: hostState().notNull().default("active"),
    lastSeenAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [unique("hosts_ws_id_key").on(t.workspaceId, t.id), index("hosts_ws_name_idx").on(t.workspaceId, t.name)],
);

/** A license activated on a host; released activations return to the workspace's pool. */
export const activations = pgTable(
  "activations",
  {
    id: id(),
    workspaceId: workspaceRef(),
    hostId: uuid().notNull(),
    licenseId: uuid().notNull(),
    /** macOS registers a replacement license and switches when the old one expires. */
    pendingLicenseId: uuid(),
    activatedAt: tstz().notNull(),
    releasedAt: tstz(),
  },
  (t) => [
    foreignKey({ columns: [t.workspaceId, t.hostId], foreignColumns: [hosts.workspaceId, hosts.id] }).onDelete("cascade"),
    index("activations_ws_host_idx").on(t.workspaceId, t.hostId),
    index("activations_ws_license_idx").on(t.workspaceId, t.licenseId),
  ],
);

/** "Report as unusable": one per host report, decided per license by each publisher concerned. */
export const resetRequests = pgTable(
  "reset_requests",
  {
    id: id(),
    workspaceId: workspaceRef(),
    hostId: uuid().notNull(),
    reason: text().notNull(),
    requestedBy: uuid().references(() => accounts.id, { onDelete: "set null" }),
    requestedAt: tstz().notNull(),
  },
  (t) => [
    unique("reset_requests_ws_id_key").on(t.workspaceId, t.id),
    foreignKey({ columns: [t.workspaceId, t.hostId], foreignColumns: [hosts.workspaceId, hosts.id] }).onDelete("cascade"),
  ],
);

export const resetRequestItems = pgTable(
  "reset_request_items",
  {
    id: id(),
    workspaceId: workspaceRef(),
    resetRequestId: uuid().notNull(),
    licenseId: uuid().notNull(),
    publisherId: uuid().notNull().references(() => publishers.id),
    decision: resetDecision().notNull().default("pending"),
    decidedBy: uuid().references(() => accounts.id, { onDelete: "set null" }),
    decidedAt: tstz(),
    note: text(),
  },
  (t) => [
    foreignKey({
      columns: [t.workspaceId, t.resetRequestId],
      foreignColumns: [resetRequests.workspaceId, resetRequests.id],
    }).onDelete("cascade"),
    index("reset_request_items_publisher_idx").on(t.publisherId, t.decision),
  ],
);

export type Host = typeof hosts.$inferSelect;
export type Activation = typeof activations.$inferSelect;
