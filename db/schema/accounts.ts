import { relations, sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./common";
import { accountKind, workspaceRole } from "./enums";
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
    /** "person" signs in with a password; "api_token" is the principal behind an API token. */
    kind: accountKind().notNull().default("person"),
    passwordHash: text().notNull(),
    /** Reseller staff (kind person, acting as admin) or a reseller API token (its role on api_tokens). */
    resellerId: uuid().references(() => resellers.id, { onDelete: "set null" }),
    publisherId: uuid().references(() => publishers.id, { onDelete: "set null" }),
    /** Accounts that exist for one workspace only (API tokens, sandbox sign-ins) go with it. */
    scopedWorkspaceId: uuid().references(() => workspaces.id, { onDelete: "cascade" }),
    totpSecret: text(),
    totpEnabledAt: tstz(),
    /** The last RFC 6238 time step accepted: a code of that step or earlier is refused (no replay). */
    totpLastStep: bigint({ mode: "number" }),
    disabledAt: tstz(),
    /**
     * Carried in every session token and compared on every request: raising it (sign-out, "sign
     * out everywhere", a new password, a removed membership) ends every session issued before.
     */
    sessionVersion: integer().notNull().default(0),
    /** The language the person chose for the console and its e-mails; null: the browser's, then the workspace's. */
    locale: text(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("accounts_email_key").on(sql`lower(${t.email})`),
    check("accounts_locale_check", sql`${t.locale} in ('en', 'pl', 'de')`),
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
 * A bearer token for the API. Each token is backed by an account of kind "api_token" with its
 * own membership (or reseller link), so tokens go through exactly the same access checks and
 * row-level security as people. Only a SHA-256 of the secret is stored.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: id(),
    workspaceId: uuid().references(() => workspaces.id, { onDelete: "cascade" }),
    resellerId: uuid().references(() => resellers.id, { onDelete: "cascade" }),
    /** A publisher's token (migration 0032): it acts as the publisher's staff, through the API only. */
    publisherId: uuid().references(() => publishers.id, { onDelete: "cascade" }),
    accountId: uuid().notNull().references(() => accounts.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** The first characters of the secret, shown so a token can be recognised. */
    prefix: text().notNull(),
    tokenHash: text().notNull(),
    role: workspaceRole().notNull(),
    createdBy: uuid().references(() => accounts.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    lastUsedAt: tstz(),
    expiresAt: tstz(),
    revokedAt: tstz(),
  },
  (t) => [
    uniqueIndex("api_tokens_hash_key").on(t.tokenHash),
    index("api_tokens_ws_idx").on(t.workspaceId),
    index("api_tokens_reseller_idx").on(t.resellerId),
    index("api_tokens_publisher_idx").on(t.publisherId),
    // A token belongs to one workspace, one reseller or one publisher: exactly one.
    check("api_tokens_one_owner", sql`num_nonnulls(${t.workspaceId}, ${t.resellerId}, ${t.publisherId}) = 1`),
    // Reseller staff act as admins in their workspaces: a reseller token cannot exceed that.
    check("api_tokens_reseller_role", sql`${t.resellerId} is null or ${t.role} in ('admin', 'viewer')`),
    // Publisher staff hold one right (their publisher's decisions and codes), so their tokens hold it too.
    check("api_tokens_publisher_role", sql`${t.publisherId} is null or ${t.role} = 'admin'`),
  ],
);

/** One-time recovery codes of the second sign-in step; only a SHA-256 of each is kept. */
export const accountRecoveryCodes = pgTable(
  "account_recovery_codes",
  {
    id: id(),
    accountId: uuid().notNull().references(() => accounts.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("account_recovery_codes_key").on(t.accountId, t.codeHash)],
);

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
export type AccountRecoveryCode = typeof accountRecoveryCodes.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;

/**
 * Sessions signed out one by one: the id a sign-in put into its token, kept until the token would
 * have expired anyway. "Sign out everywhere" raises accounts.session_version instead. The app role
 * reaches it only through app_end_session() and app_session_ended() (migration 0019).
 */
export const endedSessions = pgTable("ended_sessions", {
  sessionId: uuid().primaryKey(),
  accountId: uuid()
    .notNull()
    .references(() => accounts.id, { onDelete: "cascade" }),
  expiresAt: tstz().notNull(),
});

/**
 * A "forgot password" link: one per request, single use, short-lived; only a SHA-256 of the
 * secret in the link is kept. The app role reaches it only through SECURITY DEFINER functions
 * (migration 0030): the person asking is not signed in, and no scope may list them.
 */
export const passwordResets = pgTable(
  "password_resets",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    tokenHash: text().notNull(),
    createdAt: createdAt(),
    expiresAt: tstz().notNull(),
    usedAt: tstz(),
  },
  (t) => [uniqueIndex("password_resets_token_key").on(t.tokenHash), index("password_resets_account_idx").on(t.accountId)],
);

/**
 * A person invited into a workspace with a role: the e-mail carries a one-time link (only its
 * SHA-256 is kept); accepting creates the membership (and the account, for a new person).
 * Workspace data: RLS FORCE like every tenant table.
 */
export const workspaceInvitations = pgTable(
  "workspace_invitations",
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    email: text().notNull(),
    role: workspaceRole().notNull(),
    tokenHash: text().notNull(),
    invitedBy: uuid().references(() => accounts.id, { onDelete: "set null" }),
    invitedByLabel: text().notNull(),
    createdAt: createdAt(),
    /** Moved forward when the invitation is sent again (a new link; the old one stops working). */
    sentAt: tstz().notNull(),
    expiresAt: tstz().notNull(),
    acceptedAt: tstz(),
    acceptedBy: uuid().references(() => accounts.id, { onDelete: "set null" }),
    withdrawnAt: tstz(),
  },
  (t) => [
    uniqueIndex("workspace_invitations_token_key").on(t.tokenHash),
    index("workspace_invitations_ws_idx").on(t.workspaceId, t.createdAt.desc()),
    // One open invitation per address and workspace: inviting again resends it.
    uniqueIndex("workspace_invitations_one_open")
      .on(t.workspaceId, sql`lower(${t.email})`)
      .where(sql`${t.acceptedAt} is null and ${t.withdrawnAt} is null`),
  ],
);

export type WorkspaceInvitation = typeof workspaceInvitations.$inferSelect;
