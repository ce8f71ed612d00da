import type { listTokensWhere } from "@/lib/api-tokens";
import { tokenState } from "@/lib/api-tokens/rules";
import type { TokenRow } from "./tokens";

/**
 * The table's rows from listTokensWhere (a workspace's, a reseller's or a publisher's tokens):
 * dates as ISO strings for the client, and each token's state. Token expiry is a security
 * boundary, so it is checked against the real time (see tokenState), never a test clock.
 */
export function tokenRows(tokens: Awaited<ReturnType<typeof listTokensWhere>>, now = new Date()): TokenRow[] {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return tokens.map((tk) => ({
    ...tk,
    createdAt: tk.createdAt.toISOString(),
    lastUsedAt: iso(tk.lastUsedAt),
    expiresAt: iso(tk.expiresAt),
    revokedAt: iso(tk.revokedAt),
    state: tokenState(tk, now),
  }));
}
