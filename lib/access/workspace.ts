import { asc, eq, sql } from "drizzle-orm";
import { resellerWorkspaces, workspaces } from "@/db/schema";
import type { WorkspaceRole } from "@/db/schema/enums";
import { withScope, type ScopeOptions, type Tx } from "@/db/scope";
import type { Actor } from "@/lib/auth/accounts";
import { forbidden, notFound } from "@/lib/errors";
import { can, strongestRole, type Action, type Resource } from "./matrix";
import { byName } from "@/lib/tables/collation";

export type WorkspaceSummary = {
  id: string;
  slug: string;
  name: string;
  country: string;
  currency: string;
  locale: string;
  timeZone: string;
  isSandbox: boolean;
};

export type WorkspaceContext = {
  actor: Actor;
  workspace: WorkspaceSummary;
  role: WorkspaceRole;
  /** How the actor reached it: own membership or its reseller's link. */
  via: "membership" | "reseller";
};

const summary = {
  id: workspaces.id,
  slug: workspaces.slug,
  name: workspaces.name,
  country: workspaces.country,
  currency: workspaces.currency,
  locale: workspaces.locale,
  timeZone: workspaces.timeZone,
  isSandbox: workspaces.isSandbox,
};

function roleOf(actor: Actor, workspaceId: string, linkedToActorsReseller: boolean) {
  const member = actor.memberships.get(workspaceId) ?? null;
  // Staff act as admins; a reseller token with the role it was issued (lib/auth/accounts).
  const viaReseller = linkedToActorsReseller ? actor.resellerRole : null;
  const role = strongestRole(member, viaReseller);
  return role ? { role, via: member && role === member ? ("membership" as const) : ("reseller" as const) } : null;
}

const linkedExpr = (actor: Actor) =>
  actor.resellerId
    ? sql<boolean>`exists (select 1 from ${resellerWorkspaces} rw where rw.workspace_id = ${workspaces.id} and rw.reseller_id = ${actor.resellerId})`
    : sql<boolean>`false`;

/**
 * The workspace behind a URL slug, if the actor may open it. Anything else, including a workspace
 * that exists but is not theirs, is "not found": the answer never tells which.
 */
/**
 * A slug worth looking up. Server actions hand over whatever a client posted, and PostgreSQL
 * fails the query itself (a 500) on text with NUL or a lone surrogate: such a slug names nothing.
 */
export function isLookupSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= 200 && !/[\0\p{Cs}]/u.test(slug);
}

export async function openWorkspace(actor: Actor, slug: string): Promise<WorkspaceContext> {
  const ctx = isLookupSlug(slug) ? await withScope({ kind: "account", accountId: actor.accountId }, (tx) => workspaceIn(tx, actor, slug), { readOnly: true }) : null;
  if (!ctx) throw notFound("workspace");
  return ctx;
}

/** openWorkspace inside a transaction already scoped to the actor's account; null for "not found". */
export async function workspaceIn(tx: Tx, actor: Actor, slug: string): Promise<WorkspaceContext | null> {
  if (!isLookupSlug(slug)) return null;
  const [row] = await tx.select({ ...summary, linked: linkedExpr(actor) }).from(workspaces).where(eq(workspaces.slug, slug));
  const access = row && roleOf(actor, row.id, row.linked);
  if (!row || !access) return null;
  const { linked: _linked, ...workspace } = row;
  return { actor, workspace, ...access };
}

export type ListedWorkspace = WorkspaceSummary & { role: WorkspaceRole };

/** Every workspace the actor may open: own memberships plus all of its reseller's. */
export async function listWorkspaces(actor: Actor): Promise<ListedWorkspace[]> {
  return withScope({ kind: "account", accountId: actor.accountId }, (tx) => workspacesIn(tx, actor), { readOnly: true });
}

/** listWorkspaces inside a transaction scoped to the actor's account (and to no workspace yet). */
export async function workspacesIn(tx: Tx, actor: Actor): Promise<ListedWorkspace[]> {
  return (await openableIn(tx, actor)).map(({ workspace, role }) => ({ ...workspace, role }));
}

/**
 * The switcher's list and the URL's workspace among it, from one statement: the same rows and the
 * same role rule as workspaceIn, so the list holds the slug's workspace exactly when workspaceIn
 * would open it (a slug no one may look up matches no row).
 */
export async function workspaceAmongIn(tx: Tx, actor: Actor, slug: string): Promise<{ workspace: WorkspaceContext | null; workspaces: ListedWorkspace[] }> {
  const openable = await openableIn(tx, actor);
  return {
    workspace: openable.find((ctx) => ctx.workspace.slug === slug) ?? null,
    workspaces: openable.map(({ workspace, role }) => ({ ...workspace, role })),
  };
}

/** Every workspace the actor may open, in the switcher's order, with the role and the way in. */
async function openableIn(tx: Tx, actor: Actor): Promise<WorkspaceContext[]> {
  const rows = await tx.select({ ...summary, linked: linkedExpr(actor) }).from(workspaces).orderBy(asc(byName(workspaces.name)));
  return rows.flatMap(({ linked, ...workspace }) => {
    const access = roleOf(actor, workspace.id, linked);
    return access ? [{ actor, workspace, ...access }] : [];
  });
}

export function allowed(ctx: WorkspaceContext, resource: Resource, action: Action): boolean {
  return can(ctx.role, resource, action);
}

export function authorize(ctx: WorkspaceContext, resource: Resource, action: Action): void {
  if (!allowed(ctx, resource, action)) throw forbidden();
}

/** Runs `fn` in one transaction scoped to the workspace, after checking the role. */
export async function inWorkspace<T>(
  ctx: WorkspaceContext,
  resource: Resource,
  action: Action,
  fn: (tx: Tx) => Promise<T>,
  opts?: ScopeOptions,
): Promise<T> {
  authorize(ctx, resource, action);
  return withScope(
    { kind: "account", accountId: ctx.actor.accountId, workspaceId: ctx.workspace.id },
    fn,
    { readOnly: action === "read", ...opts },
  );
}

