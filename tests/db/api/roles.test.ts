/**
 * One role matrix across the whole API: a viewer's token reads everything it may and writes
 * nothing. Every write endpoint of ENDPOINTS must have a case here, so a new endpoint cannot
 * ship without its viewer refusal being checked.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { seedId } from "@/lib/demo-data/ids";
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
    const [license] = await ownerSql()<{ id: string }[]>`select id from licenses where workspace_id = ${sb.id} limit 1`;
    const hostId = randomUUID(); // the role is refused before the host is looked up

    // Valid requests: only the role stands in the way.
    const writes: Record<string, { params?: Record<string, string>; json?: unknown }> = {
      createDirectoryUser: { json: { name: "Viewer Write", email: "viewer.write@example.test" } },
      bulkCreateDirectoryUsers: { json: { users: [{ name: "Viewer Bulk", email: "viewer.bulk@example.test" }] } },
      assignSeat: { params: { productId: STUDIO }, json: { userId: free.id } },
      unassignSeat: { params: { productId: STUDIO, userId: holder.id } },
      createOrder: { json: { productId: STUDIO, kind: "add_licenses", quantity: 1 } },
      markOrderPaid: { params: { orderId } },
      cancelOrder: { params: { orderId } },
      setClock: { json: { now: "2099-01-01T00:00:00Z" } },
      advanceClock: { json: { days: 1 } },
      createApiToken: { json: { name: "Escalate", role: "supervisor" } },
      revokeApiToken: { params: { tokenId: sb.tokenId } },
      deleteSandbox: {},
      previewUnassign: { params: { productId: STUDIO }, json: { userIds: [holder.id] } },
      unassignUsers: { params: { productId: STUDIO }, json: { userIds: [holder.id] } },
      reportHostUnusable: { params: { hostId }, json: { reason: "Stolen laptop", understood: true } },
      previewActivationCode: { params: { licenseId: license.id }, json: { code: "AAAAA-AAAAA-AAAAA-AAAAA" } },
      applyActivationCode: { params: { licenseId: license.id }, json: { code: "AAAAA-AAAAA-AAAAA-AAAAA" } },
      configureLicenseFeatures: { params: { licenseId: license.id }, json: { settings: {} } },
      issueActivationCode: { json: { sku: "NW-STUDIO-ALL", quantity: 5 } },
      switchDeviceNow: { params: { hostId } },
      addRequestKey: { json: { requestKey: "1102500012" } },
      renewLicense: { params: { licenseId: license.id }, json: { expectedTermEnd: "2030-01-01T00:00:00Z", expectedAmountMinor: 100 } },
      checkOnline: { json: { apply: true } },
      enterActivationKey: { json: { key: "-----BEGIN ACTIVATION KEY-----\nAAAA.BBBB\n-----END ACTIVATION KEY-----" } },
      acceptResellerInvitation: { params: { invitationId: randomUUID() } },
      declineResellerInvitation: { params: { invitationId: randomUUID() } },
      endResellerLink: { params: { reseller: "any-reseller" } },
      // The role is refused before the endpoint is looked up.
      createWebhookEndpoint: { json: { url: "https://hooks.example.com/x", eventTypes: ["*"] } },
      updateWebhookEndpoint: { params: { endpointId: randomUUID() }, json: { enabled: false } },
      deleteWebhookEndpoint: { params: { endpointId: randomUUID() } },
      resendWebhookDelivery: { params: { endpointId: randomUUID(), deliveryId: randomUUID() } },
      sendTestWebhook: { params: { endpointId: randomUUID() } },
      invitePerson: { json: { email: "viewer.invites@example.test", role: "supervisor" } },
      resendPersonInvitation: { params: { invitationId: randomUUID() } },
      withdrawPersonInvitation: { params: { invitationId: randomUUID() } },
    };
    // Workspace endpoints; publisher staff's endpoints have their own refusals (tests/db/hosts-resets.test.ts).
    const writeEndpoints = ENDPOINTS.filter((e) => e.method !== "GET" && e.auth !== "sandbox-secret" && e.path.includes("{workspace}"));
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

  it("reads every workspace endpoint a viewer may read (200), and is refused the token list, the reseller links, the invitations and webhooks (403)", async () => {
    const sb = await newSandbox("outside-window");
    const viewer = await roleToken(sb, "viewer");
    // Publishers' and resellers' own endpoints refuse a workspace's token (tests/db/hosts-resets.test.ts, api/reseller-links.test.ts).
    const reads = ENDPOINTS.filter((e) => e.method === "GET" && !e.path.startsWith("/publishers") && !e.path.startsWith("/resellers"));
    const [license] = await ownerSql()<{ id: string }[]>`select id from licenses where workspace_id = ${sb.id} limit 1`;
    const [order] = await ownerSql()<{ id: string }[]>`select id from orders where workspace_id = ${sb.id} limit 1`;
    const [host] = await ownerSql()<{ id: string }[]>`select id from hosts where workspace_id = ${sb.id} limit 1`;
    const [op] = await ownerSql()<{ id: string }[]>`
      insert into bulk_jobs (workspace_id, kind, product_id, user_ids, total, requested_by_label)
      values (${sb.id}, 'assignments.unassign', ${STUDIO}, '{}', 0, 'test') returning id`;
    const params = { workspace: sb.slug, productId: STUDIO, licenseId: license.id, orderId: order.id, operationId: op.id, hostId: host?.id ?? "", endpointId: randomUUID() };
    const queries: Record<string, Record<string, string>> = { quoteOrder: { productId: STUDIO, kind: "add_licenses", quantity: "1" } };
    const out: Record<string, number> = {};
    for (const e of reads) {
      if (e.path.includes("{hostId}") && !host) continue;
      const res = await call(e, params, { token: viewer.token, query: queries[e.operationId] });
      out[e.operationId] = res.status;
    }
    expect(Object.keys(out).length).toBeGreaterThanOrEqual(15);
    const refused = ["listApiTokens", "listResellerInvitations", "listWorkspaceResellerLinks", "listPersonInvitations", "sandboxAccountMail", "listWebhookEndpoints", "getWebhookEndpoint", "listWebhookDeliveries"];
    expect(out).toEqual(Object.fromEntries(Object.keys(out).map((id) => [id, refused.includes(id) ? 403 : 200])));
  });
});
