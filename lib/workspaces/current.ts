import { notFound } from "next/navigation";
import { cache } from "react";
import type { Tx } from "@/db/scope";
import type { Action, Resource } from "@/lib/access/matrix";
import { allowed, inWorkspace, openWorkspace, type WorkspaceContext } from "@/lib/access/workspace";
import { requireActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/tables/params";

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

/**
 * For a page that only some roles may see (settings, the outbox): Next's 404 to the others, the
 * answer another tenant's page gets. Called by the page itself and not only its layout: Next
 * renders a layout and its page in parallel, so the page's reads would still run, be refused
 * and log the refusal's stack on every request.
 */
export async function workspacePageFor(slug: string, resource: Resource, action: Action = "read"): Promise<WorkspaceContext> {
  const ctx = await workspaceForPage(slug);
  if (!allowed(ctx, resource, action)) notFound();
  return ctx;
}

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
  if (!isUuid(id)) notFound();
  const ctx = await workspaceForPage(slug);
  if (!(await inWorkspace(ctx, resource, "read", (tx) => exists(tx, ctx.workspace.id, id)))) notFound();
  return ctx;
}
