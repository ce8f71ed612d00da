import { sql } from "drizzle-orm";
import { z } from "zod";
import { withScope } from "@/db/scope";
import { AppError, fieldError, tooMany } from "@/lib/errors";
import { uiLocaleOf, type UiLocale } from "@/lib/i18n/locales";
import { queueAccountMail } from "@/lib/mail";
import { parseInput } from "@/lib/operations";
import { consumeAttempt, passwordResetCounters } from "@/lib/throttle";
import { hashLinkSecret, isLinkSecret, LINK_RULES, linkState, newLinkSecret, type LinkState } from "./links";
import { hashPassword, newPasswordSchema } from "./password";
import { siteOrigin } from "./redirect";

/**
 * "Forgot password" (issue 18). The person is not signed in, so every read and write of
 * password_resets and of the account goes through SECURITY DEFINER functions (migration 0030),
 * as sign-in's lookup does. The answer to a request is the same whether an account has the
 * e-mail or not: only the mailbox learns it.
 */

const requestInput = z.object({ email: z.string().trim().email().max(320) });
const completeInput = z.object({ password: newPasswordSchema });

export const resetPath = (secret: string) => `/reset-password/${secret}`;

/**
 * Asks for a reset link: counted per e-mail typed and per address (lib/throttle), then a link is
 * made and mailed if a person has the e-mail. Resolves the same way either way.
 */
export async function requestPasswordReset(raw: unknown, opts: { address: string | null; locale: UiLocale }): Promise<void> {
  const { email } = parseInput(requestInput, raw);
  const verdict = await consumeAttempt(passwordResetCounters(email, opts.address));
  if (!verdict.allowed) throw tooMany({ key: "apiErrors.too_many_attempts", values: { minutes: Math.ceil(verdict.retryAfterMs / 60_000) } }, Math.ceil(verdict.retryAfterMs / 1000));
  const { secret, hash } = newLinkSecret();
  await withScope({ kind: "anonymous" }, async (tx) => {
    const [person] = await tx.execute<{ account_id: string; email: string; locale: string | null }>(
      sql`select * from app_password_reset_request(${email}, ${hash}, make_interval(secs => ${LINK_RULES.resetValidMs / 1000}))`,
    );
    if (!person) return;
    const link = `${siteOrigin()}${resetPath(secret)}`;
    await queueAccountMail(tx, {
      kind: "account.password_reset",
      to: person.email,
      // The account's language, else its first workspace's, else the page's it was asked from.
      locale: uiLocaleOf(person.locale) ?? opts.locale,
      compose: (t) => ({
        subject: t("mail.passwordReset.subject"),
        text: [t("mail.passwordReset.intro"), "", link, "", t("mail.passwordReset.expiry", { minutes: LINK_RULES.resetValidMs / 60_000 }), t("mail.passwordReset.notYou")].join("\n"),
      }),
    });
  });
}

/** What the set-new-password page shows: whose link it is, or why it no longer works. */
export async function passwordResetLink(secret: unknown): Promise<{ state: LinkState | "unknown"; email: string | null }> {
  if (!isLinkSecret(secret)) return { state: "unknown", email: null };
  const [row] = await withScope(
    { kind: "anonymous" },
    (tx) => tx.execute<{ email: string; expires_at: string; used_at: string | null; now: string }>(sql`select * from app_password_reset_link(${hashLinkSecret(secret)})`),
    { readOnly: true },
  );
  if (!row) return { state: "unknown", email: null };
  const state = linkState({ expiresAt: new Date(row.expires_at), usedAt: row.used_at ? new Date(row.used_at) : null }, new Date(row.now));
  return { state, email: state === "open" ? row.email : null };
}

/**
 * Sets the new password through the link, once: the link and every other open link of the
 * account are spent, and every session of the account ends (the new password raises its session
 * version: trigger accounts_password_ends_sessions). A used, expired or unknown link: 409 link_gone.
 */
export async function completePasswordReset(secret: unknown, raw: unknown): Promise<{ accountId: string; email: string }> {
  const { password } = parseInput(completeInput, raw);
  if (!isLinkSecret(secret)) throw linkGone();
  const passwordHash = await hashPassword(password);
  const [row] = await withScope({ kind: "anonymous" }, (tx) =>
    tx.execute<{ account_id: string; email: string }>(sql`select * from app_password_reset_complete(${hashLinkSecret(secret)}, ${passwordHash})`),
  );
  if (!row) throw linkGone();
  return { accountId: row.account_id, email: row.email };
}

const linkGone = () => new AppError(409, "link_gone", { key: "apiErrors.reset_link_gone" }, fieldError("password", { key: "apiErrors.reset_link_gone" }));
