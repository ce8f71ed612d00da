import { eq } from "drizzle-orm";
import { workspaces } from "@/db/schema";
import type { Tx } from "@/db/scope";

export type WorkspaceSettings = {
  name: string;
  slug: string;
  country: string;
  currency: string;
  locale: string;
  timeZone: string;
  isSandbox: boolean;
  requireTwoFactor: boolean;
  expiresAt: Date | null;
  createdAt: Date;
};

/** The workspace's own record, as its supervisor sees it in Settings. */
export async function getWorkspaceSettings(tx: Tx, workspaceId: string): Promise<WorkspaceSettings | null> {
  const [row] = await tx
    .select({
      name: workspaces.name,
      slug: workspaces.slug,
      country: workspaces.country,
      currency: workspaces.currency,
      locale: workspaces.locale,
      timeZone: workspaces.timeZone,
      isSandbox: workspaces.isSandbox,
      requireTwoFactor: workspaces.requireTwoFactor,
      expiresAt: workspaces.expiresAt,
      createdAt: workspaces.createdAt,
    })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  return row ?? null;
}
