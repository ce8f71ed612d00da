/**
 * Webhook endpoints through the API (issue 16): supervisors only, per workspace, the secret shown
 * once and sealed at rest, SSRF refused at registration, and the outbox written in the
 * transaction of the change, each event under its audit event's id.
 */
import { hostname } from "node:os";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withScope } from "@/db/scope";
import { createUserEndpoint } from "@/lib/api/v1/users";
import {
  createWebhookEndpointEndpoint,
  deleteWebhookEndpointEndpoint,
  getWebhookEndpointEndpoint,
  listWebhookDeliveriesEndpoint,
  listWebhookEndpointsEndpoint,
  resendWebhookDeliveryEndpoint,
  testWebhookEndpoint,
  updateWebhookEndpointEndpoint,
} from "@/lib/api/v1/webhooks";
import { recordAuditEvents } from "@/lib/audit";
import { ownerSql } from "../factories";
import { call, expectError, expectFieldError, idemKey, newSandbox, randomId, roleToken, type TestSandbox } from "../api/helpers";

const RECEIVER = "http://127.0.0.1:9/hooks";

beforeAll(() => {
  process.env.LC_WEBHOOKS_ALLOW_PRIVATE = "on";
});
afterAll(() => {
  delete process.env.LC_WEBHOOKS_ALLOW_PRIVATE;
});

async function register(sb: TestSandbox, eventTypes: string[] = ["*"], url = RECEIVER) {
  const res = await call(createWebhookEndpointEndpoint, { workspace: sb.slug }, { token: sb.token, json: { url, eventTypes, description: "CI" } });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

const deliveriesOf = (endpointId: string) =>
  ownerSql()<{ event_id: string; event_type: string; subject: string; payload: { id: string; type: string; version: number; workspace: { id: string }; data: { subject: { type: string } } } }[]>`
    select event_id, event_type, subject, payload from webhook_deliveries where endpoint_id = ${endpointId} order by seq`;

describe("webhook endpoints", () => {
  it("registers an endpoint: the secret is answered once and stored sealed; a replay answers without it", async () => {
    const sb = await newSandbox();
    const key = idemKey();
    const json = { url: RECEIVER, eventTypes: ["license.renewed", "assignment.created", "license.renewed"] };
    const res = await call(createWebhookEndpointEndpoint, { workspace: sb.slug }, { token: sb.token, json, idempotencyKey: key });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ url: RECEIVER, eventTypes: ["assignment.created", "license.renewed"], enabled: true, description: "", secret: expect.stringMatching(/^whsec_/) });
    const [row] = await ownerSql()`select secret_sealed from webhook_endpoints where id = ${res.body.id}`;
    expect(row.secret_sealed).toMatch(/^v1\./);
    expect(row.secret_sealed).not.toContain(res.body.secret.slice(6));

    const replay = await call(createWebhookEndpointEndpoint, { workspace: sb.slug }, { token: sb.token, json, idempotencyKey: key });
    expect(replay.body).toMatchObject({ id: res.body.id, secret: null });
    const list = await call(listWebhookEndpointsEndpoint, { workspace: sb.slug }, { token: sb.token });
    expect(list.body.data).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain("whsec_");
  });

  it("422s bad input and, unless allowed, private targets (literal or resolved)", async () => {
    const sb = await newSandbox();
    const ws = { workspace: sb.slug };
    expectFieldError(await call(createWebhookEndpointEndpoint, ws, { token: sb.token, json: { url: "not a url", eventTypes: ["*"] } }), "url");
    expectFieldError(await call(createWebhookEndpointEndpoint, ws, { token: sb.token, json: { url: RECEIVER, eventTypes: [] } }), "eventTypes");
    expectFieldError(await call(createWebhookEndpointEndpoint, ws, { token: sb.token, json: { url: RECEIVER, eventTypes: ["license.stolen"] } }), "eventTypes");
    delete process.env.LC_WEBHOOKS_ALLOW_PRIVATE;
    try {
      // The machine's own name resolves to a loopback address (/etc/hosts): refused once resolved.
      for (const url of ["http://127.0.0.1:9/x", "https://169.254.169.254/latest", "https://[::1]/x", "https://localhost/x", `https://${hostname()}/x`]) {
        expectFieldError(await call(createWebhookEndpointEndpoint, ws, { token: sb.token, json: { url, eventTypes: ["*"] } }), "url");
      }
    } finally {
      process.env.LC_WEBHOOKS_ALLOW_PRIVATE = "on";
    }
    const [{ n }] = await ownerSql()`select count(*)::int as n from webhook_endpoints where workspace_id = ${sb.id}`;
    expect(n).toBe(0);
  });

  it("is for supervisors only: admins and viewers get 403 and change nothing", async () => {
    const sb = await newSandbox();
    const ep = await register(sb);
    for (const role of ["admin", "viewer"] as const) {
      const { token } = await roleToken(sb, role);
      expectError(await call(listWebhookEndpointsEndpoint, { workspace: sb.slug }, { token }), 403, "forbidden");
      expectError(await call(createWebhookEndpointEndpoint, { workspace: sb.slug }, { token, json: { url: RECEIVER, eventTypes: ["*"] } }), 403, "forbidden");
      expectError(await call(deleteWebhookEndpointEndpoint, { workspace: sb.slug, endpointId: ep.id }, { token }), 403, "forbidden");
      expectError(await call(testWebhookEndpoint, { workspace: sb.slug, endpointId: ep.id }, { token }), 403, "forbidden");
    }
    expect((await call(getWebhookEndpointEndpoint, { workspace: sb.slug, endpointId: ep.id }, { token: sb.token })).status).toBe(200);
  });

  it("keeps workspaces apart: another workspace's endpoint is a 404, and row-level security hides its rows", async () => {
    const a = await newSandbox();
    const b = await newSandbox();
    const ep = await register(a);
    const params = { workspace: b.slug, endpointId: ep.id };
    expectError(await call(getWebhookEndpointEndpoint, params, { token: b.token }), 404, "not_found");
    expectError(await call(updateWebhookEndpointEndpoint, params, { token: b.token, json: { enabled: false } }), 404, "not_found");
    expectError(await call(deleteWebhookEndpointEndpoint, params, { token: b.token }), 404, "not_found");
    expectError(await call(listWebhookDeliveriesEndpoint, params, { token: b.token }), 404, "not_found");
    expectError(await call(getWebhookEndpointEndpoint, { workspace: a.slug, endpointId: ep.id }, { token: b.token }), 404, "not_found");
    const seen = await withScope({ kind: "system", workspaceId: b.id }, (tx) => tx.execute(sql`select id from webhook_endpoints union all select endpoint_id from webhook_deliveries`));
    expect([...seen]).toEqual([]);
    // A change in b reaches none of a's endpoints.
    await call(createUserEndpoint, { workspace: b.slug }, { token: b.token, json: { email: `${randomId()}@example.com`, name: "B user" } });
    expect(await deliveriesOf(ep.id)).toEqual([]);
  });

  it("queues one delivery per event and subscribed endpoint in the change's transaction; a rollback queues none", async () => {
    const sb = await newSandbox();
    const users = await register(sb, ["directory_user.created"]);
    const other = await register(sb, ["license.renewed"]);
    // Registered last, so it receives no webhook_endpoint.* event of the others.
    const all = await register(sb, ["*"]);
    const email = `${randomId()}@example.com`;
    const res = await call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, json: { email, name: "Webhook user" } });
    expect(res.status, res.text).toBe(201);
    const [one] = await deliveriesOf(users.id);
    expect(await deliveriesOf(users.id)).toHaveLength(1);
    expect(one).toMatchObject({ event_type: "directory_user.created", subject: `directory_user:${res.body.id}` });
    expect(one.payload).toMatchObject({ type: "directory_user.created", version: 1, workspace: { id: sb.id }, data: { subject: { type: "directory_user", id: res.body.id } } });
    expect((await deliveriesOf(all.id)).map((d) => d.event_type)).toEqual(["directory_user.created"]);
    expect(await deliveriesOf(other.id)).toEqual([]);
    // The Webhook-Id is the audit event's id, the same at both endpoints that got the event.
    const [audited] = await ownerSql()<{ id: string }[]>`select id::text from audit_events where workspace_id = ${sb.id} and action = 'directory_user.created'`;
    expect([one.event_id, one.payload.id, (await deliveriesOf(all.id))[0].event_id]).toEqual([audited.id, audited.id, audited.id]);

    await expect(
      withScope({ kind: "system", workspaceId: sb.id }, async (tx) => {
        await recordAuditEvents(tx, sb.id, { accountId: null, label: "test" }, [{ action: "directory_user.created", subjectType: "directory_user", subjectId: "x" }]);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await deliveriesOf(users.id)).toHaveLength(1);

    // Switched off: nothing more is queued for it (the switch itself is an event for the other).
    await call(updateWebhookEndpointEndpoint, { workspace: sb.slug, endpointId: users.id }, { token: sb.token, json: { enabled: false } });
    await call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, json: { email: `${randomId()}@example.com`, name: "Second" } });
    expect(await deliveriesOf(users.id)).toHaveLength(1);
    expect((await deliveriesOf(all.id)).map((d) => d.event_type)).toEqual(["directory_user.created", "webhook_endpoint.updated", "directory_user.created"]);
  });

  it("pages the delivery log newest first; re-send keeps the event id; test events reach any endpoint; delete takes the log", async () => {
    const sb = await newSandbox();
    const ep = await register(sb, ["license.renewed"]);
    const params = { workspace: sb.slug, endpointId: ep.id };
    for (let i = 0; i < 3; i++) expect((await call(testWebhookEndpoint, params, { token: sb.token })).status).toBe(201);
    const first = await call(listWebhookDeliveriesEndpoint, params, { token: sb.token, query: { limit: 2 } });
    expect(first.body.data.map((d: { eventType: string }) => d.eventType)).toEqual(["webhook.test", "webhook.test"]);
    const second = await call(listWebhookDeliveriesEndpoint, params, { token: sb.token, query: { limit: 2, cursor: first.body.nextCursor } });
    expect(second.body.data).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const oldest = second.body.data[0];
    const resent = await call(resendWebhookDeliveryEndpoint, { ...params, deliveryId: oldest.id }, { token: sb.token });
    expect(resent.status, resent.text).toBe(201);
    expect(resent.body.eventId).toBe(oldest.eventId);
    expectError(await call(resendWebhookDeliveryEndpoint, { ...params, deliveryId: randomId() }, { token: sb.token }), 404, "not_found");
    expectFieldError(await call(listWebhookDeliveriesEndpoint, params, { token: sb.token, query: { cursor: "forged" } }), "cursor");

    expect((await call(deleteWebhookEndpointEndpoint, params, { token: sb.token })).body).toEqual({ id: ep.id, deleted: true });
    expect(await deliveriesOf(ep.id)).toEqual([]);
    expectError(await call(getWebhookEndpointEndpoint, params, { token: sb.token }), 404, "not_found");
  });
});
