import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { accounts } from "@/db/schema";
import { withScope } from "@/db/scope";
import { invalid, fieldError, tooMany } from "@/lib/errors";
import { log } from "@/lib/deployment/log";
import { parseInput } from "@/lib/operations";
import { consumeAttempt, forgiveAttempt, signInCounters } from "@/lib/throttle";
import { hashPassword, newPasswordSchema, verifyPassword } from "./password";

const changeInput = z.object({ current: z.string().min(1).max(1024), password: newPasswordSchema });

/**
 * The signed-in person changes their own password on the account page: the current one first,
 * counted like a sign-in attempt (a stolen session cannot guess it), then the new one. The new
 * hash raises the account's session version (trigger accounts_password_ends_sessions), so every
 * session ends; the caller gives this browser a session of the new version. Returns that version.
 *
 * Accounts have no audit stream of their own, and a person's password is no workspace's event
 * (one account, several tenants): it goes to the security log, one line without the secret.
 */
export async function changePassword(actor: { accountId: string; email: string }, raw: unknown, address: string | null): Promise<number> {
  const { current, password } = parseInput(changeInput, raw);
  const counters = signInCounters(actor.email, address);
  const verdict = await consumeAttempt(counters);
  if (!verdict.allowed) throw tooMany({ key: "apiErrors.too_many_attempts", values: { minutes: Math.ceil(verdict.retryAfterMs / 60_000) } }, Math.ceil(verdict.retryAfterMs / 1000));
  const scope = { kind: "account", accountId: actor.accountId } as const;
  const [row] = await withScope(scope, (tx) => tx.select({ hash: accounts.passwordHash }).from(accounts).where(eq(accounts.id, actor.accountId)), { readOnly: true });
  if (!row || !(await verifyPassword(row.hash, current))) throw invalid({ key: "apiErrors.password_wrong" }, fieldError("current", { key: "apiErrors.password_wrong" }));
  await forgiveAttempt(counters);
  const passwordHash = await hashPassword(password);
  const [changed] = await withScope(scope, (tx) =>
    tx
      .update(accounts)
      .set({ passwordHash })
      .where(and(eq(accounts.id, actor.accountId), eq(accounts.passwordHash, row.hash)))
      .returning({ sessionVersion: accounts.sessionVersion }),
  );
  // Changed elsewhere in between (a reset): this change does not overwrite it.
  if (!changed) throw invalid({ key: "apiErrors.password_wrong" }, fieldError("current", { key: "apiErrors.password_wrong" }));
  log.info({ event: "account.password_changed", accountId: actor.accountId }, "password changed; every other session ended");
  return changed.sessionVersion;
}
