import { randomBytes, randomUUID } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { resellerInvitations, resellers, resellerWorkspaces, workspaces } from "@/db/schema";
import type { ResellerInvitationState } from "@/db/schema/enums";
import { asWorkspaceSystem, withScope, type Tx } from "@/db/scope";
import { isLookupSlug } from "@/lib/access/workspace";
import type { Actor } from "@/lib/auth/accounts";
import { recordAudit, recordResellerAudit, type AuditActor } from "@/lib/audit";
import { startTestClock } from "@/lib/clock";
import { testClocksAllowed } from "@/lib/clock/rules";
import { AppError, fieldError, forbidden, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/operations";
import { defineRead } from "@/lib/operations/read";
import { SANDBOX_TTL_MS } from "@/lib/sandboxes";
import { checkCountryZone, countryDefaults, countrySchema, timeZoneSchema } from "@/lib/workspaces/countries";
import { sendInvitation } from "@/lib/workspaces/invitations";
import { createWorkspace } from "@/lib/workspaces/record";
import { resellerRoom } from "../room";
import { mailInvitation } from "./mail";
import { customerSlug, mayEndLink, mayManageLinks, nextInvitationState, parseInviteTarget, reinviteFrom } from "./rules";
import { endLinkIn, shownAs } from "./shared";

/**
 * The reseller's side of its links (issue 17), for its staff (sessions) and its API tokens:
 * inviting a workspace, withdrawing an invitation, ending a link, creating a customer workspace.
 * The workspace's side of each change is written through asWorkspaceSystem in the same transaction.
 */

export type LinkedReseller = { id: string; slug: string; name: string; isSandbox: boolean };

const auditActorOf = (actor: Actor): AuditActor => ({ accountId: actor.accountId, label: actor.email });

/** Postgres' unique violation: a concurrent invite of the same pair, or a reused key. */
const isUniqueViolation = (e: unknown) => ((e as { code?: string }).code ?? (e as { cause?: { code?: string } }).cause?.code) === "23505";

// The same answer as lib/operations' replays.
const keyReused = () => new AppError(422, "idempotency_key_reused", { key: "apiErrors.idempotency_key_reused" });
const alreadyLinked = () => new AppError(409, "already_linked", { key: "apiErrors.already_linked" });
const invitationPending = (invitationId: string) => new AppError(409, "invitation_pending", { key: "apiErrors.invitation_pending" }, { invitationId });

/**
 * One read-write transaction in the reseller's room (every linked workspace visible), after
 * checking in it that the URL's reseller is the actor's: another reseller, existing or not, is
 * "not found". A reseller token reaches this like its staff, with its own role.
 */
async function inResellerSide<T>(actor: Actor, slug: string, fn: (tx: Tx, reseller: LinkedReseller) => Promise<T>): Promise<T> {
  if (!actor.resellerId || !isLookupSlug(slug)) throw notFound("reseller");
  const resellerId = actor.resellerId;
  return withScope({ kind: "account", accountId: actor.accountId, resellerScope: true }, async (tx) => {
    const [reseller] = await tx
      .select({ id: resellers.id, slug: resellers.slug, name: resellers.name, isSandbox: resellers.isSandbox })
      .from(resellers)
      .where(and(eq(resellers.slug, slug), eq(resellers.id, resellerId)));
    if (!reseller) throw notFound("reseller");
    return fn(tx, reseller);
  });
}

function requireManager(actor: Actor): void {
  if (!mayManageLinks(actor.resellerRole)) throw forbidden();
}

export type InvitationView = {
  id: string;
  invitedAs: string;
  state: ResellerInvitationState;
  invitedBy: string;
  createdAt: Date;
  decidedAt: Date | null;
  /** Shown to the reseller only once accepted: before that, what it typed is all it knows. */
  workspace: { slug: string; name: string } | null;
};

export type LinkView = { workspace: { id: string; slug: string; name: string; country: string }; linkedAt: Date };

const invitationColumns = {
  id: resellerInvitations.id,
  invitedAs: resellerInvitations.invitedAs,
  state: resellerInvitations.state,
  invitedBy: resellerInvitations.invitedByLabel,
  createdAt: resellerInvitations.createdAt,
  decidedAt: resellerInvitations.decidedAt,
  workspaceId: resellerInvitations.workspaceId,
};

/** The reseller's invitations (or one of them), newest first, with the workspace named once it is linked. */
async function resellerInvitationsIn(tx: Tx, resellerId: string, limit: number, onlyId?: string): Promise<InvitationView[]> {
  const rows = await tx
    .select({ ...invitationColumns, slug: workspaces.slug, name: workspaces.name })
    .from(resellerInvitations)
    // Named once accepted (and row-level security shows only the workspaces linked now): the others
    // are not looked up at all, each such lookup being a refused app_can_open_workspace.
    .leftJoin(workspaces, and(eq(workspaces.id, resellerInvitations.workspaceId), eq(resellerInvitations.state, "accepted")))
    .where(and(eq(resellerInvitations.resellerId, resellerId), onlyId ? eq(resellerInvitations.id, onlyId) : undefined))
    .orderBy(desc(resellerInvitations.createdAt), desc(resellerInvitations.id))
    .limit(limit);
  return rows.map(({ workspaceId: _ws, slug, name, ...r }) => ({ ...r, workspace: slug && name ? { slug, name } : null }));
}

async function resellerLinksIn(tx: Tx, resellerId: string): Promise<LinkView[]> {
  const rows = await tx
    .select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name, country: workspaces.country, linkedAt: resellerWorkspaces.linkedAt })
    .from(resellerWorkspaces)
    .innerJoin(workspaces, eq(workspaces.id, resellerWorkspaces.workspaceId))
    .where(eq(resellerWorkspaces.resellerId, resellerId))
    .orderBy(workspaces.name, workspaces.id);
  return rows.map(({ linkedAt, ...workspace }) => ({ workspace, linkedAt }));
}

/** The hub's invitations card: the reseller's latest invitations, in its room with the workspaces page's read. */
export const resellerInvitationList = defineRead({
  name: "reseller invitations",
  room: resellerRoom,
  resource: "reseller_link",
  run: (tx, ctx, limit: number) => resellerInvitationsIn(tx, ctx.reseller.id, limit),
});

/** The reseller's links and its latest invitations (the hub's invitations card, GET …/links). */
export async function listResellerLinks(actor: Actor, slug: string, invitationLimit = 100): Promise<{ links: LinkView[]; invitations: InvitationView[] }> {
  return inResellerSide(actor, slug, async (tx, reseller) => ({
    links: await resellerLinksIn(tx, reseller.id),
    invitations: await resellerInvitationsIn(tx, reseller.id, invitationLimit),
  }));
}

export const inviteInput = z.object({
  target: z
    .string()
    .trim()
    .min(1)
    .max(320)
    .describe("The workspace's address (its slug, e.g. acme-gmbh, or /w/acme-gmbh) or the e-mail of one of its supervisors."),
});

type Outcome<T> = { result: T; replayed: boolean };

/**
 * Invites a workspace: one pending invitation, the reseller's audit event, the workspace's audit
 * event and an e-mail to its supervisors. Unknown targets are 404 (a sandbox reseller reaches
 * sandboxes only, a real one real workspaces only); an e-mail that supervises several workspaces
 * is 422 (name the address instead); a workspace already linked or invited is 409. A repeat with
 * the same Idempotency-Key answers the first invitation.
 */
export async function inviteWorkspace(actor: Actor, slug: string, raw: unknown, requestKey: string | null = null): Promise<Outcome<InvitationView>> {
  requireManager(actor);
  const input = parseInput(inviteInput, raw);
  const target = parseInviteTarget(input.target);
  if (!target) throw new AppError(422, "validation_failed", { key: "apiErrors.invitation_target_malformed" }, fieldError("target", { key: "validation.invitation_target" }));
  try {
    return await inResellerSide(actor, slug, async (tx, reseller) => {
      if (requestKey) {
        const [prior] = await tx
          .select(invitationColumns)
          .from(resellerInvitations)
          .where(and(eq(resellerInvitations.resellerId, reseller.id), eq(resellerInvitations.requestKey, requestKey)));
        if (prior) {
          if (prior.invitedAs !== target.value) throw keyReused();
          const [view] = await resellerInvitationsIn(tx, reseller.id, 1, prior.id);
          return { result: view, replayed: true };
        }
      }
      const found = await tx.execute<{ id: string }>(sql`select t as id from app_reseller_invitation_target(${target.value}) as t`);
      if (found.length === 0) throw notFound("workspace");
      if (found.length > 1) throw new AppError(422, "invitee_ambiguous", { key: "apiErrors.invitee_ambiguous" });
      const workspaceId = found[0].id;
      const [linked] = await tx
        .select({ id: resellerWorkspaces.workspaceId })
        .from(resellerWorkspaces)
        .where(and(eq(resellerWorkspaces.resellerId, reseller.id), eq(resellerWorkspaces.workspaceId, workspaceId)));
      if (linked) throw alreadyLinked();
      const [pending] = await tx
        .select({ id: resellerInvitations.id })
        .from(resellerInvitations)
        .where(and(eq(resellerInvitations.resellerId, reseller.id), eq(resellerInvitations.workspaceId, workspaceId), eq(resellerInvitations.state, "pending")));
      if (pending) throw invitationPending(pending.id);
      const [last] = await tx
        .select({ state: resellerInvitations.state, createdAt: resellerInvitations.createdAt })
        .from(resellerInvitations)
        .where(and(eq(resellerInvitations.resellerId, reseller.id), eq(resellerInvitations.workspaceId, workspaceId)))
        .orderBy(desc(resellerInvitations.createdAt))
        .limit(1);
      const from = reinviteFrom(last ?? null, new Date());
      if (from) {
        throw new AppError(409, "invitation_too_soon", { key: "apiErrors.invitation_too_soon", values: { hours: Math.ceil((from.getTime() - Date.now()) / 3_600_000) } }, { retryAfter: from.toISOString() });
      }
      const [row] = await tx
        .insert(resellerInvitations)
        .values({ resellerId: reseller.id, workspaceId, invitedAs: target.value, invitedBy: actor.accountId, invitedByLabel: shownAs(actor), requestKey })
        .returning(invitationColumns);
      const data = { invitationId: row.id, invitedAs: row.invitedAs };
      await recordResellerAudit(tx, reseller.id, auditActorOf(actor), { action: "reseller_invitation.sent", subjectType: "reseller_invitation", subjectId: row.id, data });
      // The invitation belongs to the workspace too: its log, its supervisors' e-mail.
      await asWorkspaceSystem(tx, workspaceId, async () => {
        await recordAudit(tx, workspaceId, auditActorOf(actor), {
          action: "reseller_invitation.received",
          subjectType: "reseller_invitation",
          subjectId: row.id,
          data: { ...data, resellerId: reseller.id, reseller: reseller.name },
        });
        await mailInvitation(tx, workspaceId, reseller, actor);
      });
      const { workspaceId: _ws, ...view } = row;
      return { result: { ...view, workspace: null }, replayed: false };
    });
  } catch (e) {
    // Two invites of one pair at once: the second meets the first's pending row.
    if (isUniqueViolation(e)) throw new AppError(409, "invitation_pending", { key: "apiErrors.invitation_pending" });
    throw e;
  }
}

/** The reseller withdraws a pending invitation (revoked); withdrawing twice is harmless. */
export async function withdrawInvitation(actor: Actor, slug: string, invitationId: string): Promise<{ id: string; state: ResellerInvitationState }> {
  requireManager(actor);
  const id = z.uuid().safeParse(invitationId);
  if (!id.success) throw notFound("invitation");
  return inResellerSide(actor, slug, async (tx, reseller) => {
    const [inv] = await tx
      .select({ state: resellerInvitations.state, workspaceId: resellerInvitations.workspaceId })
      .from(resellerInvitations)
      .where(and(eq(resellerInvitations.id, id.data), eq(resellerInvitations.resellerId, reseller.id)))
      .for("update");
    if (!inv) throw notFound("invitation");
    const next = nextInvitationState(inv.state, "revoke");
    if (!next.ok) throw new AppError(409, "invitation_decided", { key: "apiErrors.invitation_decided", values: { state: next.state } }, { state: next.state });
    if (next.changed) {
      await tx.update(resellerInvitations).set({ state: "revoked", decidedAt: new Date(), decidedByLabel: shownAs(actor) }).where(eq(resellerInvitations.id, id.data));
      await recordResellerAudit(tx, reseller.id, auditActorOf(actor), { action: "reseller_invitation.revoked", subjectType: "reseller_invitation", subjectId: id.data });
      await asWorkspaceSystem(tx, inv.workspaceId, () =>
        recordAudit(tx, inv.workspaceId, auditActorOf(actor), {
          action: "reseller_invitation.revoked",
          subjectType: "reseller_invitation",
          subjectId: id.data,
          data: { resellerId: reseller.id, reseller: reseller.name },
        }),
      );
    }
    return { id: id.data, state: next.state };
  });
}

/** The reseller ends its link to one of its workspaces (by the workspace's slug); 404 when not linked. */
export async function endLinkByReseller(actor: Actor, slug: string, workspaceSlug: string): Promise<{ workspace: string; ended: true }> {
  if (!mayEndLink({ side: "reseller", role: actor.resellerRole })) throw forbidden();
  if (!isLookupSlug(workspaceSlug)) throw notFound("workspace");
  return inResellerSide(actor, slug, async (tx, reseller) => {
    const [ws] = await tx
      .select({ id: workspaces.id, name: workspaces.name })
      .from(resellerWorkspaces)
      .innerJoin(workspaces, eq(workspaces.id, resellerWorkspaces.workspaceId))
      .where(and(eq(resellerWorkspaces.resellerId, reseller.id), eq(workspaces.slug, workspaceSlug)));
    if (!ws) throw notFound("workspace");
    await asWorkspaceSystem(tx, ws.id, () => endLinkIn(tx, { reseller, workspace: ws }, { ...auditActorOf(actor), name: actor.name }, "reseller"));
    return { workspace: workspaceSlug, ended: true as const };
  });
}

export const customerInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    country: countrySchema,
    timeZone: timeZoneSchema.optional(),
    supervisorEmail: z
      .string()
      .trim()
      .email()
      .max(320)
      .optional()
      .describe("Invites this person as the workspace's first supervisor: an e-mail with a link to set their password (7 days)."),
  })
  .superRefine(checkCountryZone);

export type CreatedCustomer = { id: string; slug: string; name: string; country: string; currency: string; locale: string; timeZone: string; isSandbox: boolean };

/**
 * Creates a customer workspace linked to the reseller from the start: the workspace (currency and
 * formats from its country), the link, an audit event on both sides. Its first supervisor comes
 * by invitation (`supervisorEmail`, lib/workspaces/invitations); until one accepts, the
 * reseller's staff administer it. A sandbox reseller's workspaces are sandboxes with a test clock, deleted like any.
 * A repeat with the same Idempotency-Key answers the first workspace.
 */
export async function createCustomerWorkspace(actor: Actor, slug: string, raw: unknown, requestKey: string | null = null): Promise<Outcome<CreatedCustomer>> {
  requireManager(actor);
  const input = parseInput(customerInput, raw);
  const country = input.country;
  return inResellerSide(actor, slug, async (tx, reseller) => {
    if (reseller.isSandbox && !testClocksAllowed()) throw notFound("reseller");
    if (requestKey) {
      const [prior] = await tx
        .select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name, country: workspaces.country, currency: workspaces.currency, locale: workspaces.locale, timeZone: workspaces.timeZone, isSandbox: workspaces.isSandbox })
        .from(resellerWorkspaces)
        .innerJoin(workspaces, eq(workspaces.id, resellerWorkspaces.workspaceId))
        .where(and(eq(resellerWorkspaces.resellerId, reseller.id), eq(resellerWorkspaces.requestKey, requestKey)));
      if (prior) {
        if (prior.name !== input.name || prior.country !== country) throw keyReused();
        return { result: prior, replayed: true };
      }
    }
    const defaults = countryDefaults(country);
    const now = new Date();
    const created: CreatedCustomer = {
      id: randomUUID(),
      slug: customerSlug(input.name, randomBytes(3).toString("hex")),
      name: input.name,
      country,
      currency: defaults.currency,
      locale: defaults.locale,
      timeZone: input.timeZone ?? defaults.timeZone,
      isSandbox: reseller.isSandbox,
    };
    const data = { workspaceId: created.id, workspace: created.name, country, resellerId: reseller.id, reseller: reseller.name };
    await asWorkspaceSystem(tx, created.id, async () => {
      await createWorkspace(tx, {
        ...created,
        ...(reseller.isSandbox ? { sandboxTemplate: "empty", expiresAt: new Date(now.getTime() + SANDBOX_TTL_MS) } : {}),
      });
      if (reseller.isSandbox) await startTestClock(tx, created.id, now);
      await tx.insert(resellerWorkspaces).values({ resellerId: reseller.id, workspaceId: created.id, requestKey });
      await recordAudit(tx, created.id, auditActorOf(actor), { action: "workspace.created", subjectType: "workspace", subjectId: created.id, data });
      if (input.supervisorEmail) await sendInvitation(tx, created, { email: input.supervisorEmail, role: "supervisor" }, auditActorOf(actor));
    });
    await recordResellerAudit(tx, reseller.id, auditActorOf(actor), { action: "reseller_link.created", subjectType: "workspace", subjectId: created.id, data: { ...data, via: "created" } });
    return { result: created, replayed: false };
  });
}

/** A sandbox reseller's workspace, linked as the sandbox is made (lib/sandboxes/resellers), in its system scope. */
export async function linkSandboxWorkspace(tx: Tx, resellerId: string, workspaceId: string): Promise<void> {
  await tx.insert(resellerWorkspaces).values({ resellerId, workspaceId });
}
