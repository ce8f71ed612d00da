/**
 * Invitations (issue 18): a supervisor invites by e-mail with a role; the link makes a new person
 * an account and a member, or lets an existing account accept; only supervisors invite; another
 * workspace's supervisor neither sees nor withdraws them.
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withScope } from "@/db/scope";
import { openWorkspace } from "@/lib/access/workspace";
import { loadActor, type Actor } from "@/lib/auth/accounts";
import { verifyPassword } from "@/lib/auth/password";
import { runOperation } from "@/lib/operations";
import { runRead } from "@/lib/operations/read";
import { acceptInvitation, invitationLink, invitationsRead, inviteMember, resendInvitation, withdrawInvitation } from "@/lib/workspaces/invitations";
import { createAccount, createMember, createReseller, createWorkspace, linkReseller, ownerSql, uniq } from "../factories";

async function actorOf(accountId: string): Promise<Actor> {
  const actor = await loadActor(accountId);
  if (!actor) throw new Error("no actor");
  return actor;
}

async function supervised(country: "PL" | "DE" = "DE") {
  const ws = await createWorkspace({ country });
  const sup = await createMember(ws.id, "supervisor");
  const ctx = await openWorkspace(await actorOf(sup.id), ws.slug);
  return { ws, sup, ctx };
}

async function linkMailedTo(email: string): Promise<{ secret: string; subject: string; workspaceId: string | null }> {
  const [mail] = await ownerSql()<{ text: string; subject: string; workspace_id: string | null }[]>`
    select text, subject, workspace_id from mail_messages where kind = 'workspace.invitation' and ${email.toLowerCase()} = any(recipients) order by created_at desc limit 1`;
  return { secret: /\/invitation\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1], subject: mail.subject, workspaceId: mail.workspace_id };
}

const roleIn = async (workspaceId: string, accountId: string) =>
  (await ownerSql()<{ role: string }[]>`select role from memberships where workspace_id = ${workspaceId} and account_id = ${accountId}`)[0]?.role ?? null;

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { status?: number; code?: string }) => ({ status: e.status, code: e.code }),
  );

describe("workspace invitations", () => {
  it("a new person sets name and password through the link and becomes a member with the role", async () => {
    const { ws, ctx } = await supervised("DE");
    const email = `${uniq("new")}@example.test`;
    const { result } = await runOperation(inviteMember, ctx, { email: email.toUpperCase(), role: "admin" });
    expect(result.invitation).toMatchObject({ email, role: "admin", expired: false });
    const mail = await linkMailedTo(email);
    // The invitee's own mail, in the workspace's language (German), in nobody's outbox.
    expect(mail.workspaceId).toBeNull();
    expect(mail.subject).toContain("Einladung");
    expect(await invitationLink(mail.secret)).toMatchObject({ state: "open", invitation: { email, role: "admin", accountExists: false, workspaceSlug: ws.slug } });

    const accepted = await acceptInvitation(mail.secret, { person: { name: "Neue Person", password: "a long enough passphrase" }, locale: "de" });
    expect(accepted.workspaceSlug).toBe(ws.slug);
    expect(await roleIn(ws.id, accepted.accountId)).toBe("admin");
    const [account] = await ownerSql()<{ name: string; password_hash: string; locale: string }[]>`select name, password_hash, locale from accounts where id = ${accepted.accountId}`;
    expect(account.name).toBe("Neue Person");
    expect(await verifyPassword(account.password_hash, "a long enough passphrase")).toBe(true);
    // Once only.
    expect(await invitationLink(mail.secret)).toMatchObject({ state: "used", invitation: null });
    expect(await errorOf(acceptInvitation(mail.secret, { person: { name: "X", password: "another long passphrase" }, locale: "de" }))).toMatchObject({ status: 409, code: "invitation_gone" });
    const [event] = await ownerSql()<{ actor_label: string }[]>`select actor_label from audit_events where workspace_id = ${ws.id} and action = 'invitation.accepted'`;
    expect(event.actor_label).toBe(email);
    // Not in the list of open invitations any more.
    expect(await runRead(ctx, invitationsRead)).toEqual([]);
  });

  it("an existing account accepts while signed in as the invited address, not as another", async () => {
    const { ws, ctx } = await supervised();
    const existing = await createAccount();
    await ownerSql()`update accounts set locale = 'pl' where id = ${existing.id}`;
    await runOperation(inviteMember, ctx, { email: existing.email, role: "viewer" });
    const { secret, subject } = await linkMailedTo(existing.email);
    // The invitee's own language (Polish), not the German workspace's.
    expect(subject).toContain("Zaproszenie");
    expect(await invitationLink(secret)).toMatchObject({ invitation: { accountExists: true } });
    // Someone else's session: refused, the invitation stays open.
    const stranger = await createAccount();
    expect(await errorOf(acceptInvitation(secret, { actor: { accountId: stranger.id, email: stranger.email } }))).toMatchObject({ status: 403 });
    // A new-person acceptance cannot take over the address.
    expect(await errorOf(acceptInvitation(secret, { person: { name: "Imposter", password: "a long enough passphrase" }, locale: "en" }))).toMatchObject({ status: 409, code: "invitation_sign_in" });
    await acceptInvitation(secret, { actor: { accountId: existing.id, email: existing.email } });
    expect(await roleIn(ws.id, existing.id)).toBe("viewer");
    expect(await roleIn(ws.id, stranger.id)).toBeNull();
  });

  it("inviting a member is 409; inviting again resends with a new link and role; a withdrawn or expired link is refused", async () => {
    const { ws, sup, ctx } = await supervised();
    expect(await errorOf(runOperation(inviteMember, ctx, { email: sup.email, role: "admin" }))).toMatchObject({ status: 409, code: "already_member" });
    const email = `${uniq("again")}@example.test`;
    const first = await runOperation(inviteMember, ctx, { email, role: "viewer" });
    const oldLink = (await linkMailedTo(email)).secret;
    const again = await runOperation(inviteMember, ctx, { email, role: "admin" });
    expect(again.result).toMatchObject({ resent: true, invitation: { id: first.result.invitation.id, role: "admin" } });
    expect(await invitationLink(oldLink)).toMatchObject({ state: "unknown" });
    await runOperation(resendInvitation, ctx, { invitationId: first.result.invitation.id });
    const current = (await linkMailedTo(email)).secret;
    await ownerSql()`update workspace_invitations set expires_at = now() - interval '1 second' where id = ${first.result.invitation.id}`;
    expect(await invitationLink(current)).toMatchObject({ state: "expired" });
    expect((await runRead(ctx, invitationsRead))[0]).toMatchObject({ expired: true });
    await runOperation(withdrawInvitation, ctx, { invitationId: first.result.invitation.id });
    expect(await invitationLink(current)).toMatchObject({ state: "withdrawn" });
    expect(await errorOf(acceptInvitation(current, { person: { name: "Late", password: "a long enough passphrase" }, locale: "en" }))).toMatchObject({ status: 409 });
    expect(await roleIn(ws.id, sup.id)).toBe("supervisor");
  });

  it("two tabs accepting one link at once make one account and one membership; the other is 409", async () => {
    const { ws, ctx } = await supervised();
    const email = `${uniq("race")}@example.test`;
    await runOperation(inviteMember, ctx, { email, role: "viewer" });
    const { secret } = await linkMailedTo(email);
    const outcomes = await Promise.all(
      ["Tab One", "Tab Two"].map((name) => errorOf(acceptInvitation(secret, { person: { name, password: "a long enough passphrase" }, locale: "en" }))),
    );
    expect(outcomes.filter((o) => o === null)).toHaveLength(1);
    expect(outcomes.find((o) => o !== null)).toMatchObject({ status: 409 });
    const accounts = await ownerSql()<{ id: string }[]>`select id from accounts where lower(email) = ${email}`;
    expect(accounts).toHaveLength(1);
    expect(await roleIn(ws.id, accounts[0].id)).toBe("viewer");
  });

  it("two supervisors inviting one address at once: one invitation, the later one a resend (was a 500)", async () => {
    const { ws, ctx } = await supervised();
    const other = await createMember(ws.id, "supervisor");
    const otherCtx = await openWorkspace(await actorOf(other.id), ws.slug);
    const email = `${uniq("twice")}@example.test`;
    const outcomes = await Promise.all([ctx, otherCtx].map((c) => runOperation(inviteMember, c, { email, role: "viewer" })));
    expect(outcomes.map((o) => o.result.resent).sort()).toEqual([false, true]);
    expect(outcomes[0].result.invitation.id).toBe(outcomes[1].result.invitation.id);
    const open = await ownerSql()<{ id: string }[]>`select id from workspace_invitations where workspace_id = ${ws.id} and lower(email) = ${email} and accepted_at is null and withdrawn_at is null`;
    expect(open).toHaveLength(1);
  });

  it("admins and viewers cannot invite; another workspace's supervisor neither sees nor withdraws", async () => {
    const a = await supervised();
    const b = await supervised();
    const { result } = await runOperation(inviteMember, b.ctx, { email: `${uniq("b")}@example.test`, role: "viewer" });
    for (const role of ["admin", "viewer"] as const) {
      const m = await createMember(a.ws.id, role);
      const ctx = await openWorkspace(await actorOf(m.id), a.ws.slug);
      expect(await errorOf(runOperation(inviteMember, ctx, { email: `${uniq("x")}@example.test`, role: "viewer" }))).toMatchObject({ status: 403 });
      expect(await errorOf(runRead(ctx, invitationsRead))).toMatchObject({ status: 403 });
    }
    expect(await runRead(a.ctx, invitationsRead)).toEqual([]);
    expect(await errorOf(runOperation(withdrawInvitation, a.ctx, { invitationId: result.invitation.id }))).toMatchObject({ status: 404 });
    expect(await errorOf(runOperation(resendInvitation, a.ctx, { invitationId: result.invitation.id }))).toMatchObject({ status: 404 });
    expect(await runRead(b.ctx, invitationsRead)).toHaveLength(1);
  });

  it("a linked reseller's staff neither read nor write the workspace's invitations, whatever the matrix says (row-level security)", async () => {
    const { ws, ctx } = await supervised();
    await runOperation(inviteMember, ctx, { email: `${uniq("seen")}@example.test`, role: "viewer" });
    const reseller = await createReseller();
    const staff = await createAccount({ resellerId: reseller.id });
    await linkReseller(reseller.id, ws.id);
    const room = { kind: "account", accountId: staff.id, resellerScope: true } as const;
    const seen = await withScope(room, (tx) => tx.execute(sql`select id from workspace_invitations where workspace_id = ${ws.id}`), { readOnly: true });
    expect(seen).toHaveLength(0);
    // A supervisor's invitation with a secret of the reseller's choosing would outlive the link.
    const planted = withScope(room, (tx) =>
      tx.execute(sql`insert into workspace_invitations (workspace_id, email, role, token_hash, invited_by_label, sent_at, expires_at)
                     values (${ws.id}, ${`${uniq("planted")}@example.test`}, 'supervisor', ${uniq("hash")}, 'reseller', now(), now() + interval '1 day')`),
    );
    await expect(planted).rejects.toMatchObject({ cause: { code: "42501" } });
    // The workspace's own supervisor still sees its one invitation.
    expect(await runRead(ctx, invitationsRead)).toHaveLength(1);
  });

  it("bad input is 422, never 500", async () => {
    const { ctx } = await supervised();
    expect(await errorOf(runOperation(inviteMember, ctx, { email: "nope", role: "admin" }))).toMatchObject({ status: 422 });
    expect(await errorOf(runOperation(inviteMember, ctx, { email: "a@example.test", role: "owner" }))).toMatchObject({ status: 422 });
    expect(await errorOf(runOperation(withdrawInvitation, ctx, { invitationId: "x" }))).toMatchObject({ status: 422 });
  });
});
