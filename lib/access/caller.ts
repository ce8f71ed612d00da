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
 * One transaction for the whole "who and where" of a request, page, action or API call alike:
 * a token is looked up in it (read-write: the lookup records when it was last used) and the rest
 * of it acts as the token's account; a session's account is re-read (a token without a version
 * predates session versions and never matches).
 */
export async function readCaller<X = never>(
  caller: Caller,
  workspaceSlug: string | null,
  also?: (tx: Tx, ctx: WorkspaceContext) => Promise<X>,
): Promise<CallerRead<X>> {
  const nobody: CallerRead<X> = { actor: null, workspace: null, also: null };
  if (caller.kind === "anonymous") return nobody;
  const read = async (tx: Tx, accountId: string, session?: SessionCheck): Promise<CallerRead<X>> => {
    const actor = await readActor(tx, accountId, session);
    const workspace = actor && !actor.twoFactorPending && workspaceSlug !== null ? await workspaceIn(tx, actor, workspaceSlug) : null;
    return { actor, workspace, also: workspace && also ? await also(tx, workspace) : null };
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
