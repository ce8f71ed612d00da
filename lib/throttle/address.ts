/**
 * The caller's address. X-Forwarded-For is written by whoever sends the request, so only the
 * entries added by our own proxies (TRUSTED_PROXY_HOPS of them, counted from the right) are
 * believed; with none trusted, the socket's address is all there is.
 */
export function clientAddress(headers: Headers, socketAddress?: string): string {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  if (Number.isInteger(hops) && hops > 0) {
    const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    const entry = chain[chain.length - hops];
    if (entry) return entry;
  }
  return socketAddress || "unknown";
}
