type HeaderSource = Headers | Record<string, string | string[] | undefined> | null | undefined;

/**
 * How many reverse proxies of ours stand in front of the app, each appending the address it was
 * connected from to X-Forwarded-For. 0 (the default): none, the header is the client's own text.
 */
export function trustedProxyHops(value = process.env.TRUSTED_PROXY_HOPS): number {
  const n = Number(value ?? 0);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

function forwardedFor(headers: HeaderSource): string[] {
  if (!headers) return [];
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const values = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return values
    .join(",")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The address a request came from, for throttles and rate limits. Only the entries our own
 * proxies appended are believed: with N trusted hops that is the N-th entry from the right of
 * X-Forwarded-For (whatever the client wrote sits to its left); with none, the socket's address.
 * Null when it cannot be known (then only per-account counts apply).
 */
export function clientAddress(headers: HeaderSource, socketAddress?: string | null, hops = trustedProxyHops()): string | null {
  if (hops === 0) return socketAddress || null;
  const list = forwardedFor(headers);
  return list.length >= hops ? list[list.length - hops] : null;
}

/** clientAddress of the request being served (route handler or server action), if any. */
export async function requestAddress(): Promise<string | null> {
  try {
    const { headers } = await import("next/headers");
    return clientAddress(await headers());
  } catch {
    // Outside a Next.js request (scripts, in-process tests): no address to count.
    return null;
  }
}
