import { lookup } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { isProduction } from "@/lib/deployment/environment";

/**
 * SSRF guard: a webhook URL is chosen by a workspace's supervisor, and the worker POSTs to it
 * from inside the network. Outside LC_WEBHOOKS_ALLOW_PRIVATE=on (tests, development) no
 * private, loopback, link-local, shared, multicast or reserved address is reached: checked at
 * registration (every address the name resolves to) and again at connection time (the resolver
 * hook below), so a name re-pointed after registration (DNS rebinding) is refused too.
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  blocked.addSubnet(net, prefix, "ipv4");
// Whole ranges rather than the addresses' textual forms: ::/96 (IPv4-compatible, with :: and ::1),
// ::ffff:0:0:0/96 (IPv4-translated), 64:ff9b:1::/48 (local-use NAT64), 2001::/23 (IETF protocol
// assignments: Teredo, benchmarking, ORCHID) and 2002::/16 (6to4) all carry or reach an IPv4
// address that the embedded-IPv4 parse below would have to recognise in every spelling.
for (const [net, prefix] of [
  ["::", 96],
  ["::ffff:0:0:0", 96],
  ["64:ff9b:1::", 48],
  ["2001::", 23],
  ["2002::", 16],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["100::", 64],
] as const)
  blocked.addSubnet(net, prefix, "ipv6");

/** An IPv4 address written inside IPv6 (::ffff:a.b.c.d, NAT64 64:ff9b::a.b.c.d, ::a.b.c.d), else null. */
function embeddedIpv4(address: string): string | null {
  const m = /^(?:::ffff:|64:ff9b::|::)(?:0:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (m) return m[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const [a, b] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return `${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`;
}

/** True for an address a webhook must not reach (anything that is not a public unicast address). */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = isIP(bare);
  if (family === 0) return true;
  if (family === 6) {
    const v4 = embeddedIpv4(bare);
    if (v4) return blocked.check(v4, "ipv4");
  }
  return blocked.check(bare, family === 4 ? "ipv4" : "ipv6");
}

export type UrlRules = { allowPrivate: boolean; httpsOnly: boolean };

export function urlRules(env: Record<string, string | undefined> = process.env): UrlRules {
  return { allowPrivate: env.LC_WEBHOOKS_ALLOW_PRIVATE === "on", httpsOnly: isProduction(env) };
}

/** Why a URL may not be a webhook target, without resolving it: a message key, or null. */
export function urlProblem(raw: string, rules: UrlRules): "invalid" | "scheme" | "private" | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "invalid";
  }
  if (url.username || url.password) return "invalid";
  if (url.protocol !== "https:" && (rules.httpsOnly || url.protocol !== "http:")) return "scheme";
  if (rules.allowPrivate) return null;
  // A fully qualified name's trailing dot ("localhost.") resolves like the name without it.
  const host = url.hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (isIP(host)) return isPrivateAddress(host) ? "private" : null;
  if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".internal") || host.endsWith(".local")) return "private";
  return null;
}

/** Resolves the URL's host and reports whether any of its addresses is private (registration). */
export async function resolvesToPrivate(raw: string, rules: UrlRules): Promise<boolean> {
  if (rules.allowPrivate) return false;
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) return isPrivateAddress(host);
  const addresses = await new Promise<string[]>((resolve) =>
    lookup(host, { all: true }, (err, list) => resolve(err ? [] : list.map((a) => a.address))),
  );
  // A name that does not resolve now may later: the connection-time check still guards it.
  return addresses.some(isPrivateAddress);
}

/** The resolver for the worker's connections: refuses to connect when any address is private. */
export function guardedLookup(rules: UrlRules): LookupFunction | undefined {
  if (rules.allowPrivate) return undefined;
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (err, list) => {
      if (err) return callback(err, "", 4);
      const bad = list.find((a) => isPrivateAddress(a.address));
      if (bad) return callback(Object.assign(new Error(`refused: ${hostname} resolves to a private address (${bad.address})`), { code: "EPRIVATE" }), "", 4);
      if (options.all) return (callback as unknown as (e: null, l: typeof list) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}
