/**
 * Webhook delivery end to end (issue 16): a real HTTP receiver (node:http on 127.0.0.1, allowed by
 * LC_WEBHOOKS_ALLOW_PRIVATE=on) checks every signature; the worker's task runs in-process, with
 * `now` moved forward to bring retries due. Covers retries after a 500 and after a timeout with the
 * same Webhook-Id (the receiver dedupes on it, so a retry has no second effect), ordering per
 * subject, giving up after 3 days with the endpoint switched off (audited) and supervisors e-mailed,
 * a stalled worker's late outcome dropped once its claim was taken again, and the SSRF check at
 * delivery time.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withScope } from "@/db/scope";
import { createWebhookEndpointEndpoint, updateWebhookEndpointEndpoint } from "@/lib/api/v1/webhooks";
import { recordAuditEvents, type AuditEvent } from "@/lib/audit";
import { log } from "@/lib/deployment/log";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { verifySignature } from "@/lib/webhooks/signing";
import { createMember, ownerSql } from "../factories";
import { call, newSandbox, type TestSandbox } from "../api/helpers";

type Received = { id: string; type: string; subject: string; valid: boolean; answered: number };

/** The receiver: answers each request with what `respond` says (a status, or a delay past the timeout). */
function receiver() {
  const received: Received[] = [];
  const effects = new Set<string>();
  let secret = "";
  let respond: (r: Omit<Received, "answered">, nth: number) => { status: number; delayMs?: number } = () => ({ status: 200 });
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const payload = JSON.parse(body);
      const valid = verifySignature(secret, { timestamp: req.headers["webhook-timestamp"] as string, signature: req.headers["webhook-signature"] as string }, body, new Date(Number(req.headers["webhook-timestamp"]) * 1000));
      const r = { id: req.headers["webhook-id"] as string, type: payload.type as string, subject: `${payload.data.subject.type}:${payload.data.subject.id}`, valid };
      expect(payload.id).toBe(r.id);
      const nth = received.filter((x) => x.id === r.id).length + 1;
      const { status, delayMs } = respond(r, nth);
      received.push({ ...r, answered: delayMs ? 0 : status });
      const answer = () => {
        // The effect happens once per event id, however often it arrives (the receiver's dedupe).
        if (status < 300) effects.add(r.id);
        res.writeHead(status).end();
      };
      if (delayMs) setTimeout(() => (res.destroyed ? undefined : answer()), delayMs);
      else answer();
    });
  });
  return {
    received,
    effects,
    server,
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    setSecret: (s: string) => (secret = s),
    respondWith: (fn: typeof respond) => (respond = fn),
  };
}

const rx = receiver();

beforeAll(async () => {
  process.env.LC_WEBHOOKS_ALLOW_PRIVATE = "on";
  await new Promise<void>((resolve) => rx.server.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  delete process.env.LC_WEBHOOKS_ALLOW_PRIVATE;
  await new Promise((resolve) => rx.server.close(resolve));
});

async function endpointFor(sb: TestSandbox, eventTypes = ["*"]) {
  const res = await call(createWebhookEndpointEndpoint, { workspace: sb.slug }, { token: sb.token, json: { url: rx.url(), eventTypes } });
  expect(res.status, res.text).toBe(201);
  rx.setSecret(res.body.secret);
  return res.body as { id: string; secret: string };
}

const record = (workspaceId: string, events: AuditEvent[]) =>
  withScope({ kind: "system", workspaceId }, (tx) => recordAuditEvents(tx, workspaceId, { accountId: null, label: "test:webhooks" }, events));

const later = (ms: number) => () => new Date(Date.now() + ms);

const deliveries = (endpointId: string) =>
  ownerSql()<{ event_type: string; subject: string; status: string; attempts: number; response_status: number | null; last_error: string | null; next_attempt_at: Date | null; event_id: string }[]>`
    select event_type, subject, status, attempts, response_status, last_error, next_attempt_at, event_id::text from webhook_deliveries where endpoint_id = ${endpointId} order by seq`;

describe("webhook delivery", () => {
  it("signs, retries a 500 with the same id, holds a subject's later event until the earlier one succeeded, and dedupes", async () => {
    const sb = await newSandbox();
    const ep = await endpointFor(sb, ["license.renewed", "license.expired"]);
    rx.received.length = 0;
    // The first event of license:L1 is refused once.
    rx.respondWith((r, nth) => ({ status: r.subject === "license:L1" && r.type === "license.renewed" && nth === 1 ? 500 : 200 }));
    await record(sb.id, [
      { action: "license.renewed", subjectType: "license", subjectId: "L1" },
      { action: "license.expired", subjectType: "license", subjectId: "L1" },
      { action: "license.renewed", subjectType: "license", subjectId: "L2" },
      { action: "assignment.created", subjectType: "directory_user", subjectId: "U1" },
    ]);

    expect(await deliverDueWebhooks({ workspaceId: sb.id })).toBe(2);
    expect(rx.received.map((r) => [r.type, r.subject, r.answered])).toEqual([
      ["license.renewed", "license:L1", 500],
      ["license.renewed", "license:L2", 200],
    ]);
    const [first, second] = await deliveries(ep.id);
    expect(first).toMatchObject({ status: "pending", attempts: 1, response_status: 500, last_error: "HTTP 500" });
    expect(first.next_attempt_at!.getTime() - Date.now()).toBeGreaterThan(20_000);
    expect(second).toMatchObject({ status: "pending", attempts: 0 });

    // Not due yet: nothing is sent.
    expect(await deliverDueWebhooks({ workspaceId: sb.id })).toBe(0);
    // 31 s later the retry goes, then the subject's next event.
    expect(await deliverDueWebhooks({ workspaceId: sb.id, now: later(31_000) })).toBe(2);
    expect(rx.received.map((r) => [r.type, r.subject, r.answered])).toEqual([
      ["license.renewed", "license:L1", 500],
      ["license.renewed", "license:L2", 200],
      ["license.renewed", "license:L1", 200],
      ["license.expired", "license:L1", 200],
    ]);
    expect(rx.received[2].id).toBe(rx.received[0].id);
    // Each Webhook-Id names its event in the audit log, in the order the events were recorded.
    const audited = await ownerSql()<{ id: string }[]>`select id::text from audit_events where workspace_id = ${sb.id} and action like 'license.%' order by id`;
    expect(rx.received.slice(0, 2).map((r) => r.id)).toEqual([audited[0].id, audited[2].id]);
    expect(rx.received.every((r) => r.valid)).toBe(true);
    expect(rx.effects.size).toBe(3);
    expect((await deliveries(ep.id)).map((d) => [d.status, d.attempts])).toEqual([
      ["succeeded", 2],
      ["succeeded", 1],
      ["succeeded", 1],
    ]);
  });

  it("retries after a timeout with the same id; the late answer to the first attempt has no second effect", async () => {
    const sb = await newSandbox();
    const ep = await endpointFor(sb);
    rx.received.length = 0;
    rx.effects.clear();
    rx.respondWith((_r, nth) => (nth === 1 ? { status: 200, delayMs: 1_000 } : { status: 200 }));
    await record(sb.id, [{ action: "order.paid", subjectType: "order", subjectId: "O1" }]);

    expect(await deliverDueWebhooks({ workspaceId: sb.id, timeoutMs: 300 })).toBe(1);
    const [timedOut] = await deliveries(ep.id);
    expect(timedOut).toMatchObject({ status: "pending", attempts: 1, response_status: null, last_error: "timed out after 0.3 s" });
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await deliverDueWebhooks({ workspaceId: sb.id, now: later(31_000), timeoutMs: 300 })).toBe(1);
    expect(rx.received.map((r) => r.id)).toEqual([timedOut.event_id, timedOut.event_id]);
    expect(rx.effects).toEqual(new Set([timedOut.event_id]));
    expect((await deliveries(ep.id))[0]).toMatchObject({ status: "succeeded", attempts: 2, response_status: 200 });
  });

  it("two workers at once send each event exactly once (the claim is a lease, not a lock held during the POST)", async () => {
    const sb = await newSandbox();
    const ep = await endpointFor(sb);
    rx.received.length = 0;
    rx.respondWith(() => ({ status: 200, delayMs: 300 }));
    await record(sb.id, [
      { action: "order.paid", subjectType: "order", subjectId: "P1" },
      { action: "order.paid", subjectType: "order", subjectId: "P2" },
      { action: "order.paid", subjectType: "order", subjectId: "P3" },
    ]);
    const [a, b] = await Promise.all([deliverDueWebhooks({ workspaceId: sb.id }), deliverDueWebhooks({ workspaceId: sb.id })]);
    expect(a + b).toBe(3);
    expect(rx.received.map((r) => r.subject).sort()).toEqual(["order:P1", "order:P2", "order:P3"]);
    expect((await deliveries(ep.id)).map((d) => d.status)).toEqual(["succeeded", "succeeded", "succeeded"]);
  });

  it("drops the late outcome of a worker whose claim ran out and was claimed again", async () => {
    const sb = await newSandbox();
    const ep = await endpointFor(sb);
    rx.received.length = 0;
    // The first worker's POST stalls past its 70 s claim (here: its answer comes after the second
    // worker, standing 71 s later, has claimed the delivery again and been refused).
    rx.respondWith((_r, nth) => (nth === 1 ? { status: 200, delayMs: 1_500 } : { status: 503 }));
    await record(sb.id, [{ action: "order.paid", subjectType: "order", subjectId: "S1" }]);
    const first = deliverDueWebhooks({ workspaceId: sb.id });
    await vi.waitFor(() => expect(rx.received).toHaveLength(1));
    expect(await deliverDueWebhooks({ workspaceId: sb.id, now: later(71_000) })).toBe(1);
    const reclaimed = (await deliveries(ep.id))[0];
    expect(reclaimed).toMatchObject({ status: "pending", attempts: 1, response_status: 503 });
    const warn = vi.spyOn(log, "warn").mockImplementation(() => {});
    try {
      expect(await first).toBe(1);
      expect(warn).toHaveBeenCalledWith(expect.objectContaining({ event: "webhooks.late_outcome_dropped", status: 200 }), expect.any(String));
    } finally {
      warn.mockRestore();
    }
    // The first worker's 200 changed nothing: neither the delivery nor the endpoint's failing streak.
    expect((await deliveries(ep.id))[0]).toEqual(reclaimed);
    const [endpoint] = await ownerSql()<{ failing: boolean }[]>`select failing_since is not null as failing from webhook_endpoints where id = ${ep.id}`;
    expect(endpoint.failing).toBe(true);
  });

  it("gives a delivery up after 3 days and switches a failing endpoint off, e-mailing the supervisors", async () => {
    const sb = await newSandbox();
    const supervisor = await createMember(sb.id, "supervisor");
    const ep = await endpointFor(sb);
    rx.respondWith(() => ({ status: 503 }));
    await record(sb.id, [{ action: "order.paid", subjectType: "order", subjectId: "O2" }]);
    await ownerSql()`update webhook_deliveries set created_at = now() - interval '3 days' + interval '10 seconds' where endpoint_id = ${ep.id}`;
    await ownerSql()`update webhook_endpoints set failing_since = now() - interval '3 days' where id = ${ep.id}`;

    expect(await deliverDueWebhooks({ workspaceId: sb.id })).toBe(1);
    expect((await deliveries(ep.id))[0]).toMatchObject({ status: "failed", attempts: 1, response_status: 503, next_attempt_at: null });
    const [endpoint] = await ownerSql()`select enabled, disabled_reason from webhook_endpoints where id = ${ep.id}`;
    expect(endpoint).toEqual({ enabled: false, disabled_reason: "failing" });
    const audit = await ownerSql()`select actor_account_id, actor_label, subject_type, subject_id, data->>'reason' as reason from audit_events where workspace_id = ${sb.id} and action = 'webhook_endpoint.disabled'`;
    expect(audit).toEqual([{ actor_account_id: null, actor_label: "job:webhooks.deliver", subject_type: "webhook_endpoint", subject_id: ep.id, reason: "failing" }]);
    const mail = await ownerSql()<{ recipients: string[]; text: string }[]>`select recipients, text from mail_messages where workspace_id = ${sb.id} and kind = 'webhooks.endpoint_disabled'`;
    expect(mail.flatMap((m) => m.recipients)).toContain(supervisor.email.toLowerCase());
    expect(mail[0].text).toContain(rx.url());

    // Switched off: later events are not queued for it.
    await record(sb.id, [{ action: "order.paid", subjectType: "order", subjectId: "O3" }]);
    expect(await deliveries(ep.id)).toHaveLength(1);
  });

  it("switching a failing endpoint on again forgets its streak and sends the deliveries kept while it was off", async () => {
    const sb = await newSandbox();
    const ep = await endpointFor(sb);
    rx.received.length = 0;
    rx.respondWith(() => ({ status: 200 }));
    await record(sb.id, [{ action: "order.paid", subjectType: "order", subjectId: "K1" }]);
    await ownerSql()`update webhook_endpoints set enabled = false, disabled_reason = 'failing', failing_since = now() - interval '3 days' where id = ${ep.id}`;
    expect(await deliverDueWebhooks({ workspaceId: sb.id })).toBe(0);

    const res = await call(updateWebhookEndpointEndpoint, { workspace: sb.slug, endpointId: ep.id }, { token: sb.token, json: { enabled: true } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
    // The kept event first, then the switch itself (the endpoint subscribes to every event).
    expect(await deliverDueWebhooks({ workspaceId: sb.id })).toBe(2);
    expect(rx.received.map((r) => [r.type, r.subject])).toEqual([
      ["order.paid", "order:K1"],
      ["webhook_endpoint.updated", `webhook_endpoint:${ep.id}`],
    ]);
  });

  it("a failed attempt to an endpoint deleted during its POST is recorded as nothing, not a crash of the worker's tick", async () => {
    const sb = await newSandbox();
    const ep = await endpointFor(sb);
    await record(sb.id, [{ action: "order.paid", subjectType: "order", subjectId: "D1" }]);
    rx.respondWith(() => {
      // The supervisor deletes the endpoint (its deliveries cascade) while the receiver answers.
      void ownerSql()`delete from webhook_endpoints where id = ${ep.id}`.execute();
      return { status: 500, delayMs: 300 };
    });
    expect(await deliverDueWebhooks({ workspaceId: sb.id })).toBe(1);
    expect(await ownerSql()`select 1 from webhook_endpoints where id = ${ep.id}`).toHaveLength(0);
    expect(await deliveries(ep.id)).toEqual([]);
  });

  it("refuses at delivery a private address that registration allowed", async () => {
    const sb = await newSandbox();
    const ep = await endpointFor(sb);
    rx.received.length = 0;
    await record(sb.id, [{ action: "order.paid", subjectType: "order", subjectId: "O4" }]);
    delete process.env.LC_WEBHOOKS_ALLOW_PRIVATE;
    try {
      expect(await deliverDueWebhooks({ workspaceId: sb.id })).toBe(1);
    } finally {
      process.env.LC_WEBHOOKS_ALLOW_PRIVATE = "on";
    }
    expect(rx.received).toEqual([]);
    expect((await deliveries(ep.id))[0]).toMatchObject({ status: "pending", attempts: 1, last_error: "refused: private URL" });
  });
});
