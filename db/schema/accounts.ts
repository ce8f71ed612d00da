import { relations, sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./common";
import { workspaceRole } from "./enums";
import { publishers, resellers, workspaces } from "./tenancy";

/**
 * A person who signs in. Reseller and publisher staff carry their company here and get
 * their rights through it, never through copied memberships.
 */
export const accounts = pgTable(
  "accounts",
  {
    id: id(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    resellerId: uuid().references(() => resellers.id, { onDelete: "set null" }),
    publisherId: uuid().references(() => publishers.id, { onDelete: "set null" }),
    totpSecret: text(),
    totpEnabledAt: tstz(),
    disabledAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("accounts_email_key").on(sql`lower(${t.email})`),
    index("accounts_reseller_idx").on(t.resellerId),
    index("accounts_publisher_idx").on(t.publisherId),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    workspaceId: uuid().notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    accountId: uuid().notNull().references(() => accounts.id, { onDelete: "cascade" }),
    role: workspaceRole().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.accountId] }), index("memberships_account_idx").on(t.accountId)],
);

/**
 * Failed sign-ins per key ("account:<email>" or "ip:<address>") in a sliding window; kept in
 * the database so every web instance sees the same count.
 */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  windowStartedAt: tstz().notNull().defaultNow(),
  lockedUntil: tstz(),
});

export const accountsRelations = relations(accounts, ({ many, one }) => ({
  memberships: many(memberships),
  reseller: one(resellers, { fields: [accounts.resellerId], references: [resellers.id] }),
  publisher: one(publishers, { fields: [accounts.publisherId], references: [publishers.id] }),
}));
export const membershipsRelations = relations(memberships, ({ one }) => ({
  account: one(accounts, { fields: [memberships.accountId], references: [accounts.id] }),
  workspace: one(workspaces, { fields: [memberships.workspaceId], references: [workspaces.id] }),
}));

export type Account = typeof accounts.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
