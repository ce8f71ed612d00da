import { and, eq, isNull } from "drizzle-orm";
import { apiTokens } from "@/db/schema";
import { withScope, type Scope, type Tx } from "@/db/scope";
import type { AuditEvent } from "@/lib/audit";
import { createTokenAccount, disableAccount } from "@/lib/auth/accounts";
import { notFound } from "@/lib/errors";
import { listTokensWhere, type CreatedToken } from "./index";
import { hashTokenSecret, newTokenSecret } from "./secret";

/**
 * A reseller's or a publisher's tokens live the same life: an account of their own that carries
 * the holder's id (so a token is authorised like the holder's staff), the secret shown once and
 * only its SHA-256 kept, revoked together with that account, every change in the holder's own
 * audit log. What tells them apart is the api_tokens column naming the holder and that log.
 */
export type TokenHolder = {
  column: "resellerId" | "publisherId";
  id: string;
  /** The staff member's scope: row-level security checks the holder again. */
  scope: Scope;
  actorAccountId: string;
  record: (tx: Tx, event: AuditEvent) => Promise<void>;
};

type TokenInput = { name: string; role: (typeof apiTokens.$inferInsert)["role"]; expiresInDays?: number };

const owner = (h: TokenHolder) => (h.column === "resellerId" ? { resellerId: h.id } : { publisherId: h.id });
const ofHolder = (h: TokenHolder) => and(eq(apiTokens[h.column], h.id), isNull(apiTokens.workspaceId));

/** `admit` runs first in the transaction: a check the holder's scope alone does not make. */
export async function createHolderToken(
  holder: TokenHolder,
  input: TokenInput,
  admit?: (tx: Tx) => Promise<void>,
): Promise<CreatedToken & { token: string }> {
  return withScope(holder.scope, async (tx) => {
    await admit?.(tx);
    const secret = newTokenSecret();
    const accountId = await createTokenAccount(tx, { name: input.name, ...owner(holder) });
    const [row] = await tx
      .insert(apiTokens)
      .values({
        ...owner(holder),
        accountId,
        name: input.name,
        prefix: secret.slice(0, 10),
        tokenHash: hashTokenSecret(secret),
        role: input.role,
        createdBy: holder.actorAccountId,
        expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
      })
      .returning();
    await holder.record(tx, {
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
export async function revokeHolderToken(holder: TokenHolder, id: string): Promise<{ id: string; revoked: true }> {
  return withScope(holder.scope, async (tx) => {
    const [token] = await tx
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.id, id), ofHolder(holder)))
      .for("update");
    if (!token) throw notFound("token");
    if (!token.revokedAt) {
      const now = new Date();
      await tx.update(apiTokens).set({ revokedAt: now }).where(eq(apiTokens.id, id));
      await disableAccount(tx, token.accountId, now);
      await holder.record(tx, { action: "api_token.revoked", subjectType: "api_token", subjectId: id, data: { name: token.name, prefix: token.prefix } });
    }
    return { id, revoked: true as const };
  });
}

/** The holder's tokens, newest first, never their secrets (and never their hashes). */
export function listHolderTokens(holder: TokenHolder) {
  return withScope(holder.scope, (tx) => listTokensWhere(tx, ofHolder(holder)), { readOnly: true });
}
