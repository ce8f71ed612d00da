import { and, desc, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { accounts, apiTokens } from "@/db/schema";
import { workspaceRole, type WorkspaceRole } from "@/db/schema/enums";
import type { Tx } from "@/db/scope";
import { hashTokenSecret, newTokenSecret } from "./secret";
import { recordAudit, type AuditActor } from "@/lib/audit";
import { createTokenAccount, disableAccount } from "@/lib/auth/accounts";
import { notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations";
import { addMembers } from "@/lib/workspaces/people";

export type IssuedToken = {
  id: string;
  name: string;
  role: WorkspaceRole;
  prefix: string;
  /** The secret: returned once, never stored. */
  token: string;
  createdAt: string;
  expiresAt: string | null;
};

/** What "create token" answers: the secret, or null when an Idempotency-Key replay answers. */
export type CreatedToken = Omit<IssuedToken, "token"> & { token: string | null };

/**
 * Creates a token and the account behind it (kind api_token, scoped to the workspace, with
 * its own membership), so a token is authorised exactly like a person with that role.
 */
export async function issueToken(
  tx: Tx,
  workspaceId: string,
  opts: { name: string; role: WorkspaceRole; createdBy: string | null; expiresAt: Date | null; audit: AuditActor },
): Promise<IssuedToken> {
  const secret = newTokenSecret();
  const accountId = await createTokenAccount(tx, { name: opts.name, workspaceId });
  await addMembers(tx, workspaceId, [{ accountId, role: opts.role }]);
  const [row] = await tx
    .insert(apiTokens)
    .values({
      workspaceId,
      accountId,
      name: opts.name,
      prefix: secret.slice(0, 10),
      tokenHash: hashTokenSecret(secret),
      role: opts.role,
      createdBy: opts.createdBy,
      expiresAt: opts.expiresAt,
    })
    .returning();
  await recordAudit(tx, workspaceId, opts.audit, {
    action: "api_token.created",
    subjectType: "api_token",
    subjectId: row.id,
    data: { name: opts.name, role: opts.role, prefix: row.prefix },
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
}

export const createApiToken = defineOperation({
  name: "api_tokens.create",
  input: z.object({
    name: z.string().trim().min(1).max(100),
    role: z.enum(workspaceRole.enumValues),
    expiresInDays: z.coerce.number().int().min(1).max(730).optional(),
  }),
  resource: "api_token",
  action: "create",
  async run(ctx, input, tx): Promise<CreatedToken> {
    const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
    return issueToken(tx, ctx.workspace.id, { ...input, createdBy: ctx.actor.accountId, expiresAt, audit: ctx.auditActor });
  },
  // The secret is shown once: an Idempotency-Key keeps (and replays) the token without it.
  replayResult: (issued) => ({ ...issued, token: null }),
});

/** Revoking twice is harmless; the token's account is disabled with it, so RLS refuses it too. */
export const revokeApiToken = defineOperation({
  name: "api_tokens.revoke",
  input: z.object({ tokenId: z.uuid() }),
  resource: "api_token",
  action: "delete",
  async run(ctx, { tokenId }, tx) {
    const ws = ctx.workspace.id;
    const [token] = await tx.select().from(apiTokens).where(and(eq(apiTokens.workspaceId, ws), eq(apiTokens.id, tokenId))).for("update");
    if (!token) throw notFound("token");
    if (!token.revokedAt) {
      const now = new Date();
      // Recorded first: a token revoking itself loses its row-level rights with the last statement.
      await recordAudit(tx, ws, ctx.auditActor, { action: "api_token.revoked", subjectType: "api_token", subjectId: tokenId, data: { name: token.name } });
      await tx.update(apiTokens).set({ revokedAt: now }).where(eq(apiTokens.id, tokenId));
      await disableAccount(tx, token.accountId, now);
    }
    return { id: tokenId, revoked: true };
  },
});

const creator = alias(accounts, "creator");

/**
 * Tokens matching `where`, newest first, never their secrets or hashes. `createdBy` is the account
 * that issued one (a person, or the account behind another token) while it can still be seen
 * from this scope; null when that account was deleted, is out of scope, or none was recorded.
 */
export async function listTokensWhere(tx: Tx, where: SQL | undefined) {
  const rows = await tx
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      role: apiTokens.role,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      creatorId: creator.id,
      creatorName: creator.name,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .leftJoin(creator, eq(creator.id, apiTokens.createdBy))
    .where(where)
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  return rows.map(({ creatorId, creatorName, ...t }) => ({ ...t, createdBy: creatorId ? { id: creatorId, name: creatorName ?? "" } : null }));
}

/** The workspace's tokens. */
export function listApiTokens(tx: Tx, workspaceId: string) {
  return listTokensWhere(tx, eq(apiTokens.workspaceId, workspaceId));
}
