import { describe, expect, it } from "vitest";
import { openPublisher } from "@/lib/access/publisher";
import { createPublisherToken, listPublisherTokenActivity, listPublisherTokens, revokePublisherToken } from "@/lib/api-tokens/publisher";
import { decideResetItemEndpoint, publisherQueueEndpoint } from "@/lib/api/v1/hosts";
import { issuePublisherCodeEndpoint, publisherActivationsEndpoint } from "@/lib/api/v1/publishers";
import { loadActor } from "@/lib/auth/accounts";
import { createAccount, createPublisher, createWorkspace, fillWorkspace, ownerSql } from "../factories";
import { issuePublisherCode } from "@/lib/activation-codes/issue";
import { call, expectError, expectFieldError, idemKey, newSandbox } from "./helpers";

/** A publisher with one customer workspace holding one reset-request item, and a staff member's context. */
async function publisherWithItem() {
  const publisher = await createPublisher();
  const ws = await createWorkspace();
  const filled = await fillWorkspace(ws.id, { publisherId: publisher.id });
  const [item] = await ownerSql()<{ id: string }[]>`select id from reset_request_items where reset_request_id = ${filled.resetRequestId}`;
  const staff = await createAccount({ publisherId: publisher.id });
  const ctx = await openPublisher((await loadActor(staff.id))!, publisher.slug);
  const [product] = await ownerSql()<{ sku: string }[]>`select sku from products where id = ${filled.product.id}`;
  return { publisher, ws, itemId: item.id, ctx, staff, sku: product.sku };
}

describe("publisher API tokens", () => {
  it("reach their own publisher's items only; another publisher's path or item is not found", async () => {
    const a = await publisherWithItem();
    const b = await publisherWithItem();
    const token = await createPublisherToken(a.ctx, { name: "Support desk" });
    expect(token.token).toMatch(/^lc_/);
    const [stored] = await ownerSql()<{ token_hash: string; publisher_id: string; role: string }[]>`select token_hash, publisher_id, role from api_tokens where id = ${token.id}`;
    expect(stored).toMatchObject({ publisher_id: a.publisher.id, role: "admin" });
    expect(stored.token_hash).not.toContain(token.token);

    const mine = await call(publisherQueueEndpoint, { publisher: a.publisher.slug }, { token: token.token, query: { view: "all" } });
    expect(mine.status, mine.text).toBe(200);
    expect(mine.body.data.map((i: { id: string }) => i.id)).toEqual([a.itemId]);
    // Only what the decision needs: no workspace ids, members, e-mails or other tables.
    expect(Object.keys(mine.body.data[0]).sort()).toEqual(
      ["decidedAt", "decision", "hostName", "hostPlatform", "id", "licenseName", "note", "productName", "productSku", "reason", "requestId", "requestedAt", "workspaceName"].sort(),
    );

    expectError(await call(publisherQueueEndpoint, { publisher: b.publisher.slug }, { token: token.token }), 404, "not_found");
    expectError(
      await call(decideResetItemEndpoint, { publisher: a.publisher.slug, itemId: b.itemId }, { token: token.token, json: { decision: "approved" } }),
      404,
      "not_found",
    );
    expectError(
      await call(decideResetItemEndpoint, { publisher: b.publisher.slug, itemId: b.itemId }, { token: token.token, json: { decision: "approved" } }),
      404,
      "not_found",
    );
    const [untouched] = await ownerSql()<{ decision: string }[]>`select decision from reset_request_items where id = ${b.itemId}`;
    expect(untouched.decision).toBe("pending");
  });

  it("decide like the console: same decision again is unchanged, another is 409; audited in the customer's log", async () => {
    const a = await publisherWithItem();
    const token = await createPublisherToken(a.ctx, { name: "Decider" });
    const path = { publisher: a.publisher.slug, itemId: a.itemId };
    const first = await call(decideResetItemEndpoint, path, { token: token.token, json: { decision: "denied", note: "No." }, idempotencyKey: crypto.randomUUID() });
    expect(first.status, first.text).toBe(200);
    expect(first.body).toMatchObject({ decision: "denied", changed: true });
    const again = await call(decideResetItemEndpoint, path, { token: token.token, json: { decision: "denied" } });
    expect(again.body).toMatchObject({ decision: "denied", changed: false });
    expectError(await call(decideResetItemEndpoint, path, { token: token.token, json: { decision: "approved" } }), 409, "already_decided");
    const audit = await ownerSql()<{ action: string; actor_label: string }[]>`select action, actor_label from audit_events where workspace_id = ${a.ws.id} and action like 'reset_request.%'`;
    expect(audit).toEqual([{ action: "reset_request.denied", actor_label: expect.stringContaining(a.publisher.slug) }]);
  });

  it("revoked: 401 at once; created and revoked are in the publisher's log; tokens never manage tokens", async () => {
    const a = await publisherWithItem();
    const token = await createPublisherToken(a.ctx, { name: "Short-lived" });
    expect((await call(publisherQueueEndpoint, { publisher: a.publisher.slug }, { token: token.token })).status).toBe(200);
    await revokePublisherToken(a.ctx, { tokenId: token.id });
    await revokePublisherToken(a.ctx, { tokenId: token.id });
    expectError(await call(publisherQueueEndpoint, { publisher: a.publisher.slug }, { token: token.token }), 401, "invalid_token");
    expect((await listPublisherTokenActivity(a.ctx)).map((e) => e.action)).toEqual(["api_token.revoked", "api_token.created"]);
    expect((await listPublisherTokens(a.ctx)).map((t) => [t.name, t.revokedAt !== null])).toEqual([["Short-lived", true]]);

    // The token's own actor opens the publisher (that is how it reaches the API) but is no staff person.
    const other = await createPublisherToken(a.ctx, { name: "Second" });
    const [row] = await ownerSql()<{ account_id: string }[]>`select account_id from api_tokens where id = ${other.id}`;
    const tokenCtx = await openPublisher((await loadActor(row.account_id))!, a.publisher.slug);
    await expect(createPublisherToken(tokenCtx, { name: "Grandchild" })).rejects.toMatchObject({ status: 404 });
    await expect(revokePublisherToken(tokenCtx, { tokenId: other.id })).rejects.toMatchObject({ status: 404 });
    // Another publisher's staff neither list nor revoke them.
    const b = await publisherWithItem();
    expect(await listPublisherTokens(b.ctx)).toEqual([]);
    await expect(revokePublisherToken(b.ctx, { tokenId: other.id })).rejects.toMatchObject({ status: 404 });
  });

  it("activations in aggregate: counts for its own products only, nothing about the workspaces", async () => {
    const a = await publisherWithItem();
    const b = await publisherWithItem();
    const token = await createPublisherToken(a.ctx, { name: "Reports" });
    const res = await call(publisherActivationsEndpoint, { publisher: a.publisher.slug }, { token: token.token });
    expect(res.status, res.text).toBe(200);
    expect(res.body.data).toEqual([{ productId: expect.any(String), productSku: a.sku, productName: expect.any(String), state: "active", activations: 1, hosts: 1, workspaces: 1 }]);
    expect(res.text).not.toContain(a.ws.id);
    expect(res.text).not.toContain(b.sku);
    expectError(await call(publisherActivationsEndpoint, { publisher: b.publisher.slug }, { token: token.token }), 404, "not_found");
  });

  it("issues activation codes for its own products, once per Idempotency-Key; another publisher's SKU is unknown", async () => {
    const a = await publisherWithItem();
    const b = await publisherWithItem();
    const token = await createPublisherToken(a.ctx, { name: "Shop" });
    const path = { publisher: a.publisher.slug };
    const key = idemKey();
    const spec = { sku: a.sku, quantity: 5, termDays: 365 };
    const first = await call(issuePublisherCodeEndpoint, path, { token: token.token, idempotencyKey: key, json: spec });
    expect(first.status, first.text).toBe(201);
    expect(first.body).toMatchObject({ code: expect.any(String), definition: { sku: a.sku, quantity: 5, termDays: 365 } });
    const again = await call(issuePublisherCodeEndpoint, path, { token: token.token, idempotencyKey: key, json: spec });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toMatchObject({ codeId: first.body.codeId, code: null, definition: first.body.definition });
    expectError(await call(issuePublisherCodeEndpoint, path, { token: token.token, idempotencyKey: key, json: { ...spec, quantity: 6 } }), 422, "idempotency_key_reused");
    const [row] = await ownerSql()<{ issued_for_workspace_id: string | null; issued_by_publisher_id: string }[]>`
      select issued_for_workspace_id, issued_by_publisher_id from activation_codes where id = ${first.body.codeId}`;
    expect(row).toEqual({ issued_for_workspace_id: null, issued_by_publisher_id: a.publisher.id });

    expectFieldError(await call(issuePublisherCodeEndpoint, path, { token: token.token, json: { ...spec, sku: b.sku } }), "sku");
    expectError(await call(issuePublisherCodeEndpoint, { publisher: b.publisher.slug }, { token: token.token, json: { ...spec, sku: b.sku } }), 404, "not_found");
    const log = await ownerSql()<{ action: string }[]>`select action from publisher_audit_events where publisher_id = ${a.publisher.id} order by id`;
    expect(log.map((e) => e.action)).toEqual(["api_token.created", "activation_code.issued"]);
    await revokePublisherToken(a.ctx, { tokenId: token.id });
    expectError(await call(issuePublisherCodeEndpoint, path, { token: token.token, json: spec }), 401, "invalid_token");
  });

  it("a sandbox's publisher sign-in neither creates tokens nor issues real codes", async () => {
    const box = await newSandbox("hosts-two-publishers", "DE");
    const signIn = box.body.publisherSignIns.find((p: { publisher: string }) => p.publisher === "contoso");
    const [row] = await ownerSql()<{ id: string }[]>`select id from accounts where email = ${signIn.email}`;
    const ctx = await openPublisher((await loadActor(row.id))!, "contoso");
    await expect(createPublisherToken(ctx, { name: "From a sandbox" })).rejects.toMatchObject({ status: 404 });
    await expect(issuePublisherCode(ctx, { sku: "CT-MIXER", quantity: 1 }, null)).rejects.toMatchObject({ status: 404 });
    const [n] = await ownerSql()<{ n: number }[]>`select count(*)::int as n from api_tokens a join accounts c on c.id = a.account_id where a.created_by = ${row.id}`;
    expect(n.n).toBe(0);
  });
});
