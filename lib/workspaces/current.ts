import { notFound } from "next/navigation";
import { cache } from "react";
import { openWorkspace, type WorkspaceContext } from "@/lib/access/workspace";
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
