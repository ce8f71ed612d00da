import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { apiTokens, resellerAuditEvents } from "@/db/schema";
import { withScope } from "@/db/scope";
import { recordResellerAudit } from "@/lib/audit";
import { createTokenAccount, disableAccount } from "@/lib/auth/accounts";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/operations";
import type { ResellerContext } from "@/lib/reseller";
import { listTokensWhere, type CreatedToken } from "./index";
import { hashTokenSecret, newTokenSecret } from "./secret";

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

const auditActor = (ctx: ResellerContext) => ({ accountId: ctx.actor.accountId, label: ctx.actor.email });

/**
 * Creates a reseller token and the account behind it: kind api_token, the reseller's id, no
 * workspace and no memberships, so it is authorised exactly like reseller staff but with its own
 * role. The secret is returned here once; only its SHA-256 is stored.
 */
export async function createResellerToken(ctx: ResellerContext, raw: unknown): Promise<CreatedToken & { token: string }> {
  const input = parseInput(resellerTokenInput, raw);
  return withScope(staffScope(ctx), async (tx) => {
    const secret = newTokenSecret();
    const accountId = await createTokenAccount(tx, { name: input.name, resellerId: ctx.reseller.id });
    const [row] = await tx
      .insert(apiTokens)
      .values({
        resellerId: ctx.reseller.id,
        accountId,
        name: input.name,
        prefix: secret.slice(0, 10),
        tokenHash: hashTokenSecret(secret),
        role: input.role,
        createdBy: ctx.actor.accountId,
        expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
      })
      .returning();
    await recordResellerAudit(tx, ctx.reseller.id, auditActor(ctx), {
      action: "api_token.created",
      subjectType: "api_token",
      subjectId: row.id,
      data: { name: row.name, role: row.role, prefix: row.prefix, expiresAt: row.expiresAt?.toISOString() ?? null },
    });
    return {
      id: row.id,
      name: row.name,
      role: row.role,
      prefix: row.prefix,
      token: secret,
      createdAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt?.toISOString() ?? null,
    };
  });
}

/** Revoking twice is harmless; the token's account is disabled with it, so RLS refuses it too. */
export async function revokeResellerToken(ctx: ResellerContext, raw: unknown): Promise<{ id: string; revoked: true }> {
  const { tokenId: id } = parseInput(tokenId, raw);
  return withScope(staffScope(ctx), async (tx) => {
    const [token] = await tx
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.id, id), eq(apiTokens.resellerId, ctx.reseller.id), isNull(apiTokens.workspaceId)))
      .for("update");
    if (!token) throw notFound("token");
    if (!token.revokedAt) {
      const now = new Date();
      await tx.update(apiTokens).set({ revokedAt: now }).where(eq(apiTokens.id, id));
      await disableAccount(tx, token.accountId, now);
      await recordResellerAudit(tx, ctx.reseller.id, auditActor(ctx), {
        action: "api_token.revoked",
        subjectType: "api_token",
        subjectId: id,
        data: { name: token.name, prefix: token.prefix },
      });
    }
    return { id, revoked: true as const };
  });
}

/** The reseller's tokens, newest first, never their secrets (and never their hashes). */
export async function listResellerTokens(ctx: ResellerContext) {
  return withScope(staffScope(ctx), (tx) => listTokensWhere(tx, and(eq(apiTokens.resellerId, ctx.reseller.id), isNull(apiTokens.workspaceId))), {
    readOnly: true,
  });
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
