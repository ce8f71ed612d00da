import { sql } from "drizzle-orm";
import { signedInAs, withScope, type Tx } from "@/db/scope";
import { readActor, type Actor, type SessionCheck } from "@/lib/auth/accounts";
import { workspaceIn, type WorkspaceContext } from "./workspace";

/** Who is calling, as far as the request says without asking the database. */
export type Caller =
  | { kind: "token"; secretHash: string }
  | { kind: "session"; accountId: string; sessionVersion: number | undefined; sessionId: string | undefined }
  | { kind: "anonymous" };

/**
 * The caller's actor, its workspace (for a slug) and whatever else the request needs of that
 * workspace before its own reads (`also`: a console page's shell), all in one transaction.
 * Null actor: nobody we know. Null workspace: none asked, none the actor may open, or an actor
 * that must first enrol in two-step sign-in.
 */
export type CallerRead<X> = { actor: Actor | null; workspace: WorkspaceContext | null; also: X | null };

/**
 * How a request finds the slug's workspace for an actor allowed to open workspaces, and what else
 * it reads of it (`also`) in the same transaction. The default looks the slug up alone; a console
 * page's shell finds it among the switcher's list instead (lib/workspaces/shell).
 */
export type WorkspaceReader<X> = (tx: Tx, actor: Actor, slug: string) => Promise<{ workspace: WorkspaceContext | null; also: X | null }>;

const bySlug: WorkspaceReader<never> = async (tx, actor, slug) => ({ workspace: await workspaceIn(tx, actor, slug), also: null });

/**
 * One transaction for the whole "who and where" of a request, page, action or API call alike:
 * a token is looked up in it (read-write: the lookup records when it was last used) and the rest
 * of it acts as the token's account; a session's account is re-read (a token without a version
 * predates session versions and never matches).
 */
export async function readCaller<X = never>(
  caller: Caller,
  workspaceSlug: string | null,
  reader: WorkspaceReader<X> = bySlug as WorkspaceReader<X>,
): Promise<CallerRead<X>> {
  const nobody: CallerRead<X> = { actor: null, workspace: null, also: null };
  if (caller.kind === "anonymous") return nobody;
  const read = async (tx: Tx, accountId: string, session?: SessionCheck): Promise<CallerRead<X>> => {
    const actor = await readActor(tx, accountId, session);
    if (!actor || actor.twoFactorPending || workspaceSlug === null) return { ...nobody, actor };
    return { actor, ...(await reader(tx, actor, workspaceSlug)) };
  };
  if (caller.kind === "token") {
    return withScope({ kind: "anonymous" }, async (tx) => {
      const [row] = await tx.execute<{ id: string | null }>(sql`select app_token_account(${caller.secretHash}) as id`);
      if (!row?.id) return nobody;
      await signedInAs(tx, row.id);
      return read(tx, row.id);
    });
  }
  return withScope(
    { kind: "account", accountId: caller.accountId },
    (tx) => read(tx, caller.accountId, { sessionVersion: caller.sessionVersion ?? -1, sessionId: caller.sessionId }),
    { readOnly: true },
  );
}
