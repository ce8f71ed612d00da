import { eq, sql } from "drizzle-orm";
import { workspaces } from "@/db/schema";
import type { Tx } from "@/db/scope";
import type { Actor } from "@/lib/auth/accounts";
import { queueMail } from "@/lib/mail";
import { memberEmails } from "@/lib/workspaces/people";

/**
 * The e-mails of linking (issue 17), queued in the change's transaction under the workspace the
 * link is about (its outbox shows them; each recipient reads their own language). The reseller's
 * staff are read through app_reseller_staff_emails, which answers only a transaction that speaks
 * for the reseller or for the workspace side of one of its links or invitations (migration 0026).
 */

type Parties = { reseller: { id: string; name: string }; workspace: { id: string; name: string } };

async function resellerStaff(tx: Tx, resellerId: string): Promise<string[]> {
  const rows = await tx.execute<{ email: string }>(sql`select e as email from app_reseller_staff_emails(${resellerId}::uuid) as e`);
  return rows.map((r) => r.email);
}

/** To the workspace's supervisors: a reseller asks to administer it; they decide on Settings. */
export async function mailInvitation(tx: Tx, workspaceId: string, reseller: { name: string }, actor: Pick<Actor, "name" | "email">): Promise<void> {
  const to = await memberEmails(tx, workspaceId, ["supervisor"]);
  // A workspace without a supervisor still records the invitation; nobody can answer it yet.
  if (to.length === 0) return;
  const [ws] = await tx.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, workspaceId));
  await queueMail(tx, workspaceId, {
    kind: "reseller.invitation",
    to,
    compose: (t) => ({
      subject: t("mail.resellerInvitation.subject", { reseller: reseller.name, workspace: ws.name }),
      text: [
        t("mail.resellerInvitation.intro", { reseller: reseller.name, workspace: ws.name, actor: actor.name || actor.email }),
        "",
        t("mail.resellerInvitation.rights"),
        t("mail.resellerInvitation.decide"),
      ].join("\n"),
    }),
  });
}

/** To the reseller's staff: the workspace's supervisor accepted or declined. */
export async function mailInvitationDecided(tx: Tx, { reseller, workspace }: Parties, decidedBy: string, accepted: boolean): Promise<void> {
  const to = await resellerStaff(tx, reseller.id);
  if (to.length === 0) return;
  await queueMail(tx, workspace.id, {
    kind: accepted ? "reseller.invitation_accepted" : "reseller.invitation_declined",
    to,
    compose: (t) => ({
      subject: t("mail.resellerInvitationDecided.subject", { workspace: workspace.name, accepted: accepted ? "yes" : "no" }),
      text: [
        t("mail.resellerInvitationDecided.intro", { workspace: workspace.name, reseller: reseller.name, actor: decidedBy, accepted: accepted ? "yes" : "no" }),
        accepted ? t("mail.resellerInvitationDecided.access") : "",
      ].join("\n").trim(),
    }),
  });
}

/** To both sides: the link has ended, by whom, and what it means for access. */
export async function mailLinkEnded(tx: Tx, { reseller, workspace }: Parties, endedBy: string, by: "workspace" | "reseller"): Promise<void> {
  const to = [...(await memberEmails(tx, workspace.id, ["supervisor"])), ...(await resellerStaff(tx, reseller.id))];
  if (to.length === 0) return;
  await queueMail(tx, workspace.id, {
    kind: "reseller.link_ended",
    to,
    compose: (t) => ({
      subject: t("mail.resellerLinkEnded.subject", { reseller: reseller.name, workspace: workspace.name }),
      text: [
        t("mail.resellerLinkEnded.intro", { reseller: reseller.name, workspace: workspace.name, actor: endedBy, by }),
        "",
        t("mail.resellerLinkEnded.access", { reseller: reseller.name }),
      ].join("\n"),
    }),
  });
}
