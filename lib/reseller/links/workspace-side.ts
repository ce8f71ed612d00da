import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { resellerInvitations, resellers, resellerWorkspaces } from "@/db/schema";
import type { ResellerInvitationState } from "@/db/schema/enums";
import type { Tx } from "@/db/scope";
import { recordAudit, recordResellerAudit } from "@/lib/audit";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { defineOperation, type OperationContext } from "@/lib/operations";
import { defineRead } from "@/lib/operations/read";
import { mailInvitationDecided } from "./mail";
import { mayDecideInvitation, mayEndLink, nextInvitationState } from "./rules";
import { endLinkIn, shownAs } from "./shared";

/**
 * The workspace's side of its reseller links (issue 17): Settings and the API list them, and the
 * supervisor decides invitations and ends links, as operations on the resource reseller_link.
 */

export type WorkspaceInvitationView = {
  id: string;
  reseller: { id: string; slug: string; name: string };
  invitedAs: string;
  invitedBy: string;
  state: ResellerInvitationState;
  createdAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
};

export type WorkspaceLinkView = { reseller: { id: string; slug: string; name: string }; linkedAt: Date };

/** Pending invitations first (oldest first), then the latest decided ones; and the current links. */
export async function workspaceResellerLinks(tx: Tx, workspaceId: string): Promise<{ invitations: WorkspaceInvitationView[]; links: WorkspaceLinkView[] }> {
  const reseller = { id: resellers.id, slug: resellers.slug, name: resellers.name };
  const invitations = await tx
    .select({
      id: resellerInvitations.id,
      reseller,
      invitedAs: resellerInvitations.invitedAs,
      invitedBy: resellerInvitations.invitedByLabel,
      state: resellerInvitations.state,
      createdAt: resellerInvitations.createdAt,
      decidedAt: resellerInvitations.decidedAt,
      decidedBy: resellerInvitations.decidedByLabel,
    })
    .from(resellerInvitations)
    .innerJoin(resellers, eq(resellers.id, resellerInvitations.resellerId))
    .where(eq(resellerInvitations.workspaceId, workspaceId))
    .orderBy(sql`${resellerInvitations.state} = 'pending' desc`, sql`case when ${resellerInvitations.state} = 'pending' then ${resellerInvitations.createdAt} end asc`, desc(resellerInvitations.createdAt))
    .limit(50);
  const links = await tx
    .select({ reseller, linkedAt: resellerWorkspaces.linkedAt })
    .from(resellerWorkspaces)
    .innerJoin(resellers, eq(resellers.id, resellerWorkspaces.resellerId))
    .where(eq(resellerWorkspaces.workspaceId, workspaceId))
    .orderBy(resellers.name);
  return { invitations, links };
}

/** Settings' reseller section and GET …/reseller-links: invitations and links of the workspace. */
export const resellerLinksOfWorkspace = defineRead({ name: "workspace reseller links", resource: "reseller_link", run: (tx, ctx) => workspaceResellerLinks(tx, ctx.workspace.id) });

export const decideInvitationInput = z.object({
  invitationId: z.uuid(),
  decision: z.enum(["accept", "decline"]),
});

/**
 * A supervisor accepts (the link is made: the reseller's staff and tokens reach the workspace from
 * the next request) or declines an invitation; audit events on both sides, an e-mail to the
 * reseller's staff. Deciding the same way twice is harmless; the other way is 409.
 */
export const decideResellerInvitation = defineOperation({
  name: "reseller_invitation.decide",
  input: decideInvitationInput,
  resource: "reseller_link",
  action: "update",
  run: async (ctx: OperationContext, input, tx) => {
    // The matrix already said so; the plain rule says it for the unit tests and any other caller.
    if (!mayDecideInvitation(ctx.role)) throw forbidden();
    const [inv] = await tx
      .select({ id: resellerInvitations.id, state: resellerInvitations.state, resellerId: resellerInvitations.resellerId, resellerName: resellers.name })
      .from(resellerInvitations)
      .innerJoin(resellers, eq(resellers.id, resellerInvitations.resellerId))
      .where(and(eq(resellerInvitations.id, input.invitationId), eq(resellerInvitations.workspaceId, ctx.workspace.id)))
      .for("update", { of: resellerInvitations });
    if (!inv) throw notFound("invitation");
    const next = nextInvitationState(inv.state, input.decision);
    if (!next.ok) throw new AppError(409, "invitation_decided", { key: "apiErrors.invitation_decided", values: { state: next.state } }, { state: next.state });
    if (next.changed) {
      await tx
        .update(resellerInvitations)
        .set({ state: next.state, decidedAt: new Date(), decidedByLabel: shownAs(ctx.actor) })
        .where(eq(resellerInvitations.id, inv.id));
      if (next.state === "accepted") {
        await tx.insert(resellerWorkspaces).values({ resellerId: inv.resellerId, workspaceId: ctx.workspace.id }).onConflictDoNothing();
      }
      const action = next.state === "accepted" ? "reseller_invitation.accepted" : "reseller_invitation.declined";
      const data = { invitationId: inv.id, resellerId: inv.resellerId, reseller: inv.resellerName, workspaceId: ctx.workspace.id, workspace: ctx.workspace.name };
      await recordAudit(tx, ctx.workspace.id, ctx.auditActor, { action, subjectType: "reseller_invitation", subjectId: inv.id, data });
      await recordResellerAudit(tx, inv.resellerId, ctx.auditActor, { action, subjectType: "reseller_invitation", subjectId: inv.id, data });
      await mailInvitationDecided(tx, { reseller: { id: inv.resellerId, name: inv.resellerName }, workspace: ctx.workspace }, ctx.actor.name, next.state === "accepted");
    }
    return { id: inv.id, state: next.state, changed: next.changed };
  },
});

export const endLinkInput = z.object({ reseller: z.string().trim().min(1).max(200) });

/** A supervisor ends the workspace's link to a reseller (by the reseller's slug); 404 when there is none. */
export const endResellerLink = defineOperation({
  name: "reseller_link.end",
  input: endLinkInput,
  resource: "reseller_link",
  action: "delete",
  run: async (ctx: OperationContext, input, tx) => {
    if (!mayEndLink({ side: "workspace", role: ctx.role })) throw forbidden();
    const [reseller] = await tx
      .select({ id: resellers.id, name: resellers.name })
      .from(resellerWorkspaces)
      .innerJoin(resellers, eq(resellers.id, resellerWorkspaces.resellerId))
      .where(and(eq(resellerWorkspaces.workspaceId, ctx.workspace.id), eq(resellers.slug, input.reseller)));
    if (!reseller) throw notFound("reseller");
    await endLinkIn(tx, { reseller, workspace: ctx.workspace }, { ...ctx.auditActor, name: ctx.actor.name }, "workspace");
    return { reseller: input.reseller, ended: true as const };
  },
});
