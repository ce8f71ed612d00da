import { withAuth } from "next-auth/middleware";

/**
 * A first, optimistic check: no session, no console page. Pages, actions and API routes check
 * again where data is read or written (a forged header once skipped middleware entirely).
 */
export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  // Deny by default: everything but the sign-in page, next-auth itself, the public API (it
  // authenticates its own bearer tokens), the probes and metrics (health and readiness are for
  // load balancers; metrics check their own token) and static files.
  matcher: ["/((?!login|api/auth|api/v1|api/health|api/ready|api/metrics|_next/static|_next/image|favicon.ico|.*\\.png$).*)"],
};
