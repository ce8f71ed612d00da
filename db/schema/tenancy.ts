import { relations } from "drizzle-orm";
import { boolean, index, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./common";

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

/** Which customer workspaces a reseller administers; deleting the row ends access at once. */
export const resellerWorkspaces = pgTable(
  "reseller_workspaces",
  {
    resellerId: uuid().notNull().references(() => resellers.id, { onDelete: "cascade" }),
    workspaceId: uuid().notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    linkedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.resellerId, t.workspaceId] }), index("reseller_workspaces_workspace_idx").on(t.workspaceId)],
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

export type Workspace = typeof workspaces.$inferSelect;
export type NewWorkspace = typeof workspaces.$inferInsert;
export type Reseller = typeof resellers.$inferSelect;
export type Publisher = typeof publishers.$inferSelect;
