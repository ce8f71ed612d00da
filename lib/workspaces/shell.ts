import type { WorkspaceReader } from "@/lib/access/caller";
import { authorize, workspaceAmongIn, type ListedWorkspace } from "@/lib/access/workspace";
import { enterWorkspaceClock, type WorkspaceClock } from "@/lib/clock";
import { resellerIn, type ResellerSummary } from "@/lib/reseller";

/** What the workspace layout shows around every page: the switcher's list, the clock, the way back. */
export type WorkspaceShell = { workspaces: ListedWorkspace[]; clock: WorkspaceClock; reseller: ResellerSummary | null };

/**
 * The URL's workspace and the shell's reads, in the transaction that found the actor: the
 * switcher's list, the opened workspace among it (one statement for both), the role checked, then
 * the transaction enters the workspace and reads its clock in one statement.
 */
export const readShell: WorkspaceReader<WorkspaceShell> = async (tx, actor, slug) => {
  const { workspace: ctx, workspaces } = await workspaceAmongIn(tx, actor, slug);
  if (!ctx) return { workspace: null, also: null };
  authorize(ctx, "clock", "read");
  // Entered through the reseller: a way back to all of its customers.
  const reseller = ctx.via === "reseller" ? await resellerIn(tx, actor) : null;
  return { workspace: ctx, also: { workspaces, reseller, clock: await enterWorkspaceClock(tx, ctx.workspace.id) } };
};
