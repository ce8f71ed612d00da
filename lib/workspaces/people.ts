import { and, eq, inArray, isNull } from "drizzle-orm";
import { accounts, memberships } from "@/db/schema";
import type { WorkspaceRole } from "@/db/schema/enums";
import type { Tx } from "@/db/scope";

/** E-mail addresses of the people (not API tokens) holding one of `roles` in the workspace. */
export async function memberEmails(tx: Tx, workspaceId: string, roles: WorkspaceRole[] = ["supervisor", "admin"]): Promise<string[]> {
  const rows = await tx
    .select({ email: accounts.email })
    .from(memberships)
    .innerJoin(accounts, eq(accounts.id, memberships.accountId))
    .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.role, roles), eq(accounts.kind, "person"), isNull(accounts.disabledAt)))
    .orderBy(accounts.email);
  return rows.map((r) => r.email);
}
