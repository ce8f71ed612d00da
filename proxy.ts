import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { WORKSPACE_HEADER } from "@/lib/i18n/locales";
import { contentSecurityPolicy, isCrossOriginAction, newNonce, securityHeaders } from "@/lib/security/headers";

/**
 * Every answer but static files passes here: security headers everywhere, a per-request CSP nonce
 * for pages (Next reads it from the request's Content-Security-Policy header and puts it on its
 * own scripts), cross-origin server-action posts refused with 403, and a first, optimistic
 * sign-in check for console pages. Pages, actions and API routes check again where data is read
 * or written (a forged header once skipped middleware entirely).
 */

/**
 * Reachable without a session: the sign-in page, asking for a reset link and using one, opening an
 * invitation, next-auth itself, and the API (it authenticates its own callers).
 */
const PUBLIC = /^\/(login(\/|$)|forgot-password(\/|$)|reset-password\/|invitation\/|api\/)/;

function https(req: NextRequest): boolean {
  return req.nextUrl.protocol === "https:" || (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

function withHeaders(res: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
}

/** Passes the request on with this response's nonce, and sets the headers on the answer. */
function pass(req: NextRequest): NextResponse {
  const secure = https(req);
  const base = securityHeaders({ https: secure });
  if (req.nextUrl.pathname.startsWith("/api/")) return withHeaders(NextResponse.next(), base);
  const csp = contentSecurityPolicy(newNonce(), { development: process.env.NODE_ENV === "development", https: secure });
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("content-security-policy", csp);
  // The workspace of a console URL, for the language fallback (lib/i18n/request.ts); a client's
  // own header of that name is dropped.
  // The slug stays as the URL has it: only a slug of plain characters names a workspace.
  const workspace = /^\/w\/([a-z0-9-]+)(\/|$)/i.exec(req.nextUrl.pathname)?.[1];
  if (workspace) requestHeaders.set(WORKSPACE_HEADER, workspace);
  else requestHeaders.delete(WORKSPACE_HEADER);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), { ...base, "content-security-policy": csp });
}

const signedIn = withAuth((req: NextRequestWithAuth) => pass(req), { pages: { signIn: "/login" } });

export default async function proxy(req: NextRequest, event: NextFetchEvent) {
  if (isCrossOriginAction(req.headers, req.method)) {
    const body = { error: { code: "cross_site_request", message: "Server actions accept posts from this site only." } };
    return withHeaders(NextResponse.json(body, { status: 403 }), securityHeaders({ https: https(req) }));
  }
  if (PUBLIC.test(req.nextUrl.pathname)) return pass(req);
  const res = await signedIn(req as NextRequestWithAuth, event);
  // withAuth's own answer (the redirect to sign-in) carries the headers too.
  return res instanceof Response ? withHeaders(res as NextResponse, securityHeaders({ https: https(req) })) : res;
}

export const config = {
  // Everything but Next's static files and the public images.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.png$).*)"],
};
