import { getServerSession } from "next-auth";
import { readCaller, type Caller } from "@/lib/access/caller";
import type { WorkspaceContext } from "@/lib/access/workspace";
import { hashTokenSecret } from "@/lib/api-tokens/secret";
import type { Actor } from "@/lib/auth/accounts";
import { authOptions } from "@/lib/auth/options";
import { siteOrigin } from "@/lib/auth/redirect";
import { AppError, notFound, unauthenticated } from "@/lib/errors";

export type { Caller };

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
  const session = (await getServerSession(authOptions)) as { accountId?: string; sessionVersion?: number; sessionId?: string } | null;
  return session?.accountId
    ? { kind: "session", accountId: session.accountId, sessionVersion: session.sessionVersion, sessionId: session.sessionId }
    : { kind: "anonymous" };
}

/** Who is calling and, for a path under /workspaces/{workspace}, the workspace they opened. */
export type Resolved = { actor: Actor; workspace: WorkspaceContext | null };

/**
 * The caller's actor, re-read on every request like a session, and the path's workspace: one
 * transaction for both (lib/access/caller). An unknown token is 401, a workspace the actor may
 * not open 404.
 */
export async function resolveCaller(caller: Caller, workspaceSlug: string | null): Promise<Resolved> {
  if (caller.kind === "anonymous") throw unauthenticated();
  const found = await readCaller(caller, workspaceSlug);
  if (!found.actor) throw caller.kind === "token" ? new AppError(401, "invalid_token", { key: "apiErrors.invalid_token" }) : unauthenticated();
  if (found.actor.twoFactorPending) throw new AppError(403, "two_factor_enrolment_required", { key: "apiErrors.two_factor_enrolment_required" });
  if (workspaceSlug !== null && !found.workspace) throw notFound("workspace");
  return { actor: found.actor, workspace: found.workspace };
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
