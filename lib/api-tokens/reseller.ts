import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { resellerAuditEvents } from "@/db/schema";
import { withScope } from "@/db/scope";
import { recordResellerAudit } from "@/lib/audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/operations";
import type { ResellerContext } from "@/lib/reseller";
import { createHolderToken, listHolderTokens, revokeHolderToken, type TokenHolder } from "./holders";
import type { CreatedToken } from "./index";

/**
 * Reseller API tokens: one token reaches every workspace linked to the reseller, at the time of
 * each request (unlinking a workspace ends its access on the next call). Reseller staff act as
 * admins there, so a token is an admin or a viewer, never a supervisor.
 */
export const RESELLER_TOKEN_ROLES = ["viewer", "admin"] as const;
export type ResellerTokenRole = (typeof RESELLER_TOKEN_ROLES)[number];

export const resellerTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  role: z.enum(RESELLER_TOKEN_ROLES),
  expiresInDays: z.coerce.number().int().min(1).max(730).optional(),
});

const tokenId = z.object({ tokenId: z.uuid() });

/** Only the reseller's people manage its tokens (row-level security says the same). */
function staffScope(ctx: ResellerContext) {
  if (ctx.actor.kind !== "person" || ctx.actor.resellerId !== ctx.reseller.id) throw notFound("reseller");
  return { kind: "account" as const, accountId: ctx.actor.accountId };
}

/** The reseller as its tokens' holder: its column, its staff member's scope, its own audit log. */
function holder(ctx: ResellerContext): TokenHolder {
  const actor = { accountId: ctx.actor.accountId, label: ctx.actor.email };
  return {
    column: "resellerId",
    id: ctx.reseller.id,
    scope: staffScope(ctx),
    actorAccountId: ctx.actor.accountId,
    record: (tx, event) => recordResellerAudit(tx, ctx.reseller.id, actor, event),
  };
}

/**
 * A reseller token: authorised exactly like reseller staff (no workspace, no memberships) but
 * with its own role. The secret is returned here once.
 */
export async function createResellerToken(ctx: ResellerContext, raw: unknown): Promise<CreatedToken & { token: string }> {
  const input = parseInput(resellerTokenInput, raw);
  return createHolderToken(holder(ctx), input);
}

export async function revokeResellerToken(ctx: ResellerContext, raw: unknown): Promise<{ id: string; revoked: true }> {
  return revokeHolderToken(holder(ctx), parseInput(tokenId, raw).tokenId);
}

export async function listResellerTokens(ctx: ResellerContext) {
  return listHolderTokens(holder(ctx));
}

/** The reseller's latest token events (created, revoked), newest first. */
export async function listResellerTokenActivity(ctx: ResellerContext, limit = 20) {
  return withScope(
    staffScope(ctx),
    (tx) =>
      tx
        .select({
          id: resellerAuditEvents.id,
          action: resellerAuditEvents.action,
          actorLabel: resellerAuditEvents.actorLabel,
          subjectId: resellerAuditEvents.subjectId,
          data: resellerAuditEvents.data,
          occurredAt: resellerAuditEvents.occurredAt,
        })
        .from(resellerAuditEvents)
        .where(and(eq(resellerAuditEvents.resellerId, ctx.reseller.id), eq(resellerAuditEvents.subjectType, "api_token")))
        .orderBy(desc(resellerAuditEvents.occurredAt), desc(resellerAuditEvents.id))
        .limit(limit),
    { readOnly: true },
  );
}
