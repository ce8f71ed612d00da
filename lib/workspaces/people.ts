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

/** The one writer of memberships: gives accounts their role in the workspace (sandbox people, token accounts). */
export async function addMembers(tx: Tx, workspaceId: string, members: { accountId: string; role: WorkspaceRole }[]): Promise<void> {
  if (members.length === 0) return;
  await tx.insert(memberships).values(members.map((m) => ({ workspaceId, ...m })));
}
