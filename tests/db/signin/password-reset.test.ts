/**
 * "Forgot password" end to end without a browser (issue 18): the request, the mail in the outbox
 * with its link, the new password, the old sessions ended; a used, expired or unknown link
 * refused; an unknown e-mail answered the same with no mail; the change on the account page.
 */
import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/accounts";
import { changePassword } from "@/lib/auth/password-change";
import { verifyPassword } from "@/lib/auth/password";
import { completePasswordReset, passwordResetLink, requestPasswordReset } from "@/lib/auth/password-reset";
import { deliverQueuedMail } from "@/lib/mail";
import { addMembership, createAccount, createWorkspace, ownerSql, uniq } from "../factories";

const NEW_PASSWORD = "a much longer new passphrase";

async function resetMails(email: string) {
  return ownerSql()<{ id: string; text: string; subject: string; workspace_id: string | null; status: string }[]>`
    select id, text, subject, workspace_id, status from mail_messages where kind = 'account.password_reset' and ${email.toLowerCase()} = any(recipients) order by created_at`;
}

const secretIn = (text: string) => /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? null;

async function person(country: "PL" | "DE" = "PL") {
  const ws = await createWorkspace({ country });
  const account = await createAccount();
  await addMembership(ws.id, account.id, "admin");
  return { ws, account };
}

async function errorOf(p: Promise<unknown>) {
  return p.then(
    () => null,
    (e: { status?: number; code?: string; details?: unknown }) => ({ status: e.status, code: e.code, details: e.details }),
  );
}

describe("password reset", () => {
  it("mails a single-use link in the person's language; setting the password ends every session", async () => {
    const { account } = await person("PL");
    const before = await loadActor(account.id, { sessionVersion: 0 });
    expect(before).not.toBeNull();
    await requestPasswordReset({ email: account.email.toUpperCase() }, { address: null, locale: "en" });
    const [mail] = await resetMails(account.email);
    // Nobody's outbox: the account's own mail.
    expect(mail.workspace_id).toBeNull();
    // The workspace's language (the account chose none): Polish.
    expect(mail.subject).toContain("hasło");
    const secret = secretIn(mail.text)!;
    expect(secret).toBeTruthy();
    // Only the hash is stored.
    const [stored] = await ownerSql()<{ token_hash: string }[]>`select token_hash from password_resets where account_id = ${account.id}`;
    expect(stored.token_hash).not.toContain(secret);

    expect(await passwordResetLink(secret)).toEqual({ state: "open", email: account.email });
    await completePasswordReset(secret, { password: NEW_PASSWORD });
    const [row] = await ownerSql()<{ password_hash: string }[]>`select password_hash from accounts where id = ${account.id}`;
    expect(await verifyPassword(row.password_hash, NEW_PASSWORD)).toBe(true);
    // The session issued before reads as nobody now.
    expect(await loadActor(account.id, { sessionVersion: 0 })).toBeNull();

    // Single use: the same link again is refused, and the password stays.
    expect(await passwordResetLink(secret)).toMatchObject({ state: "used" });
    expect(await errorOf(completePasswordReset(secret, { password: "yet another passphrase" }))).toMatchObject({ status: 409, code: "link_gone" });
  });

  it("two simultaneous uses of one link: exactly one sets its password, the other is 409", async () => {
    const { account } = await person();
    await requestPasswordReset({ email: account.email }, { address: null, locale: "en" });
    const secret = secretIn((await resetMails(account.email))[0].text)!;
    const passwords = ["first racing passphrase", "second racing passphrase"];
    const outcomes = await Promise.all(passwords.map((password) => errorOf(completePasswordReset(secret, { password }))));
    expect(outcomes.filter((o) => o === null)).toHaveLength(1);
    expect(outcomes.find((o) => o !== null)).toMatchObject({ status: 409, code: "link_gone" });
    const winner = passwords[outcomes.indexOf(null)];
    const [row] = await ownerSql()<{ password_hash: string; session_version: number }[]>`select password_hash, session_version from accounts where id = ${account.id}`;
    expect(await verifyPassword(row.password_hash, winner)).toBe(true);
    // One new password, one raise of the session version.
    expect(row.session_version).toBe(1);
  });

  it("refuses an expired link (30 minutes) and an unknown one", async () => {
    const { account } = await person();
    await requestPasswordReset({ email: account.email }, { address: null, locale: "en" });
    const secret = secretIn((await resetMails(account.email))[0].text)!;
    await ownerSql()`update password_resets set expires_at = now() - interval '1 second' where account_id = ${account.id}`;
    expect(await passwordResetLink(secret)).toEqual({ state: "expired", email: null });
    expect(await errorOf(completePasswordReset(secret, { password: NEW_PASSWORD }))).toMatchObject({ status: 409, code: "link_gone" });
    expect(await passwordResetLink("A".repeat(43))).toEqual({ state: "unknown", email: null });
    expect(await passwordResetLink("../../etc")).toEqual({ state: "unknown", email: null });
  });

  it("the link lives 30 minutes from the request", async () => {
    const { account } = await person();
    await requestPasswordReset({ email: account.email }, { address: null, locale: "en" });
    const [r] = await ownerSql()<{ minutes: number }[]>`select extract(epoch from expires_at - created_at) / 60 as minutes from password_resets where account_id = ${account.id}`;
    expect(Number(r.minutes)).toBeCloseTo(30, 1);
  });

  it("an unknown e-mail gets the same answer and no mail; a disabled account none either", async () => {
    const email = `${uniq("nobody")}@example.test`;
    await expect(requestPasswordReset({ email }, { address: null, locale: "en" })).resolves.toBeUndefined();
    expect(await resetMails(email)).toHaveLength(0);
    const gone = await createAccount({ disabled: true });
    await expect(requestPasswordReset({ email: gone.email }, { address: null, locale: "en" })).resolves.toBeUndefined();
    expect(await resetMails(gone.email)).toHaveLength(0);
  });

  it("is throttled per e-mail typed, account or not, with the same refusal", async () => {
    const { account } = await person();
    const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const unknown = `${uniq("nobody")}@example.test`;
    for (const email of [account.email, unknown]) {
      for (let i = 0; i < 3; i++) await requestPasswordReset({ email }, { address, locale: "en" });
      expect(await errorOf(requestPasswordReset({ email }, { address, locale: "en" }))).toMatchObject({ status: 429, code: "rate_limited" });
    }
    expect(await resetMails(account.email)).toHaveLength(3);
  });

  it("a bad e-mail is a field error, not a 500", async () => {
    expect(await errorOf(requestPasswordReset({ email: "not an address" }, { address: null, locale: "en" }))).toMatchObject({ status: 422 });
    expect(await errorOf(requestPasswordReset({ email: "a\u0000@example.test" }, { address: null, locale: "en" }))).toMatchObject({ status: 422 });
  });

  it("a too short new password is refused and the link stays usable", async () => {
    const { account } = await person();
    await requestPasswordReset({ email: account.email }, { address: null, locale: "en" });
    const secret = secretIn((await resetMails(account.email))[0].text)!;
    expect(await errorOf(completePasswordReset(secret, { password: "short" }))).toMatchObject({ status: 422 });
    expect(await passwordResetLink(secret)).toMatchObject({ state: "open" });
  });

  it("the worker delivers account mail (no workspace)", async () => {
    const { account } = await person();
    await requestPasswordReset({ email: account.email }, { address: null, locale: "en" });
    // People's own mail is served before every workspace's outbox (migration 0031): the first run
    // reaches it even with other tests' mail waiting; later runs only cover other people's resets
    // queued ahead of it by tests running beside this one.
    for (let run = 0; run < 5 && (await resetMails(account.email))[0].status === "queued"; run++) await deliverQueuedMail();
    const [mail] = await resetMails(account.email);
    expect(mail.status).not.toBe("queued");
  });
});

describe("password change on the account page", () => {
  it("needs the current password; ends every session and returns the new version for this one", async () => {
    const { account } = await person();
    const who = { accountId: account.id, email: account.email };
    expect(await errorOf(changePassword(who, { current: "wrong password", password: NEW_PASSWORD }, null))).toMatchObject({ status: 422 });
    expect(await errorOf(changePassword(who, { current: account.password, password: "short" }, null))).toMatchObject({ status: 422 });
    const version = await changePassword(who, { current: account.password, password: NEW_PASSWORD }, null);
    expect(version).toBe(1);
    expect(await loadActor(account.id, { sessionVersion: 0 })).toBeNull();
    expect(await loadActor(account.id, { sessionVersion: version })).not.toBeNull();
  });
});
