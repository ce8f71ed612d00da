import { createHash, randomInt } from "node:crypto";
import { and, eq, isNull, or, lt, sql, type SQL } from "drizzle-orm";
import QRCode from "qrcode";
import { accountRecoveryCodes, accounts } from "@/db/schema";
import { withScope, type Tx } from "@/db/scope";
import { conflict, fieldError, invalid, unauthenticated } from "@/lib/errors";
import { checkTotp, newTotpSecret, otpauthUri } from "./totp";
import { openTotpSecret, sealTotpSecret } from "./totp-secret";

/**
 * The authenticator-app second sign-in step: enrolment (secret + QR code, confirmed by a code),
 * ten one-time recovery codes kept as SHA-256 hashes, single-use codes (the last accepted time
 * step is stored), and the policy that makes it compulsory for a workspace's admins or a
 * reseller's staff. Everything runs in the account's own scope: RLS lets an account read and
 * change its own row and recovery codes only.
 */
export const ISSUER = "License Console";
export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const RECOVERY_FORMAT = /^[a-z0-9]{5}-?[a-z0-9]{5}$/;

export type TwoFactorPolicy = { required: boolean; reseller: string | null; workspaces: string[] };

export type TwoFactorStatus = {
  enabled: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  policy: TwoFactorPolicy;
};

export type Enrolment = { secret: string; uri: string; qrSvg: string };

const own = (accountId: string) => ({ kind: "account" as const, accountId });

function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.toLowerCase().replace(/[^a-z0-9]/g, "")).digest("hex");
}

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    let s = "";
    for (let i = 0; i < 10; i++) s += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
    return `${s.slice(0, 5)}-${s.slice(5)}`;
  });
}

/**
 * The rule, as conditions on an account row `a` (an alias or a table, rendered in the caller's
 * statement): its reseller requires the second step, or a workspace where it is admin or supervisor
 * does (reseller staff count as admins of their company's workspaces). One source for the policy's
 * names below and for the yes/no that readActor reads beside the account (lib/auth/accounts).
 */
const requiringReseller = (a: SQL) => sql`resellers r where r.id = ${a}.reseller_id and r.require_two_factor`;
const requiringWorkspaces = (a: SQL) => sql`workspaces w
             where w.require_two_factor
               and (exists (select 1 from memberships m where m.workspace_id = w.id and m.account_id = ${a}.id and m.role in ('admin', 'supervisor'))
                    -- reseller staff act as admins in their company's workspaces: the rule reaches them too
                    or exists (select 1 from reseller_workspaces rw where rw.workspace_id = w.id and rw.reseller_id = ${a}.reseller_id))`;

/** Whether the rule requires the second step of the account row `a`, as a column of its statement. */
export const twoFactorRequiredSql = (a: SQL): SQL<boolean> =>
  sql<boolean>`(exists (select 1 from ${requiringReseller(a)}) or exists (select 1 from ${requiringWorkspaces(a)}))`;

/** Who requires the second step of this account: its reseller, or the workspaces (by name). */
export async function twoFactorPolicy(tx: Tx, accountId: string): Promise<TwoFactorPolicy> {
  const rows = await tx.execute<{ reseller: string | null; workspaces: string[] | null }>(sql`
    select (select r.name from ${requiringReseller(sql`a`)}) as reseller,
           (select array_agg(distinct w.name) from ${requiringWorkspaces(sql`a`)}) as workspaces
      from accounts a where a.id = ${accountId} and a.kind = 'person'`);
  const row = rows[0];
  const workspaces = row?.workspaces ?? [];
  return { required: Boolean(row?.reseller) || workspaces.length > 0, reseller: row?.reseller ?? null, workspaces };
}

export async function twoFactorStatus(accountId: string): Promise<TwoFactorStatus> {
  return withScope(own(accountId), async (tx) => {
    const [account] = await tx.select({ enabledAt: accounts.totpEnabledAt }).from(accounts).where(eq(accounts.id, accountId));
    if (!account) throw unauthenticated();
    const [{ left }] = await tx
      .select({ left: sql<number>`count(*)::int` })
      .from(accountRecoveryCodes)
      .where(and(eq(accountRecoveryCodes.accountId, accountId), isNull(accountRecoveryCodes.usedAt)));
    return { enabled: Boolean(account.enabledAt), enabledAt: account.enabledAt, recoveryCodesLeft: left, policy: await twoFactorPolicy(tx, accountId) };
  }, { readOnly: true });
}

async function enrolmentOf(secret: string, email: string): Promise<Enrolment> {
  const uri = otpauthUri(secret, email, ISSUER);
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return { secret, uri, qrSvg };
}

/**
 * Starts (or shows again) an enrolment: a pending secret is kept until a code confirms it, so a
 * page reload shows the same QR code. Refused while the second step is on.
 */
export async function beginEnrolment(accountId: string): Promise<Enrolment> {
  const { secret, email } = await withScope(own(accountId), async (tx) => {
    const [account] = await tx
      .select({ email: accounts.email, sealed: accounts.totpSecret, enabledAt: accounts.totpEnabledAt })
      .from(accounts)
      .where(eq(accounts.id, accountId))
      .for("update");
    if (!account) throw unauthenticated();
    if (account.enabledAt) throw conflict({ key: "apiErrors.two_factor_on" });
    if (account.sealed) return { secret: openTotpSecret(account.sealed), email: account.email };
    const fresh = newTotpSecret();
    await tx.update(accounts).set({ totpSecret: sealTotpSecret(fresh), totpLastStep: null }).where(eq(accounts.id, accountId));
    return { secret: fresh, email: account.email };
  });
  return enrolmentOf(secret, email);
}

const codeError = (reason: string) =>
  reason === "replayed"
    ? invalid({ key: "apiErrors.code_replayed" }, fieldError("code", { key: "apiErrors.code_replayed_field" }))
    : invalid({ key: "apiErrors.code_wrong" }, fieldError("code", { key: "apiErrors.code_wrong_field" }));

/** Confirms an enrolment with a code from the app; returns the recovery codes (shown once). */
export async function confirmEnrolment(accountId: string, code: string, nowMs = Date.now()): Promise<string[]> {
  return withScope(own(accountId), async (tx) => {
    const [account] = await tx
      .select({ sealed: accounts.totpSecret, enabledAt: accounts.totpEnabledAt, lastStep: accounts.totpLastStep })
      .from(accounts)
      .where(eq(accounts.id, accountId))
      .for("update");
    if (!account) throw unauthenticated();
    if (account.enabledAt) throw conflict({ key: "apiErrors.two_factor_on" });
    if (!account.sealed) throw conflict({ key: "apiErrors.two_factor_nothing_to_confirm" });
    const check = checkTotp(openTotpSecret(account.sealed), code, nowMs, account.lastStep);
    if (!check.ok) throw codeError(check.reason);
    await tx.update(accounts).set({ totpEnabledAt: new Date(nowMs), totpLastStep: check.step }).where(eq(accounts.id, accountId));
    const codes = newRecoveryCodes();
    await tx.delete(accountRecoveryCodes).where(eq(accountRecoveryCodes.accountId, accountId));
    await tx.insert(accountRecoveryCodes).values(codes.map((c) => ({ accountId, codeHash: hashRecoveryCode(c) })));
    return codes;
  });
}

/** Turns the second step off with a current code; refused while a workspace or the reseller requires it. */
export async function disableTwoFactor(accountId: string, code: string, nowMs = Date.now()): Promise<void> {
  await withScope(own(accountId), async (tx) => {
    const [account] = await tx
      .select({ sealed: accounts.totpSecret, enabledAt: accounts.totpEnabledAt, lastStep: accounts.totpLastStep })
      .from(accounts)
      .where(eq(accounts.id, accountId))
      .for("update");
    if (!account) throw unauthenticated();
    if (!account.enabledAt || !account.sealed) throw conflict({ key: "apiErrors.two_factor_off" });
    const policy = await twoFactorPolicy(tx, accountId);
    if (policy.required) throw conflict({ key: "apiErrors.two_factor_required" });
    const check = checkTotp(openTotpSecret(account.sealed), code, nowMs, account.lastStep);
    if (!check.ok) throw codeError(check.reason);
    await tx.update(accounts).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(accounts.id, accountId));
    await tx.delete(accountRecoveryCodes).where(eq(accountRecoveryCodes.accountId, accountId));
  });
}

export type SecondStepResult = "not_enrolled" | "accepted" | "missing" | "invalid" | "replayed";

/**
 * The second step at sign-in, called by authorize() only after the password was verified (so the
 * account's own scope may be opened). A TOTP code is accepted once: the step is stored with a
 * conditional update, so two concurrent sign-ins with the same code cannot both pass. A recovery
 * code is spent the same way.
 */
export async function verifySecondStep(accountId: string, code: string | undefined, nowMs = Date.now()): Promise<SecondStepResult> {
  return withScope(own(accountId), async (tx) => {
    const [account] = await tx
      .select({ sealed: accounts.totpSecret, enabledAt: accounts.totpEnabledAt, lastStep: accounts.totpLastStep })
      .from(accounts)
      .where(eq(accounts.id, accountId));
    if (!account?.enabledAt || !account.sealed) return "not_enrolled";
    const typed = (code ?? "").trim();
    if (!typed) return "missing";
    if (RECOVERY_FORMAT.test(typed.toLowerCase())) {
      const spent = await tx
        .update(accountRecoveryCodes)
        .set({ usedAt: new Date(nowMs) })
        .where(
          and(
            eq(accountRecoveryCodes.accountId, accountId),
            eq(accountRecoveryCodes.codeHash, hashRecoveryCode(typed)),
            isNull(accountRecoveryCodes.usedAt),
          ),
        )
        .returning({ id: accountRecoveryCodes.id });
      return spent.length === 1 ? "accepted" : "invalid";
    }
    const check = checkTotp(openTotpSecret(account.sealed), typed, nowMs, account.lastStep);
    if (!check.ok) return check.reason === "replayed" ? "replayed" : "invalid";
    const stored = await tx
      .update(accounts)
      .set({ totpLastStep: check.step })
      .where(and(eq(accounts.id, accountId), or(isNull(accounts.totpLastStep), lt(accounts.totpLastStep, check.step))))
      .returning({ id: accounts.id });
    return stored.length === 1 ? "accepted" : "replayed";
  });
}
