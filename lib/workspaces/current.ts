import { notFound, redirect } from "next/navigation";
import { notFound as notFoundError, unauthenticated } from "@/lib/errors";
import { cache } from "react";
import type { Tx } from "@/db/scope";
import { readCaller } from "@/lib/access/caller";
import type { Action, Resource } from "@/lib/access/matrix";
import { allowed, type WorkspaceContext } from "@/lib/access/workspace";
import { ENROLMENT_PATH, sessionCaller } from "@/lib/auth/session";
import { defineRead, runRead } from "@/lib/operations/read";
import { readShell, type WorkspaceShell } from "./shell";
import { isUuid } from "@/lib/tables/params";

/**
 * Who and where a console request is: the session's actor, the URL's workspace and the shell's
 * data (lib/workspaces/shell), in ONE transaction, read once per request (React's cache) by the
 * layout, the page and the language lookup (lib/i18n/request) alike.
 */
export const consoleRequest = cache(async (slug: string) => readCaller(await sessionCaller(), slug, readShell));

/**
 * The workspace of a console page's URL, for the layout and the page alike. Not signed in: off
 * to /login (or to enrolment, when it is due). Unknown, or not this actor's: Next's 404, the
 * same answer for both so a URL never tells which workspaces exist.
 */
export async function workspaceForPage(slug: string): Promise<WorkspaceContext> {
  const { actor, workspace } = await consoleRequest(slug);
  if (!actor) redirect("/login");
  if (actor.twoFactorPending) redirect(ENROLMENT_PATH);
  if (!workspace) notFound();
  return workspace;
}

/**
 * For server actions and route handlers, which answer with values, not Next's 404: the session's
 * actor and the workspace in one transaction, or an AppError. Their arguments arrive from any
 * client (they are public endpoints): anything but a string is as unknown as a missing workspace,
 * and an account that must first enrol in two-step sign-in counts as signed out.
 */
export async function callerWorkspace(workspaceSlug: unknown): Promise<WorkspaceContext> {
  const found = await readCaller(await sessionCaller(), typeof workspaceSlug === "string" ? workspaceSlug : null);
  if (!found.actor || found.actor.twoFactorPending) throw unauthenticated();
  if (!found.workspace) throw notFoundError("workspace");
  return found.workspace;
}

/** The workspace layout's context and shell, from the same read. */
export async function workspaceShellFor(slug: string): Promise<{ ctx: WorkspaceContext; shell: WorkspaceShell }> {
  const ctx = await workspaceForPage(slug);
  const { also: shell } = await consoleRequest(slug);
  return { ctx, shell: shell! };
}

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
 * loading.tsx has streamed a page's notFound() can no longer turn the 200 into a 404. Read once
 * per request: the page awaits the same answer before its own reads, so the two transactions
 * never overlap.
 */
export const requireInWorkspace = async (
  slug: string,
  id: string,
  resource: Resource,
  exists: (tx: Tx, workspaceId: string, id: string) => Promise<boolean | string | null>,
): Promise<WorkspaceContext> => (await detailSubject(slug, id, resource, exists)).ctx;

/**
 * requireInWorkspace's one read, with what the check answered: a check that returns the subject's
 * name (productLicensed) lets the page's title name it (generateMetadata awaits the same cached
 * answer, no transaction of its own).
 */
export const detailSubject = cache(
  async (
    slug: string,
    id: string,
    resource: Resource,
    exists: (tx: Tx, workspaceId: string, id: string) => Promise<boolean | string | null>,
  ): Promise<{ ctx: WorkspaceContext; name: string | null }> => {
    if (!isUuid(id)) notFound();
    const ctx = await workspaceForPage(slug);
    const found = defineRead({ name: `${resource} exists`, resource, run: (tx, c) => exists(tx, c.workspace.id, id) });
    const answer = await runRead(ctx, found);
    if (!answer) notFound();
    return { ctx, name: typeof answer === "string" ? answer : null };
  },
);
