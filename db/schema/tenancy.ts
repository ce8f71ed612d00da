import { relations, sql } from "drizzle-orm";
import { boolean, index, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./common";
import { resellerInvitationState } from "./enums";

/** A customer company: every row of customer data belongs to exactly one. */
export const workspaces = pgTable(
  "workspaces",
  {
    id: id(),
    slug: text().notNull(),
    name: text().notNull(),
    /** ISO 3166-1 alpha-2; the currency and locale follow from it. */
    country: text().notNull(),
    /** ISO 4217, derived from the country when the workspace is made. */
    currency: text().notNull(),
    /** BCP 47 tag used to format dates and money. */
    locale: text().notNull(),
    /** IANA zone: renewal windows open and close at local midnight. */
    timeZone: text().notNull(),
    isSandbox: boolean().notNull().default(false),
    sandboxTemplate: text(),
    /** Sandboxes are deleted automatically after this moment (real time). */
    expiresAt: tstz(),
    /** A supervisor may require the second sign-in step of every admin. */
    requireTwoFactor: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("workspaces_slug_key").on(t.slug), index("workspaces_sandbox_expiry_idx").on(t.expiresAt)],
);

export const resellers = pgTable(
  "resellers",
  {
    id: id(),
    slug: text().notNull(),
    name: text().notNull(),
    requireTwoFactor: boolean().notNull().default(false),
    /** Made by the sandbox API for a suite; never holds real customers. */
    isSandbox: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("resellers_slug_key").on(t.slug)],
);

/**
 * Which customer workspaces a reseller administers; deleting the row ends access at once (row-level
 * security reads it on every request). Written by lib/reseller/links only.
 */
export const resellerWorkspaces = pgTable(
  "reseller_workspaces",
  {
    resellerId: uuid().notNull().references(() => resellers.id, { onDelete: "cascade" }),
    workspaceId: uuid().notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    linkedAt: createdAt(),
    /** The Idempotency-Key of the request that created the workspace for the reseller, if one did. */
    requestKey: text(),
  },
  (t) => [
    primaryKey({ columns: [t.resellerId, t.workspaceId] }),
    index("reseller_workspaces_workspace_idx").on(t.workspaceId),
    uniqueIndex("reseller_workspaces_request_key").on(t.resellerId, t.requestKey).where(sql`${t.requestKey} is not null`),
  ],
);

/**
 * A reseller's request to administer a workspace, decided by one of the workspace's supervisors.
 * The reseller sees its own invitations and never the workspace's name before it is accepted
 * (only what it typed, `invitedAs`); the workspace's members see every invitation to it.
 */
export const resellerInvitations = pgTable(
  "reseller_invitations",
  {
    id: id(),
    resellerId: uuid().notNull().references(() => resellers.id, { onDelete: "cascade" }),
    workspaceId: uuid().notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    /** What the reseller typed: the workspace's slug or a supervisor's e-mail. */
    invitedAs: text().notNull(),
    state: resellerInvitationState().notNull().default("pending"),
    invitedBy: uuid(),
    /** The inviter's e-mail (or token name): the workspace side cannot read reseller accounts. */
    invitedByLabel: text().notNull(),
    createdAt: createdAt(),
    decidedAt: tstz(),
    decidedByLabel: text(),
    /** The Idempotency-Key of the inviting request, if it had one. */
    requestKey: text(),
  },
  (t) => [
    index("reseller_invitations_workspace_idx").on(t.workspaceId, t.state),
    index("reseller_invitations_reseller_idx").on(t.resellerId, t.createdAt.desc()),
    // One open invitation per pair: a second invite while one is pending is a conflict (or its replay).
    uniqueIndex("reseller_invitations_one_pending").on(t.resellerId, t.workspaceId).where(sql`${t.state} = 'pending'`),
    uniqueIndex("reseller_invitations_request_key").on(t.resellerId, t.requestKey).where(sql`${t.requestKey} is not null`),
  ],
);

export const publishers = pgTable(
  "publishers",
  {
    id: id(),
    slug: text().notNull(),
    name: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("publishers_slug_key").on(t.slug)],
);

export const workspacesRelations = relations(workspaces, ({ many }) => ({ resellerLinks: many(resellerWorkspaces) }));
export const resellersRelations = relations(resellers, ({ many }) => ({ workspaceLinks: many(resellerWorkspaces) }));
export const resellerWorkspacesRelations = relations(resellerWorkspaces, ({ one }) => ({
  reseller: one(resellers, { fields: [resellerWorkspaces.resellerId], references: [resellers.id] }),
  workspace: one(workspaces, { fields: [resellerWorkspaces.workspaceId], references: [workspaces.id] }),
}));

export const resellerInvitationsRelations = relations(resellerInvitations, ({ one }) => ({
  reseller: one(resellers, { fields: [resellerInvitations.resellerId], references: [resellers.id] }),
  workspace: one(workspaces, { fields: [resellerInvitations.workspaceId], references: [workspaces.id] }),
}));

export type Workspace = typeof workspaces.$inferSelect;
export type NewWorkspace = typeof workspaces.$inferInsert;
export type Reseller = typeof resellers.$inferSelect;
export type Publisher = typeof publishers.$inferSelect;
