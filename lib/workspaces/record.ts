import { eq } from "drizzle-orm";
import { workspaces } from "@/db/schema";
import type { Tx } from "@/db/scope";

/**
 * The one writer of workspaces: the workspace's own record. Settings change it, sandboxes make and
 * delete theirs; real workspaces are made by the seeds (the console does not sign up customers).
 */

export type NewWorkspace = typeof workspaces.$inferInsert;

export async function createWorkspace(tx: Tx, workspace: NewWorkspace): Promise<void> {
  await tx.insert(workspaces).values(workspace);
}

/** Deletes the workspace and, by cascade, everything in it. */
export async function deleteWorkspace(tx: Tx, workspaceId: string): Promise<void> {
  await tx.delete(workspaces).where(eq(workspaces.id, workspaceId));
}

/** Whether the workspace requires the authenticator-app second step of its admins and supervisors. */
export async function setTwoFactorRequired(tx: Tx, workspaceId: string, required: boolean): Promise<void> {
  await tx.update(workspaces).set({ requireTwoFactor: required }).where(eq(workspaces.id, workspaceId));
}
