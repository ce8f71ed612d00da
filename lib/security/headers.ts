/**
 * The browser-facing security headers of every answer, as plain functions (proxy.ts sets them).
 *
 * Scripts run only with this request's nonce ('strict-dynamic' lets Next's own chunks load the
 * rest); styles allow inline attributes (React's style props), which cannot run code. Nothing
 * may frame the console, forms post only to it, and plugins are off.
 */
export function contentSecurityPolicy(nonce: string, opts: { development: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    // next dev evaluates its hot-reloaded modules; a production build never needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The headers every answer carries, pages and API alike; HSTS only over https. */
export function securityHeaders(opts: { https: boolean }): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ...(opts.https ? { "strict-transport-security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Whether a server-action post comes from another origin. Next refuses those itself, but with a
 * 500; answering 403 first keeps the refusal a client error. Next compares the Origin header's
 * host with X-Forwarded-Host (else Host), and so does this.
 */
export function isCrossOriginAction(headers: Headers, method: string): boolean {
  if (method !== "POST" || !headers.has("next-action")) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" or garbage: not this site
  }
}
