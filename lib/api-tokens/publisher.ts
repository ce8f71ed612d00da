import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { apiTokens, publisherAuditEvents } from "@/db/schema";
import { withScope } from "@/db/scope";
import type { PublisherContext } from "@/lib/access/publisher";
import { recordPublisherAudit } from "@/lib/audit";
import { createTokenAccount, disableAccount } from "@/lib/auth/accounts";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/operations";
import { listTokensWhere, type CreatedToken } from "./index";
import { hashTokenSecret, newTokenSecret } from "./secret";

/**
 * Publisher API tokens: a token acts as the publisher's staff through /api/v1/publishers/{publisher}
 * (its reset-request queue and decisions, its products' activations in aggregate, activation codes
 * for its products). Staff hold that one right, so every token holds it: role admin, always
 * (the api_tokens_publisher_role check says the same).
 */
export const PUBLISHER_TOKEN_ROLES = ["admin"] as const;

export const publisherTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  role: z.enum(PUBLISHER_TOKEN_ROLES).default("admin"),
  expiresInDays: z.coerce.number().int().min(1).max(730).optional(),
});

const tokenId = z.object({ tokenId: z.uuid() });

/**
 * Only the publisher's people of the real console manage its tokens (row-level security says the
 * same through app_publisher_staff_id): never a token, never a sandbox sign-in.
 */
function staffScope(ctx: PublisherContext) {
  if (ctx.actor.kind !== "person" || ctx.actor.publisherId !== ctx.publisher.id) throw notFound("publisher");
  return { kind: "account" as const, accountId: ctx.actor.accountId };
}

const auditActor = (ctx: PublisherContext) => ({ accountId: ctx.actor.accountId, label: ctx.actor.email });

/**
 * Creates a publisher token and the account behind it: kind api_token, the publisher's id, no
 * workspace, so it is authorised exactly like publisher staff. The secret is returned here once;
 * only its SHA-256 is stored.
 */
export async function createPublisherToken(ctx: PublisherContext, raw: unknown): Promise<CreatedToken & { token: string }> {
  const input = parseInput(publisherTokenInput, raw);
  return withScope(staffScope(ctx), async (tx) => {
    // A sandbox's sign-in of the publisher is staff there only: answered like any other outsider,
    // before row-level security would refuse the insert.
    const [staff] = await tx.execute<{ id: string | null }>(sql`select app_publisher_staff_id() as id`);
    if (staff?.id !== ctx.publisher.id) throw notFound("publisher");
    const secret = newTokenSecret();
    const accountId = await createTokenAccount(tx, { name: input.name, publisherId: ctx.publisher.id });
    const [row] = await tx
      .insert(apiTokens)
      .values({
        publisherId: ctx.publisher.id,
        accountId,
        name: input.name,
        prefix: secret.slice(0, 10),
        tokenHash: hashTokenSecret(secret),
        role: input.role,
        createdBy: ctx.actor.accountId,
        expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
      })
      .returning();
    await recordPublisherAudit(tx, ctx.publisher.id, auditActor(ctx), {
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
export async function revokePublisherToken(ctx: PublisherContext, raw: unknown): Promise<{ id: string; revoked: true }> {
  const { tokenId: id } = parseInput(tokenId, raw);
  return withScope(staffScope(ctx), async (tx) => {
    const [token] = await tx
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.id, id), eq(apiTokens.publisherId, ctx.publisher.id), isNull(apiTokens.workspaceId)))
      .for("update");
    if (!token) throw notFound("token");
    if (!token.revokedAt) {
      const now = new Date();
      await tx.update(apiTokens).set({ revokedAt: now }).where(eq(apiTokens.id, id));
      await disableAccount(tx, token.accountId, now);
      await recordPublisherAudit(tx, ctx.publisher.id, auditActor(ctx), {
        action: "api_token.revoked",
        subjectType: "api_token",
        subjectId: id,
        data: { name: token.name, prefix: token.prefix },
      });
    }
    return { id, revoked: true as const };
  });
}

/** The publisher's tokens, newest first, never their secrets (and never their hashes). */
export async function listPublisherTokens(ctx: PublisherContext) {
  return withScope(staffScope(ctx), (tx) => listTokensWhere(tx, and(eq(apiTokens.publisherId, ctx.publisher.id), isNull(apiTokens.workspaceId))), {
    readOnly: true,
  });
}

/** The publisher's latest token events (created, revoked), newest first. */
export async function listPublisherTokenActivity(ctx: PublisherContext, limit = 20) {
  return withScope(
    staffScope(ctx),
    (tx) =>
      tx
        .select({
          id: publisherAuditEvents.id,
          action: publisherAuditEvents.action,
          actorLabel: publisherAuditEvents.actorLabel,
          data: publisherAuditEvents.data,
          occurredAt: publisherAuditEvents.occurredAt,
        })
        .from(publisherAuditEvents)
        .where(and(eq(publisherAuditEvents.publisherId, ctx.publisher.id), eq(publisherAuditEvents.subjectType, "api_token")))
        .orderBy(desc(publisherAuditEvents.occurredAt), desc(publisherAuditEvents.id))
        .limit(limit),
    { readOnly: true },
  );
}
