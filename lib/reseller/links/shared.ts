import { and, eq } from "drizzle-orm";
import { resellerWorkspaces } from "@/db/schema";
import type { Tx } from "@/db/scope";
import type { Actor } from "@/lib/auth/accounts";
import { recordAudit, recordResellerAudit, type AuditActor } from "@/lib/audit";
import { notFound } from "@/lib/errors";
import { mailLinkEnded } from "./mail";

// What both sides of a link use: how an actor is shown to the other side, and ending a link.

/** Who the other side sees: a person's e-mail, a token's name (its account's address means nothing to anyone). */
export const shownAs = (actor: Actor) => (actor.kind === "person" ? actor.email : actor.name);

type LinkParties = { reseller: { id: string; name: string }; workspace: { id: string; name: string } };

/**
 * Ends a link: the row goes (access ends with it), an audit event on both sides, an e-mail to the
 * workspace's supervisors and the reseller's staff. The caller's transaction must see the
 * workspace's side (its scope, or asWorkspaceSystem for the reseller's side). Links take no row
 * lock (no update policy: SELECT … FOR UPDATE would see no row), so the delete comes last.
 */
export async function endLinkIn(tx: Tx, parties: LinkParties, actor: AuditActor & { name: string }, by: "workspace" | "reseller"): Promise<void> {
  const { reseller, workspace } = parties;
  const data = { resellerId: reseller.id, reseller: reseller.name, workspaceId: workspace.id, workspace: workspace.name, endedBy: by };
  // The reseller's log and staff first: they relate to the workspace only while the link exists.
  await recordResellerAudit(tx, reseller.id, actor, { action: "reseller_link.ended", subjectType: "workspace", subjectId: workspace.id, data });
  await mailLinkEnded(tx, parties, actor.name, by);
  await recordAudit(tx, workspace.id, actor, { action: "reseller_link.ended", subjectType: "reseller", subjectId: reseller.id, data });
  // Last, and the guard against a concurrent end: whoever deletes nothing rolls back its events.
  const gone = await tx
    .delete(resellerWorkspaces)
    .where(and(eq(resellerWorkspaces.resellerId, reseller.id), eq(resellerWorkspaces.workspaceId, workspace.id)))
    .returning({ id: resellerWorkspaces.workspaceId });
  if (gone.length === 0) throw notFound(by === "workspace" ? "reseller" : "workspace");
}
