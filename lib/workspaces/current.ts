import { notFound } from "next/navigation";
import { cache } from "react";
import type { Tx } from "@/db/scope";
import type { Resource } from "@/lib/access/matrix";
import { inWorkspace, openWorkspace, type WorkspaceContext } from "@/lib/access/workspace";
import { requireActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

/**
 * The workspace of a console page's URL, for the layout and the page alike (resolved once per
 * request). Not signed in: off to /login. Unknown, or not this actor's: Next's 404, the same
 * answer for both so a URL never tells which workspaces exist.
 */
export const workspaceForPage = cache(async (slug: string): Promise<WorkspaceContext> => {
  const actor = await requireActor();
  try {
    return await openWorkspace(actor, slug);
  } catch (e) {
    if (e instanceof AppError && e.status === 404) notFound();
    throw e;
  }
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * For a detail route's layout (a license, a host, a product): Next's 404 when the id is not one of
 * this workspace's. Decided in the layout, above the route's loading boundary, because once
 * loading.tsx has streamed a page's notFound() can no longer turn the 200 into a 404.
 */
export async function requireInWorkspace(
  slug: string,
  id: string,
  resource: Resource,
  exists: (tx: Tx, workspaceId: string, id: string) => Promise<boolean>,
): Promise<WorkspaceContext> {
  if (!UUID.test(id)) notFound();
  const ctx = await workspaceForPage(slug);
  if (!(await inWorkspace(ctx, resource, "read", (tx) => exists(tx, ctx.workspace.id, id)))) notFound();
  return ctx;
}
