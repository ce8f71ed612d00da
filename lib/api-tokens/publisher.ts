import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { publisherAuditEvents } from "@/db/schema";
import { withScope } from "@/db/scope";
import type { PublisherContext } from "@/lib/access/publisher";
import { recordPublisherAudit } from "@/lib/audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/operations";
import { createHolderToken, listHolderTokens, revokeHolderToken, type TokenHolder } from "./holders";
import type { CreatedToken } from "./index";

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

/** The publisher as its tokens' holder: its column, its staff member's scope, its own audit log. */
function holder(ctx: PublisherContext): TokenHolder {
  const actor = { accountId: ctx.actor.accountId, label: ctx.actor.email };
  return {
    column: "publisherId",
    id: ctx.publisher.id,
    scope: staffScope(ctx),
    actorAccountId: ctx.actor.accountId,
    record: (tx, event) => recordPublisherAudit(tx, ctx.publisher.id, actor, event),
  };
}

/** A publisher token: no workspace, so it is authorised exactly like publisher staff. The secret is returned here once. */
export async function createPublisherToken(ctx: PublisherContext, raw: unknown): Promise<CreatedToken & { token: string }> {
  const input = parseInput(publisherTokenInput, raw);
  return createHolderToken(holder(ctx), input, async (tx) => {
    // A sandbox's sign-in of the publisher is staff there only: answered like any other outsider,
    // before row-level security would refuse the insert.
    const [staff] = await tx.execute<{ id: string | null }>(sql`select app_publisher_staff_id() as id`);
    if (staff?.id !== ctx.publisher.id) throw notFound("publisher");
  });
}

export async function revokePublisherToken(ctx: PublisherContext, raw: unknown): Promise<{ id: string; revoked: true }> {
  return revokeHolderToken(holder(ctx), parseInput(tokenId, raw).tokenId);
}

export async function listPublisherTokens(ctx: PublisherContext) {
  return listHolderTokens(holder(ctx));
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
