import { enterWorkspace, type Tx } from "@/db/scope";
import { authorize, workspacesIn, type ListedWorkspace, type WorkspaceContext } from "@/lib/access/workspace";
import { workspaceClock, type WorkspaceClock } from "@/lib/clock";
import { resellerIn, type ResellerSummary } from "@/lib/reseller";

/** What the workspace layout shows around every page: the switcher's list, the clock, the way back. */
export type WorkspaceShell = { workspaces: ListedWorkspace[]; clock: WorkspaceClock; reseller: ResellerSummary | null };

/**
 * The shell's reads, in the transaction that found the actor and the workspace: the account's
 * reads first, then the transaction enters the workspace for its clock.
 */
export async function readShell(tx: Tx, ctx: WorkspaceContext): Promise<WorkspaceShell> {
  authorize(ctx, "clock", "read");
  const workspaces = await workspacesIn(tx, ctx.actor);
  // Entered through the reseller: a way back to all of its customers.
  const reseller = ctx.via === "reseller" ? await resellerIn(tx, ctx.actor) : null;
  await enterWorkspace(tx, ctx.workspace.id);
  return { workspaces, reseller, clock: await workspaceClock(tx, ctx.workspace.id) };
}
