import type { ResellerInvitationState, WorkspaceRole } from "@/db/schema/enums";

/**
 * Linking a reseller and a customer workspace (issue 17): plain rules, no I/O. The queries and
 * writes are lib/reseller/links; row-level security (migration 0026) says the same again.
 */

export type InvitationDecision = "accept" | "decline" | "revoke";

/** Who decides what: the workspace's supervisor accepts or declines, the reseller withdraws. */
const TARGET: Record<InvitationDecision, ResellerInvitationState> = { accept: "accepted", decline: "declined", revoke: "revoked" };

export type Transition =
  | { ok: true; state: ResellerInvitationState; changed: boolean }
  | { ok: false; reason: "already_decided"; state: ResellerInvitationState };

/**
 * An invitation is decided once. Only a pending one moves; the same decision again is a harmless
 * repeat (a double click, a retried request), any other answers "already decided".
 */
export function nextInvitationState(state: ResellerInvitationState, decision: InvitationDecision): Transition {
  const target = TARGET[decision];
  if (state === "pending") return { ok: true, state: target, changed: true };
  if (state === target) return { ok: true, state, changed: false };
  return { ok: false, reason: "already_decided", state };
}

/**
 * Who is acting on a link: a member of the workspace (its role there), or the reseller's side
 * (staff act as admins; a reseller token holds the role it was issued with).
 */
export type LinkActor =
  | { side: "workspace"; role: WorkspaceRole | null }
  | { side: "reseller"; role: WorkspaceRole | null };

/**
 * Ending a link: the workspace's supervisor, or the reseller's staff and admin tokens. A reseller
 * viewer token only reads; a workspace admin does not decide who administers the workspace.
 */
export function mayEndLink(actor: LinkActor): boolean {
  return actor.side === "workspace" ? actor.role === "supervisor" : actor.role === "admin";
}

/** Inviting, creating a customer workspace and withdrawing an invitation: the reseller's staff and admin tokens. */
export function mayManageLinks(role: WorkspaceRole | null): boolean {
  return role === "admin";
}

/** Accepting or declining: the workspace's supervisor only (lib/access/matrix: reseller_link update). */
export function mayDecideInvitation(role: WorkspaceRole | null): boolean {
  return role === "supervisor";
}

/** How long a reseller waits after sending an invitation before it may invite the same workspace again. */
export const REINVITE_AFTER_MS = 24 * 3_600_000;

/**
 * When a reseller may invite a workspace again after its last invitation there (declined or
 * withdrawn): a day after sending it, so that inviting and withdrawing cannot flood the
 * workspace's supervisors with e-mail. Null: now.
 */
export function reinviteFrom(last: { state: ResellerInvitationState; createdAt: Date } | null, now: Date): Date | null {
  if (!last || last.state === "pending" || last.state === "accepted") return null;
  const from = new Date(last.createdAt.getTime() + REINVITE_AFTER_MS);
  return from > now ? from : null;
}

export type InviteTarget = { kind: "slug"; value: string } | { kind: "email"; value: string };

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{1,63}$/;

/**
 * What the reseller typed, as a workspace's address (its slug, with or without "/w/") or a
 * supervisor's e-mail; null when it is neither.
 */
export function parseInviteTarget(raw: string): InviteTarget | null {
  const text = raw.trim();
  if (text.includes("@")) return EMAIL.test(text) ? { kind: "email", value: text.toLowerCase() } : null;
  const slug = text.toLowerCase().replace(/^\/?w\//, "").replace(/\/.*$/, "");
  return SLUG.test(slug) ? { kind: "slug", value: slug } : null;
}

/**
 * The address of a workspace a reseller creates: its name in lowercase ASCII words joined by
 * hyphens, and a random suffix, so the address never tells whether another company's name is taken.
 */
export function customerSlug(name: string, suffix: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return base ? `${base}-${suffix}` : `customer-${suffix}`;
}
