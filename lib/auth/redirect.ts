/**
 * Where a browser may be sent after signing in: a path on this site and nothing else.
 *
 * Browsers drop tabs and line breaks inside URLs, so `/\t/evil.example` arrives as
 * `//evil.example`, another host; and a header value with a line break makes the response fail.
 * So anything but printable ASCII is refused outright, and the rest is parsed against the site's
 * own origin and kept only when it stays there.
 */
export function safeRedirectPath(raw: unknown, origin: string, fallback = "/"): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return fallback;
  if (!/^[\x21-\x7e]+$/.test(raw)) return fallback;
  let url: URL;
  let base: URL;
  try {
    base = new URL(origin);
    url = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin) return fallback;
  // A relative value must already be a rooted path: "evil.example" or "?x" would resolve
  // against the origin, but is not what anyone meant.
  if (!/^https?:\/\//i.test(raw) && (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\"))) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? fallback : path;
}

/** After signing in: never back to the sign-in page itself, which would loop. */
export function signInCallbackPath(raw: unknown, origin: string): string {
  const path = safeRedirectPath(raw, origin);
  return /^\/login(?:[/?#]|$)/.test(path) ? "/" : path;
}

/** The site's own origin (NEXTAUTH_URL), else `fallback` (for redirects: only relative paths then pass). */
export function siteOrigin(fallback = "http://localhost"): string {
  try {
    return new URL(process.env.NEXTAUTH_URL ?? "").origin;
  } catch {
    return fallback;
  }
}
