import { sql } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { withScope } from "@/db/scope";
import { hashTokenSecret } from "@/lib/api-tokens/secret";
import { loadActor, type Actor } from "@/lib/auth/accounts";
import { authOptions } from "@/lib/auth/options";
import { AppError, unauthenticated } from "@/lib/errors";

/**
 * The API's caller: a bearer token, else the console's session cookie, so the console's pages
 * and scripts share one authorisation path. Re-read on every request like a session.
 */
export async function apiActor(req: Request): Promise<Actor> {
  const header = req.headers.get("authorization");
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) throw new AppError(401, "unauthenticated", "Use 'Authorization: Bearer <token>'.");
    const accountId = await withScope({ kind: "anonymous" }, async (tx) => {
      const [row] = await tx.execute<{ id: string | null }>(sql`select app_token_account(${hashTokenSecret(m[1])}) as id`);
      return row?.id ?? null;
    });
    const actor = accountId ? await loadActor(accountId) : null;
    if (!actor) throw new AppError(401, "invalid_token", "The token is unknown, revoked or expired.");
    return actor;
  }
  // No session cookie, no session: answer at once, without asking next-auth.
  if (!/(^|;\s*)(__Secure-)?next-auth\.session-token(\.\d+)?=/.test(req.headers.get("cookie") ?? "")) throw unauthenticated();
  const session = await getServerSession(authOptions);
  const accountId = (session as { accountId?: string } | null)?.accountId;
  const actor = accountId ? await loadActor(accountId) : null;
  if (!actor) throw unauthenticated();
  if (actor.twoFactorPending) throw new AppError(403, "two_factor_enrolment_required", "Set up two-step sign-in first (/account/security).");
  return actor;
}
