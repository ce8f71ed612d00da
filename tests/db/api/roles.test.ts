/**
 * One role matrix across the whole API: a viewer's token reads everything it may and writes
 * nothing. Every write endpoint of ENDPOINTS must have a case here, so a new endpoint cannot
 * ship without its viewer refusal being checked.
 */
import { describe, expect, it } from "vitest";
import { seedId } from "@/db/seed/ids";
import { ENDPOINTS } from "@/lib/api/v1";
import { ownerSql } from "../factories";
import { call, countRows, expectError, newSandbox, roleToken, STUDIO, usersWithoutSeat, usersWithSeat } from "./helpers";

/** What the workspace holds, read as the owner: any write shows up here. */
async function snapshot(workspaceId: string) {
  const sql = ownerSql();
  const [clock] = await sql<{ now: Date | null }[]>`select now from workspace_clocks where workspace_id = ${workspaceId}`;
  const [seats] = await sql<{ used: number; unpaid: number; purchased: number }[]>`
    select used, unpaid, purchased from product_seats where workspace_id = ${workspaceId} and product_id = ${STUDIO}`;
  const [revoked] = await sql<{ n: number }[]>`select count(*)::int as n from api_tokens where workspace_id = ${workspaceId} and revoked_at is not null`;
  return {
    users: await countRows("directory_users", workspaceId),
    orders: await countRows("orders", workspaceId),
    assignments: await countRows("assignments", workspaceId),
    tokens: await countRows("api_tokens", workspaceId),
    revoked: revoked.n,
    keys: await countRows("idempotency_keys", workspaceId),
    clock: clock?.now?.toISOString() ?? null,
    seats,
  };
}

describe("a viewer's token", () => {
  it("gets 403 forbidden on every write endpoint, with and without an Idempotency-Key; nothing changes", async () => {
    const sb = await newSandbox("outside-window");
    const viewer = await roleToken(sb, "viewer");
    const [free] = await usersWithoutSeat(sb.id, STUDIO, 1);
    const [holder] = await usersWithSeat(sb.id, STUDIO, 1);
    const orderId = seedId(`order:${sb.slug}:NW-PDF-PRO:add`);

    // Valid requests: only the role stands in the way.
    const writes: Record<string, { params?: Record<string, string>; json?: unknown }> = {
      createDirectoryUser: { json: { name: "Viewer Write", email: "viewer.write@example.test" } },
      bulkCreateDirectoryUsers: { json: { users: [{ name: "Viewer Bulk", email: "viewer.bulk@example.test" }] } },
      assignSeat: { params: { productId: STUDIO }, json: { userId: free.id } },
      unassignSeat: { params: { productId: STUDIO, userId: holder.id } },
      createOrder: { json: { productId: STUDIO, kind: "add_licenses", quantity: 1 } },
      markOrderPaid: { params: { orderId } },
      setClock: { json: { now: "2099-01-01T00:00:00Z" } },
      advanceClock: { json: { days: 1 } },
      createApiToken: { json: { name: "Escalate", role: "supervisor" } },
      revokeApiToken: { params: { tokenId: sb.tokenId } },
      deleteSandbox: {},
    };
    const writeEndpoints = ENDPOINTS.filter((e) => e.method !== "GET" && e.auth !== "none");
    expect(Object.keys(writes).sort(), "every authenticated write endpoint has a case").toEqual(writeEndpoints.map((e) => e.operationId).sort());

    const before = await snapshot(sb.id);
    for (const endpoint of writeEndpoints) {
      const c = writes[endpoint.operationId];
      for (const idempotencyKey of [undefined, `viewer-${endpoint.operationId}`]) {
        const res = await call(endpoint, { workspace: sb.slug, ...(c.params ?? {}) }, { token: viewer.token, json: c.json, idempotencyKey });
        expectError(res, 403, "forbidden");
      }
    }
    expect(await snapshot(sb.id)).toEqual(before);
    // The supervisor's token still works: nothing was revoked.
    const ok = await call(ENDPOINTS.find((e) => e.operationId === "getWorkspace")!, { workspace: sb.slug }, { token: sb.token });
    expect(ok.status).toBe(200);
  });

  it("reads every workspace endpoint a viewer may read (200), and is refused the token list (403)", async () => {
    const sb = await newSandbox("outside-window");
    const viewer = await roleToken(sb, "viewer");
    const reads = ENDPOINTS.filter((e) => e.method === "GET");
    const out: Record<string, number> = {};
    for (const e of reads) {
      const res = await call(e, { workspace: sb.slug, productId: STUDIO }, { token: viewer.token });
      out[e.operationId] = res.status;
    }
    expect(out).toEqual(Object.fromEntries(reads.map((e) => [e.operationId, e.operationId === "listApiTokens" ? 403 : 200])));
  });
});
