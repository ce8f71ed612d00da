import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { accounts, apiTokens, memberships } from "@/db/schema";
import { withScope, type Tx } from "@/db/scope";
import type { WorkspaceRole } from "@/db/schema/enums";
import { isUiLocale, type UiLocale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/tables/params";
import { twoFactorRequiredSql } from "./two-factor";

/**
 * Sign-in happens before any scope exists; the app cannot read accounts unscoped, so the
 * lookup goes through a SECURITY DEFINER function that matches one e-mail and nothing else.
 */
export async function findAccountForSignIn(email: string) {
  return withScope({ kind: "anonymous" }, async (tx) => {
    const [row] = await tx.execute<{ id: string; email: string; name: string; password_hash: string; disabled_at: Date | null; session_version: number }>(
      sql`select * from app_sign_in_account(${email.trim()})`,
    );
    return row
      ? { id: row.id, email: row.email, name: row.name, passwordHash: row.password_hash, disabledAt: row.disabled_at, sessionVersion: row.session_version }
      : null;
  });
}

/** Reseller staff act as admins in the workspaces linked to their company. */
export const RESELLER_STAFF_ROLE: WorkspaceRole = "admin";

export type Actor = {
  accountId: string;
  email: string;
  name: string;
  resellerId: string | null;
  publisherId: string | null;
  /** A person signing in, or the account behind an API token. */
  kind: "person" | "api_token";
  /**
   * The role the actor holds in every workspace linked to its reseller: reseller staff act as
   * admins; a reseller API token holds the role it was issued with (admin or viewer). Null
   * without a reseller.
   */
  resellerRole: WorkspaceRole | null;
  /** Role per workspace id from memberships; reseller rights are resolved per workspace. */
  memberships: Map<string, WorkspaceRole>;
  /**
   * A workspace (as admin or supervisor) or the reseller requires the second sign-in step and
   * the account has not enrolled: it may only open the enrolment page until it does.
   */
  twoFactorPending?: boolean;
  /** The console language the person chose; null: chosen per request (lib/i18n/locales). */
  locale?: UiLocale | null;
};

/**
 * Re-read on every request, so a disabled account or revoked role loses access at once. A
 * session names the account's session version it was issued under: once the account raised it
 * ("sign out everywhere", a new password, a removed membership) every session of it reads as
 * nobody; and its own id, which signing out ends alone.
 */
/** What a console session names: the account version it was issued under, and its own id. */
export type SessionCheck = { sessionVersion?: number; sessionId?: string };

export async function loadActor(accountId: string, opts: SessionCheck = {}): Promise<Actor | null> {
  return withScope({ kind: "account", accountId }, (tx) => readActor(tx, accountId, opts), { readOnly: true });
}

/** loadActor inside a transaction already scoped to the account. */
export async function readActor(tx: Tx, accountId: string, opts: SessionCheck = {}): Promise<Actor | null> {
  const [account] = await tx
    .select({
      id: accounts.id,
      email: accounts.email,
      name: accounts.name,
      resellerId: accounts.resellerId,
      publisherId: accounts.publisherId,
      kind: accounts.kind,
      locale: accounts.locale,
      // The account's memberships in the same statement (one round trip less on every request);
      // the outer row qualified by hand: drizzle leaves a single-table select's columns bare.
      memberships: sql<{ workspaceId: string; role: WorkspaceRole }[]>`coalesce((
        select json_agg(json_build_object('workspaceId', m.workspace_id, 'role', m.role))
          from ${memberships} m where m.account_id = ${accounts}.id), '[]'::json)`,
      // The two-step rule in the same statement too, asked only of a person not yet enrolled.
      twoFactorPending: sql<boolean>`(${accounts.kind} = 'person' and ${accounts.totpEnabledAt} is null and ${twoFactorRequiredSql(sql`${accounts}`)})`,
    })
    .from(accounts)
    .where(
      and(
        eq(accounts.id, accountId),
        isNull(accounts.disabledAt),
        opts.sessionVersion === undefined ? undefined : eq(accounts.sessionVersion, opts.sessionVersion),
        opts.sessionId === undefined ? undefined : isUuid(opts.sessionId) ? sql`not app_session_ended(${opts.sessionId}::uuid)` : sql`false`,
      ),
    );
  if (!account) return null;
  let resellerRole: WorkspaceRole | null = null;
  if (account.resellerId && account.kind === "person") resellerRole = RESELLER_STAFF_ROLE;
  else if (account.resellerId) {
    // A reseller token: its own row (readable by its account only) carries the role.
    const [token] = await tx
      .select({ role: apiTokens.role })
      .from(apiTokens)
      .where(and(eq(apiTokens.accountId, accountId), eq(apiTokens.resellerId, account.resellerId), isNull(apiTokens.workspaceId), isNull(apiTokens.revokedAt)));
    resellerRole = token?.role ?? null;
  }
  return {
    accountId: account.id,
    email: account.email,
    name: account.name,
    resellerId: account.resellerId,
    publisherId: account.publisherId,
    kind: account.kind,
    resellerRole,
    memberships: new Map(account.memberships.map((r) => [r.workspaceId, r.role])),
    locale: isUiLocale(account.locale) ? account.locale : null,
    twoFactorPending: account.twoFactorPending,
  };
}

/**
 * Ends every session of the account issued under `seenVersion` (sign-out, "sign out everywhere"):
 * the next request carrying one of them reads as signed out. The account raises its own row only.
 */
export async function endSessions(accountId: string, seenVersion: number): Promise<void> {
  await withScope({ kind: "account", accountId }, (tx) =>
    tx
      .update(accounts)
      .set({ sessionVersion: sql`${accounts.sessionVersion} + 1` })
      .where(and(eq(accounts.id, accountId), eq(accounts.sessionVersion, seenVersion))),
  );
}

/** The account's own language choice (null: the browser's, then the workspace's); its own row only. */
export async function setAccountLocale(accountId: string, locale: UiLocale | null): Promise<void> {
  await withScope({ kind: "account", accountId }, (tx) => tx.update(accounts).set({ locale }).where(eq(accounts.id, accountId)));
}

/** Signing out: this one session of the account ends (until `until`, when its token expires anyway). */
export async function endSession(accountId: string, sessionId: string, until: Date): Promise<void> {
  if (!isUuid(sessionId)) return;
  await withScope({ kind: "account", accountId }, (tx) => tx.execute(sql`select app_end_session(${sessionId}::uuid, ${until.toISOString()}::timestamptz)`));
}

// ---------------------------------------------------------------------------------------------
// Making and disabling accounts: the other areas (sandboxes, API tokens) call these.

export type NewPersonAccount = {
  id?: string;
  email: string;
  name: string;
  passwordHash: string;
  /** A sandbox's people live and go with its workspace. */
  scopedWorkspaceId?: string;
  /** Publisher or reseller staff. */
  publisherId?: string;
  resellerId?: string;
};

/** People who sign in with a password, in the caller's transaction and scope. */
export async function createPersonAccounts(tx: Tx, people: NewPersonAccount[]): Promise<void> {
  if (people.length === 0) return;
  await tx.insert(accounts).values(people);
}

/**
 * The account an API token acts as: never signs in (no password, an address that cannot receive
 * mail), scoped to its workspace or its reseller. Returns its id.
 */
export async function createTokenAccount(
  tx: Tx,
  owner: { name: string } & ({ workspaceId: string } | { resellerId: string } | { publisherId: string }),
): Promise<string> {
  const id = randomUUID();
  await tx.insert(accounts).values({
    id,
    email: `token-${id}@api-tokens.invalid`,
    name: owner.name,
    kind: "api_token",
    passwordHash: "!",
    ...("workspaceId" in owner
      ? { scopedWorkspaceId: owner.workspaceId }
      : "resellerId" in owner
        ? { resellerId: owner.resellerId }
        : { publisherId: owner.publisherId }),
  });
  return id;
}

/** Disables an account (a revoked token's); disabling twice keeps the first moment. */
export async function disableAccount(tx: Tx, accountId: string, at: Date): Promise<void> {
  await tx.update(accounts).set({ disabledAt: at }).where(and(eq(accounts.id, accountId), isNull(accounts.disabledAt)));
}
