import { sql } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { withScope } from "@/db/scope";
import { hashTokenSecret } from "@/lib/api-tokens/secret";
import { loadActor, type Actor } from "@/lib/auth/accounts";
import { authOptions } from "@/lib/auth/options";
import { siteOrigin } from "@/lib/auth/redirect";
import { AppError, unauthenticated } from "@/lib/errors";

/** Who is calling, as far as the request says without asking the database. */
export type Caller =
  | { kind: "token"; secretHash: string }
  | { kind: "session"; accountId: string; sessionVersion: number | undefined }
  | { kind: "anonymous" };

/**
 * The caller named by the request: a bearer token, else the console's session cookie (checked
 * for cross-site writes), else nobody. No database work, so a rate limit can count the call
 * before anything else runs.
 */
export async function identifyCaller(req: Request): Promise<Caller> {
  const header = req.headers.get("authorization");
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) throw new AppError(401, "unauthenticated", { key: "apiErrors.bearer_required" });
    return { kind: "token", secretHash: hashTokenSecret(m[1]) };
  }
  // No session cookie, no session: answer at once, without asking next-auth.
  if (!/(^|;\s*)(__Secure-)?next-auth\.session-token(\.\d+)?=/.test(req.headers.get("cookie") ?? "")) return { kind: "anonymous" };
  refuseCrossSiteWrite(req);
  const session = (await getServerSession(authOptions)) as { accountId?: string; sessionVersion?: number } | null;
  return session?.accountId ? { kind: "session", accountId: session.accountId, sessionVersion: session.sessionVersion } : { kind: "anonymous" };
}

/** The caller's actor, re-read on every request like a session. */
export async function actorOf(caller: Caller): Promise<Actor> {
  if (caller.kind === "token") {
    const accountId = await withScope({ kind: "anonymous" }, async (tx) => {
      const [row] = await tx.execute<{ id: string | null }>(sql`select app_token_account(${caller.secretHash}) as id`);
      return row?.id ?? null;
    });
    const actor = accountId ? await loadActor(accountId) : null;
    if (!actor) throw new AppError(401, "invalid_token", { key: "apiErrors.invalid_token" });
    return actor;
  }
  const actor = caller.kind === "session" ? await loadActor(caller.accountId, { sessionVersion: caller.sessionVersion ?? -1 }) : null;
  if (!actor) throw unauthenticated();
  if (actor.twoFactorPending) throw new AppError(403, "two_factor_enrolment_required", { key: "apiErrors.two_factor_enrolment_required" });
  return actor;
}

/**
 * The API's caller: a bearer token, else the console's session cookie, so the console's pages
 * and scripts share one authorisation path.
 */
export async function apiActor(req: Request): Promise<Actor> {
  return actorOf(await identifyCaller(req));
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The browser sends the session cookie with any form post from any page of the same site, so a
 * write authenticated by the cookie must come from this origin and carry JSON (which no form can
 * send, and which another origin cannot send without a CORS preflight we never grant). Bearer
 * tokens involve no cookie and skip this.
 */
export function refuseCrossSiteWrite(req: Request): void {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return;
  const origin = req.headers.get("origin");
  const fetchSite = req.headers.get("sec-fetch-site");
  const sameOrigin = origin !== null ? origin === siteOrigin(new URL(req.url).origin) : fetchSite === null || fetchSite === "same-origin" || fetchSite === "none";
  const json = /^application\/(.+\+)?json\s*(;|$)/i.test(req.headers.get("content-type") ?? "");
  if (!sameOrigin || !json) {
    throw new AppError(403, "cross_site_request", { key: "apiErrors.cross_site_request" });
  }
}
