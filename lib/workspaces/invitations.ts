import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { accounts, memberships, workspaceInvitations } from "@/db/schema";
import { workspaceRole, type WorkspaceRole } from "@/db/schema/enums";
import { asWorkspaceSystem, withScope, type Tx } from "@/db/scope";
import type { Actor } from "@/lib/auth/accounts";
import { expiresAfter, hashLinkSecret, isLinkSecret, LINK_RULES, linkState, newLinkSecret, type LinkState } from "@/lib/auth/links";
import { hashPassword, newPasswordSchema } from "@/lib/auth/password";
import { siteOrigin } from "@/lib/auth/redirect";
import { recordAudit, type AuditActor } from "@/lib/audit";
import { AppError, fieldError, notFound } from "@/lib/errors";
import { DEFAULT_UI_LOCALE, uiLocaleOf, type UiLocale } from "@/lib/i18n/locales";
import { queueAccountMail } from "@/lib/mail";
import { defineOperation, parseInput, type OperationContext } from "@/lib/operations";
import { defineRead } from "@/lib/operations/read";
import { addMembers } from "./people";

/**
 * Inviting people into a workspace (issue 18): the one writer of workspace_invitations
 * (lib/owners.ts). A supervisor invites an e-mail with a role; the e-mail carries a one-time link
 * (only its SHA-256 is stored) that works for 7 days; whoever opens it sets a name and password
 * (a new account) or signs in as that address, and becomes a member with the role
 * (lib/workspaces/people.ts writes the membership). The link's mail is the person's own
 * (queueAccountMail): no other member reads it in the outbox.
 */

export const invitePath = (secret: string) => `/invitation/${secret}`;

const alreadyMember = () => new AppError(409, "already_member", { key: "apiErrors.already_member" }, fieldError("email", { key: "apiErrors.already_member" }));
const invitationGone = (state: LinkState | "unknown") =>
  new AppError(409, "invitation_gone", { key: "apiErrors.invitation_gone", values: { state } }, { state });

export type InvitationView = { id: string; email: string; role: WorkspaceRole; invitedBy: string; sentAt: Date; expiresAt: Date; expired: boolean };

const view = {
  id: workspaceInvitations.id,
  email: workspaceInvitations.email,
  role: workspaceInvitations.role,
  invitedBy: workspaceInvitations.invitedByLabel,
  sentAt: workspaceInvitations.sentAt,
  expiresAt: workspaceInvitations.expiresAt,
};
const open = (workspaceId: string) => and(eq(workspaceInvitations.workspaceId, workspaceId), isNull(workspaceInvitations.acceptedAt), isNull(workspaceInvitations.withdrawnAt));
const withExpiry = (r: Omit<InvitationView, "expired">, now = new Date()): InvitationView => ({ ...r, expired: linkState({ expiresAt: r.expiresAt, usedAt: null }, now) === "expired" });

type Ws = { id: string; name: string; locale: string };

/**
 * Writes the invitation's e-mail with a fresh link: in the language the address's account chose,
 * if it has one (app_person_locale), else the workspace's.
 */
async function mailLink(tx: Tx, ws: Ws, to: string, role: WorkspaceRole, by: string, secret: string): Promise<void> {
  const link = `${siteOrigin()}${invitePath(secret)}`;
  const [chosen] = await tx.execute<{ locale: string | null }>(sql`select app_person_locale(${to}) as locale`);
  await queueAccountMail(tx, {
    kind: "workspace.invitation",
    to,
    locale: uiLocaleOf(chosen?.locale) ?? uiLocaleOf(ws.locale) ?? DEFAULT_UI_LOCALE,
    compose: (t) => ({
      subject: t("mail.workspaceInvitation.subject", { workspace: ws.name }),
      text: [
        t("mail.workspaceInvitation.intro", { actor: by, workspace: ws.name, role: t(`roles.${role}`) }),
        "",
        link,
        "",
        t("mail.workspaceInvitation.expiry", { days: LINK_RULES.invitationValidMs / 86_400_000 }),
      ].join("\n"),
    }),
  });
}

/**
 * Invites `email` with `role`, in the workspace's scope (an operation's, or the system scope of a
 * workspace a reseller just created). An open invitation of the same address is sent again with
 * the new role (a new link: the old one stops working); a member already: 409.
 */
export type SentInvitation = { invitation: InvitationView; resent: boolean };

export async function sendInvitation(tx: Tx, ws: Ws, input: { email: string; role: WorkspaceRole }, by: AuditActor, raced = false): Promise<SentInvitation> {
  const email = input.email.trim().toLowerCase();
  const [member] = await tx
    .select({ id: memberships.accountId })
    .from(memberships)
    .innerJoin(accounts, eq(accounts.id, memberships.accountId))
    .where(and(eq(memberships.workspaceId, ws.id), sql`lower(${accounts.email}) = ${email}`));
  if (member) throw alreadyMember();
  const { secret, hash } = newLinkSecret();
  const now = new Date();
  const expiresAt = expiresAfter(now, LINK_RULES.invitationValidMs);
  const [prior] = await tx
    .select({ id: workspaceInvitations.id })
    .from(workspaceInvitations)
    .where(and(open(ws.id), sql`lower(${workspaceInvitations.email}) = ${email}`))
    .for("update");
  const values = { role: input.role, tokenHash: hash, sentAt: now, expiresAt, invitedBy: by.accountId, invitedByLabel: by.label };
  const [row] = prior
    ? await tx.update(workspaceInvitations).set(values).where(eq(workspaceInvitations.id, prior.id)).returning(view)
    : await tx.insert(workspaceInvitations).values({ ...values, workspaceId: ws.id, email }).onConflictDoNothing().returning(view);
  // Nothing inserted: another supervisor invited the address at the same moment and the one-open
  // index kept this row out once theirs committed (it was a 500). Read committed, the next
  // statement sees theirs, so this invite goes on as the resend it would be a moment later.
  if (!row) {
    if (raced) throw new Error("workspace invitation: the open invitation that refused the insert is gone");
    return sendInvitation(tx, ws, input, by, true);
  }
  await recordAudit(tx, ws.id, by, { action: prior ? "invitation.resent" : "invitation.created", subjectType: "invitation", subjectId: row.id, data: { email, role: input.role } });
  await mailLink(tx, ws, email, input.role, by.label, secret);
  return { invitation: withExpiry(row, now), resent: Boolean(prior) };
}

// ---------------------------------------------------------------------------------------------
// The supervisor's side: Settings → People and the API (lib/access/matrix: invitation)

export const inviteInput = z.object({
  email: z.string().trim().email().max(320),
  role: z.enum(workspaceRole.enumValues),
});

export const inviteMember = defineOperation({
  name: "invitation.create",
  input: inviteInput,
  resource: "invitation",
  action: "create",
  run: (ctx: OperationContext, input, tx) => sendInvitation(tx, ctx.workspace, input, ctx.auditActor),
});

const invitationIdInput = z.object({ invitationId: z.uuid() });

async function lockOpen(tx: Tx, workspaceId: string, id: string) {
  const [row] = await tx
    .select({ ...view })
    .from(workspaceInvitations)
    .where(and(open(workspaceId), eq(workspaceInvitations.id, id)))
    .for("update");
  if (!row) throw notFound("invitation");
  return row;
}

/** Sends an open invitation again: a new link, 7 more days. */
export const resendInvitation = defineOperation({
  name: "invitation.resend",
  input: invitationIdInput,
  resource: "invitation",
  action: "update",
  run: async (ctx: OperationContext, input, tx) => {
    const row = await lockOpen(tx, ctx.workspace.id, input.invitationId);
    return (await sendInvitation(tx, ctx.workspace, row, ctx.auditActor)).invitation;
  },
});

/** Withdraws an open invitation: its link stops working. Another tenant's or a closed one: 404. */
export const withdrawInvitation = defineOperation({
  name: "invitation.withdraw",
  input: invitationIdInput,
  resource: "invitation",
  action: "delete",
  run: async (ctx: OperationContext, input, tx) => {
    const row = await lockOpen(tx, ctx.workspace.id, input.invitationId);
    await tx.update(workspaceInvitations).set({ withdrawnAt: new Date() }).where(eq(workspaceInvitations.id, row.id));
    await recordAudit(tx, ctx.workspace.id, ctx.auditActor, { action: "invitation.withdrawn", subjectType: "invitation", subjectId: row.id, data: { email: row.email, role: row.role } });
    return { id: row.id, withdrawn: true as const };
  },
});

export type Member = { accountId: string; email: string; name: string; role: WorkspaceRole };

/** Settings → People: the members (people, not API tokens) and the open invitations, newest first. */
export const peopleRead = defineRead({
  name: "people",
  resource: "invitation",
  run: async (tx, ctx): Promise<{ members: Member[]; invitations: InvitationView[] }> => {
    const members = await tx
      .select({ accountId: accounts.id, email: accounts.email, name: accounts.name, role: memberships.role })
      .from(memberships)
      .innerJoin(accounts, eq(accounts.id, memberships.accountId))
      .where(and(eq(memberships.workspaceId, ctx.workspace.id), eq(accounts.kind, "person"), isNull(accounts.disabledAt)))
      .orderBy(accounts.email);
    return { members, invitations: await openInvitations(tx, ctx.workspace.id) };
  },
});

/** The API's list: open invitations only (accepted ones are memberships). */
export const invitationsRead = defineRead({ name: "invitations", resource: "invitation", run: (tx, ctx) => openInvitations(tx, ctx.workspace.id) });

async function openInvitations(tx: Tx, workspaceId: string): Promise<InvitationView[]> {
  const rows = await tx.select(view).from(workspaceInvitations).where(open(workspaceId)).orderBy(desc(workspaceInvitations.sentAt)).limit(200);
  const now = new Date();
  return rows.map((r) => withExpiry(r, now));
}

// ---------------------------------------------------------------------------------------------
// The invitee's side: the link, before they belong to the workspace (app_workspace_invitation)

export type InvitationLink = {
  state: LinkState | "unknown";
  invitation: { id: string; workspaceId: string; workspaceSlug: string; workspaceName: string; email: string; role: WorkspaceRole; accountExists: boolean } | null;
};

type LinkRow = {
  id: string;
  workspace_id: string;
  workspace_slug: string;
  workspace_name: string;
  email: string;
  role: WorkspaceRole;
  expires_at: string;
  accepted_at: string | null;
  withdrawn_at: string | null;
  account_exists: boolean;
  now: string;
};

async function readLink(tx: Tx, secret: string): Promise<InvitationLink> {
  const [row] = await tx.execute<LinkRow>(sql`select * from app_workspace_invitation(${hashLinkSecret(secret)})`);
  if (!row) return { state: "unknown", invitation: null };
  const state = linkState(
    { expiresAt: new Date(row.expires_at), usedAt: row.accepted_at ? new Date(row.accepted_at) : null, withdrawnAt: row.withdrawn_at ? new Date(row.withdrawn_at) : null },
    new Date(row.now),
  );
  return {
    state,
    invitation:
      state === "open"
        ? { id: row.id, workspaceId: row.workspace_id, workspaceSlug: row.workspace_slug, workspaceName: row.workspace_name, email: row.email, role: row.role, accountExists: row.account_exists }
        : null,
  };
}

/** What the invitation page shows: the workspace, the address and role, or why the link no longer works. */
export async function invitationLink(secret: unknown): Promise<InvitationLink> {
  if (!isLinkSecret(secret)) return { state: "unknown", invitation: null };
  return withScope({ kind: "anonymous" }, (tx) => readLink(tx, secret), { readOnly: true });
}

export const newPersonInput = z.object({ name: z.string().trim().min(1).max(200), password: newPasswordSchema });

/**
 * Accepts the invitation once, in one transaction: a new person (`person`: name and password; an
 * account with the invited address is made) or the signed-in account whose e-mail it was sent to
 * (`actor`). The membership gets the invitation's role; the workspace's audit records it.
 */
export async function acceptInvitation(
  secret: unknown,
  who: { actor: Pick<Actor, "accountId" | "email"> } | { person: unknown; locale: UiLocale },
): Promise<{ workspaceSlug: string; accountId: string; email: string }> {
  if (!isLinkSecret(secret)) throw invitationGone("unknown");
  const person = "person" in who ? parseInput(newPersonInput, who.person) : null;
  // Hashed before the transaction: argon2 takes a while and needs no connection.
  const passwordHash = person ? await hashPassword(person.password) : null;
  const hash = hashLinkSecret(secret);
  const scope = "actor" in who ? ({ kind: "account", accountId: who.actor.accountId } as const) : ({ kind: "anonymous" } as const);
  return withScope(scope, async (tx) => {
    const link = await readLink(tx, secret);
    if (!link.invitation) throw invitationGone(link.state);
    const inv = link.invitation;
    return asWorkspaceSystem(tx, inv.workspaceId, async () => {
      // Locked, and still open: of two tabs accepting at once, the second finds it accepted.
      const [row] = await tx
        .select({ id: workspaceInvitations.id })
        .from(workspaceInvitations)
        .where(and(open(inv.workspaceId), eq(workspaceInvitations.id, inv.id), eq(workspaceInvitations.tokenHash, hash)))
        .for("update");
      if (!row) throw invitationGone("used");
      let accountId: string;
      let email: string;
      if ("actor" in who) {
        // Only the address it was sent to: a link forwarded to a colleague does not make them a member.
        if (who.actor.email.toLowerCase() !== inv.email.toLowerCase()) throw new AppError(403, "invitation_other_account", { key: "apiErrors.invitation_other_account", values: { email: inv.email } });
        ({ accountId, email } = who.actor);
      } else {
        const [made] = await tx.execute<{ id: string | null }>(
          sql`select app_create_invited_account(${hash}, ${person!.name}, ${passwordHash}, ${who.locale}) as id`,
        );
        // Someone has the address (made since the page opened): they sign in and accept.
        if (!made?.id) throw new AppError(409, "invitation_sign_in", { key: "apiErrors.invitation_sign_in" });
        accountId = made.id;
        email = inv.email;
      }
      const [current] = await tx.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.workspaceId, inv.workspaceId), eq(memberships.accountId, accountId)));
      if (!current) await addMembers(tx, inv.workspaceId, [{ accountId, role: inv.role }]);
      await tx.update(workspaceInvitations).set({ acceptedAt: new Date(), acceptedBy: accountId }).where(eq(workspaceInvitations.id, inv.id));
      await recordAudit(tx, inv.workspaceId, { accountId, label: email }, {
        action: "invitation.accepted",
        subjectType: "invitation",
        subjectId: inv.id,
        data: { email, role: current?.role ?? inv.role, newAccount: person !== null },
      });
      return { workspaceSlug: inv.workspaceSlug, accountId, email };
    });
  });
}
