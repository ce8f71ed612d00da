import { eq } from "drizzle-orm";
import { z } from "zod";
import { accounts, workspaces } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { defineOperation } from "@/lib/operations";
import { setTwoFactorRequired } from "@/lib/workspaces/record";

export type WorkspaceSettings = {
  name: string;
  slug: string;
  country: string;
  currency: string;
  locale: string;
  timeZone: string;
  isSandbox: boolean;
  requireTwoFactor: boolean;
  expiresAt: Date | null;
  createdAt: Date;
};

/** The workspace's own record, as its supervisor sees it in Settings. */
export async function getWorkspaceSettings(tx: Tx, workspaceId: string): Promise<WorkspaceSettings | null> {
  const [row] = await tx
    .select({
      name: workspaces.name,
      slug: workspaces.slug,
      country: workspaces.country,
      currency: workspaces.currency,
      locale: workspaces.locale,
      timeZone: workspaces.timeZone,
      isSandbox: workspaces.isSandbox,
      requireTwoFactor: workspaces.requireTwoFactor,
      expiresAt: workspaces.expiresAt,
      createdAt: workspaces.createdAt,
    })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  return row ?? null;
}

/**
 * The supervisor requires (or stops requiring) the authenticator-app second step of every admin
 * and supervisor of the workspace. Whoever turns it on must have it on already, so the
 * supervisor cannot lock themselves out by accident.
 */
export const setRequireTwoFactor = defineOperation({
  name: "settings.require_two_factor",
  input: z.object({ required: z.enum(["on", "off"]) }),
  resource: "settings",
  action: "update",
  async run(ctx, input, tx): Promise<{ requireTwoFactor: boolean }> {
    const required = input.required === "on";
    if (required) {
      const [me] = await tx.select({ enabledAt: accounts.totpEnabledAt }).from(accounts).where(eq(accounts.id, ctx.actor.accountId));
      if (!me?.enabledAt) throw conflict({ key: "apiErrors.own_two_factor_first" });
    }
    await setTwoFactorRequired(tx, ctx.workspace.id, required);
    await recordAudit(tx, ctx.workspace.id, ctx.auditActor, {
      action: "settings.two_factor_required",
      subjectType: "workspace",
      subjectId: ctx.workspace.id,
      data: { required },
    });
    return { requireTwoFactor: required };
  },
});
