/** Request keys, provisional keys, Check online and manual activation keys (seed 001). */
import { describe, expect, it } from "vitest";
import { applyActivationCodeEndpoint, issueActivationCodeEndpoint } from "@/lib/api/v1/activation";
import { advanceClockEndpoint } from "@/lib/api/v1/clock";
import { addRequestKeyEndpoint, checkOnlineEndpoint, enterActivationKeyEndpoint, listActivationsEndpoint } from "@/lib/api/v1/keys";
import { DEMO_REQUEST_KEYS, demoRequestKey } from "@/lib/request-keys/demo";
import { LocalKeyService } from "@/lib/request-keys/service";
import { decodeActivationKey, KEY_BEGIN, KEY_END, type ActivationKeyPayload } from "@/lib/request-keys/signed-key";
import { ownerSql } from "../factories";
import {
  auditRows,
  call,
  concurrently,
  expectError,
  expectFieldError,
  expectOneEffectAnswers,
  expectSlugHidden,
  expectUnauthenticated,
  idemKey,
  newSandbox,
  PDF_PRO,
  roleToken,
  seatsOf,
  STUDIO,
  type Case,
  type TestSandbox,
  type Json,
} from "./helpers";

const DAY = 86_400_000;
const vendor = new LocalKeyService();

const add = (sb: TestSandbox, requestKey: string, opts: { token?: string; idempotencyKey?: string } = {}) =>
  call(addRequestKeyEndpoint, { workspace: sb.slug }, { token: opts.token ?? sb.token, json: { requestKey }, idempotencyKey: opts.idempotencyKey });
const check = (sb: TestSandbox, apply = false, token = sb.token) => call(checkOnlineEndpoint, { workspace: sb.slug }, { token, json: { apply } });
const manual = (sb: TestSandbox, key: string, token = sb.token) => call(enterActivationKeyEndpoint, { workspace: sb.slug }, { token, json: { key } });
const advance = async (sb: TestSandbox, days: number) => {
  const res = await call(advanceClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { days } });
  expect(res.status, res.text).toBe(200);
  return res.body.now as string;
};
const list = async (sb: TestSandbox, token = sb.token) => {
  const res = await call(listActivationsEndpoint, { workspace: sb.slug }, { token });
  expect(res.status, res.text).toBe(200);
  return res.body.data as Json[];
};
const licenseOf = async (id: string) => {
  const [row] = await ownerSql()<{ state: string; source: string; quantity: number; termStart: Date; termEnd: Date; productId: string }[]>`
    select state, source, quantity, term_start as "termStart", term_end as "termEnd", product_id as "productId" from licenses where id = ${id}`;
  return row;
};
const licenseIdOf = async (workspaceId: string, requestKey: string) => {
  const [row] = await ownerSql()<{ licenseId: string }[]>`select license_id as "licenseId" from request_keys where workspace_id = ${workspaceId} and request_key = ${requestKey}`;
  return row.licenseId;
};
const mails = (workspaceId: string) =>
  ownerSql()<{ subject: string; recipients: string[]; text: string }[]>`select subject, recipients, text from mail_messages where workspace_id = ${workspaceId} and kind = 'keys.activated'`;

function testKey(sb: { id: string }, over: Partial<ActivationKeyPayload> = {}): string {
  return vendor.sign({
    v: 1,
    kid: `test-${Math.random().toString(16).slice(2)}`,
    type: "test",
    licensee: { id: sb.id, name: "Sandbox" },
    modules: [{ sku: "NW-PDF-PRO", name: "Northwind PDF Pro", quantity: 4 }],
    termStart: new Date(Date.now() - DAY).toISOString(),
    termEnd: new Date(Date.now() + 60 * DAY).toISOString(),
    updateServiceUntil: new Date(Date.now() + 60 * DAY).toISOString(),
    requestKey: null,
    issuedAt: new Date().toISOString(),
    ...over,
  });
}

describe("POST /activations/request-keys", () => {
  it("installs a provisional key for three months at once: a provisional license, seats counted, expiry scheduled", async () => {
    const sb = await newSandbox("empty");
    const res = await add(sb, DEMO_REQUEST_KEYS.studio25);
    expect(res.status, res.text).toBe(201);
    const now = new Date(sb.clockNow);
    const threeMonths = new Date(now);
    threeMonths.setUTCMonth(threeMonths.getUTCMonth() + 3);
    expect(res.body).toMatchObject({
      requestKey: DEMO_REQUEST_KEYS.studio25,
      status: "provisional",
      productName: "Northwind Studio — All Apps",
      quantity: 25,
      enteredAt: sb.clockNow,
      finalReadyAt: new Date(now.getTime() + 5 * DAY).toISOString(),
      activatedAt: null,
      updateServiceUntil: null,
    });
    expect(new Date(res.body.provisionalUntil).getTime() - threeMonths.getTime()).toBeLessThanOrEqual(3 * DAY);
    const license = await licenseOf(await licenseIdOf(sb.id, DEMO_REQUEST_KEYS.studio25));
    expect(license).toMatchObject({ state: "provisional", source: "request_key", quantity: 25, productId: STUDIO });
    expect(license.termEnd.toISOString()).toBe(res.body.provisionalUntil);
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ purchased: 25 });
    const timers = await ownerSql()`select due_at from workspace_timers where workspace_id = ${sb.id} and kind = 'keys.provisional_expiry'`;
    expect(timers.map((t) => t.due_at.toISOString())).toEqual([res.body.provisionalUntil]);
    expect(await auditRows(sb.id, "keys.request_key_entered")).toEqual([
      expect.objectContaining({ subjectId: res.body.id, data: expect.objectContaining({ requestKey: DEMO_REQUEST_KEYS.studio25, quantity: 25 }) }),
    ]);
  });

  it("refuses letters, a wrong length and a failed check digit, naming the field; nothing is installed", async () => {
    const sb = await newSandbox("empty");
    const k = DEMO_REQUEST_KEYS.studio25;
    for (const bad of ["11025A0017", k.slice(0, 9), `${k}1`, `${k.slice(0, 9)}${(Number(k[9]) + 1) % 10}`, ""]) {
      expectFieldError(await add(sb, bad), "requestKey");
    }
    expect(await list(sb)).toEqual([]);
  });

  it("refuses a well-formed key the activation service does not know, and a key entered twice", async () => {
    const sb = await newSandbox("empty");
    expectError(await add(sb, demoRequestKey("99", 5, 1)), 409, "key_refused");
    expect(await list(sb)).toEqual([]);
    expect((await add(sb, DEMO_REQUEST_KEYS.pdfPro10)).status).toBe(201);
    const again = await add(sb, DEMO_REQUEST_KEYS.pdfPro10);
    expectError(again, 409, "conflict");
    expect(again.body.error.message).toMatch(/entered already/);
    expect(await list(sb)).toHaveLength(1);
  });

  it("is idempotent with an Idempotency-Key, also when the same request races", async () => {
    const sb = await newSandbox("empty");
    const key = idemKey();
    const answers = await concurrently(3, () => add(sb, DEMO_REQUEST_KEYS.mixer3, { idempotencyKey: key }));
    expectOneEffectAnswers(answers, 201);
    expect(await list(sb)).toHaveLength(1);
  });

  it("two different requests with the same key at once: one provisional key, one refusal", async () => {
    const sb = await newSandbox("empty");
    const answers = await concurrently(2, () => add(sb, DEMO_REQUEST_KEYS.studio25));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ purchased: 25 });
  });
});

describe("POST /activations/check-online", () => {
  it("nothing new before the final key is ready: says when to try again", async () => {
    const sb = await newSandbox("empty");
    const added = await add(sb, DEMO_REQUEST_KEYS.studio25);
    await advance(sb, 2);
    const res = await check(sb);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      offers: [],
      applied: [],
      waiting: [{ requestKey: DEMO_REQUEST_KEYS.studio25, retryAt: added.body.finalReadyAt, contactSupport: false }],
    });
  });

  it("provisional → activated: the final key is offered, then applied; license, update service, audit and e-mail follow", async () => {
    const sb = await newSandbox("empty");
    const added = await add(sb, DEMO_REQUEST_KEYS.studio25);
    await advance(sb, 5);
    const offered = await check(sb);
    expect(offered.body.offers).toEqual([
      expect.objectContaining({
        requestKey: DEMO_REQUEST_KEYS.studio25,
        modules: [{ sku: "NW-STUDIO-ALL", name: "Northwind Studio — All Apps", quantity: 25 }],
        termEnd: new Date(new Date(sb.clockNow).getTime() + 365 * DAY).toISOString(),
        key: expect.stringContaining(KEY_BEGIN),
      }),
    ]);
    // Only looking changes nothing.
    expect((await list(sb))[0].status).toBe("provisional");

    const applied = await check(sb, true);
    expect(applied.status, applied.text).toBe(200);
    const termEnd = new Date(new Date(sb.clockNow).getTime() + 365 * DAY).toISOString();
    expect(applied.body.applied).toEqual([
      expect.objectContaining({ id: added.body.id, status: "activated", updateServiceUntil: termEnd, termEnd, via: "online", quantity: 25 }),
    ]);
    const license = await licenseOf(await licenseIdOf(sb.id, DEMO_REQUEST_KEYS.studio25));
    expect(license).toMatchObject({ state: "active", quantity: 25 });
    expect(license.termEnd.toISOString()).toBe(termEnd);
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ purchased: 25 });
    expect(await auditRows(sb.id, "keys.activated")).toHaveLength(1);
    const sent = await mails(sb.id);
    expect(sent).toHaveLength(1);
    expect(sent[0].recipients.sort()).toEqual([`admin@${sb.slug}.sandbox.test`, `supervisor@${sb.slug}.sandbox.test`]);
    expect(sent[0].text).toMatch(/^Usługa aktualizacji do \d{1,2} \S+ \d{4}:/m); // the pl-PL workspace's language and dates
    // After activation there is nothing to wait for.
    expect((await check(sb, true)).body).toMatchObject({ offers: [], waiting: [], applied: [] });
  });

  it("checking online twice at once applies the final key once", async () => {
    const sb = await newSandbox("empty");
    await add(sb, DEMO_REQUEST_KEYS.pdfPro10);
    await advance(sb, 6);
    const answers = await concurrently(4, () => check(sb, true));
    for (const a of answers) expect(a.status, a.text).toBe(200);
    expect(await auditRows(sb.id, "keys.activated")).toHaveLength(1);
    expect(await mails(sb.id)).toHaveLength(1);
    expect(await seatsOf(sb.id, PDF_PRO)).toMatchObject({ purchased: 10 });
    expect((await list(sb)).map((a) => a.status)).toEqual(["activated"]);
  });

  it("after three weeks with no final key it says to contact support (the key is overdue)", async () => {
    const sb = await newSandbox("empty");
    await add(sb, DEMO_REQUEST_KEYS.mixer3);
    // The activation service never answers for this workspace's key.
    const silent = { registerRequestKey: vendor.registerRequestKey.bind(vendor), checkOnline: async () => ({ keys: [] }) };
    const { useKeyService } = await import("@/lib/request-keys/service");
    await advance(sb, 22);
    useKeyService(silent);
    try {
      const res = await check(sb);
      expect(res.body.waiting).toEqual([expect.objectContaining({ requestKey: DEMO_REQUEST_KEYS.mixer3, contactSupport: true })]);
      expect((await list(sb))[0].status).toBe("overdue");
    } finally {
      useKeyService(vendor);
    }
  });
});

describe("provisional key expiry", () => {
  it("three months without activation: the provisional key and its license expire when the clock passes", async () => {
    const sb = await newSandbox("empty");
    await add(sb, DEMO_REQUEST_KEYS.studio25);
    await advance(sb, 80);
    expect((await list(sb))[0].status).toBe("overdue");
    await advance(sb, 15);
    const [row] = await list(sb);
    expect(row.status).toBe("expired");
    expect(await licenseOf(await licenseIdOf(sb.id, DEMO_REQUEST_KEYS.studio25))).toMatchObject({ state: "expired" });
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ purchased: 0 });
    expect(await auditRows(sb.id, "keys.provisional_expired")).toHaveLength(1);
  });
});

describe("POST /activations/manual-keys", () => {
  it("activates the matching provisional key without asking the activation service; the same key again changes nothing", async () => {
    const sb = await newSandbox("empty");
    const added = await add(sb, DEMO_REQUEST_KEYS.studio25);
    const key = vendor.issue({ id: sb.id, name: "Sandbox" }, DEMO_REQUEST_KEYS.studio25, new Date(sb.clockNow), new Date(sb.clockNow));
    const res = await manual(sb, key);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ changed: true, activation: { id: added.body.id, status: "activated", via: "manual" } });
    const again = await manual(sb, key);
    expect(again.body).toMatchObject({ changed: false, activation: { id: added.body.id, status: "activated" } });
    expect(await auditRows(sb.id, "keys.activated")).toHaveLength(1);
    expect(await mails(sb.id)).toHaveLength(1);
  });

  it("leaves a provisional license replaced by an activation code meanwhile as it is, and installs the key as a new license", async () => {
    const sb = await newSandbox("empty");
    await add(sb, DEMO_REQUEST_KEYS.studio25);
    const provisionalId = await licenseIdOf(sb.id, DEMO_REQUEST_KEYS.studio25);
    const issued = await call(issueActivationCodeEndpoint, { workspace: sb.slug }, { token: sb.token, json: { sku: "NW-STUDIO-ALL", quantity: 25, termDays: 365 } });
    expect(issued.status, issued.text).toBe(201);
    const replaced = await call(applyActivationCodeEndpoint, { workspace: sb.slug, licenseId: provisionalId }, { token: sb.token, json: { code: issued.body.code } });
    expect(replaced.status, replaced.text).toBe(200);
    expect(await licenseOf(provisionalId)).toMatchObject({ state: "replaced" });
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ purchased: 25 });

    const key = vendor.issue({ id: sb.id, name: "Sandbox" }, DEMO_REQUEST_KEYS.studio25, new Date(sb.clockNow), new Date(sb.clockNow));
    const res = await manual(sb, key);
    expect(res.status, res.text).toBe(200);
    expect(await licenseOf(provisionalId)).toMatchObject({ state: "replaced" });
    const installedId = await licenseIdOf(sb.id, DEMO_REQUEST_KEYS.studio25);
    expect(installedId).not.toBe(provisionalId);
    expect(await licenseOf(installedId)).toMatchObject({ state: "active", source: "request_key", quantity: 25, productId: STUDIO });
    // The code's license and the key's license, each counted once.
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ purchased: 50 });
  });

  it("installs a test key of a new module as its own activation", async () => {
    const sb = await newSandbox("empty");
    const res = await manual(sb, testKey(sb));
    expect(res.status, res.text).toBe(200);
    expect(res.body.activation).toMatchObject({ requestKey: null, status: "activated", testKey: true, productName: "Northwind PDF Pro", quantity: 4 });
    expect(await seatsOf(sb.id, PDF_PRO)).toMatchObject({ purchased: 4 });
  });

  it("refuses a tampered, foreign, expired or malformed key, and a request key, each with its reason", async () => {
    const sb = await newSandbox("empty");
    const other = await newSandbox("empty");
    const good = testKey(sb);
    const d = decodeActivationKey(good)!;
    const bytes = Buffer.from(d.bytes.toString("utf8").replace('"quantity":4', '"quantity":400'));
    const tampered = `${KEY_BEGIN}\n${bytes.toString("base64url")}.${d.signature.toString("base64url")}\n${KEY_END}`;
    expectError(await manual(sb, tampered), 422, "key_signature");
    expectError(await manual(sb, testKey(other)), 422, "key_licensee");
    expectError(await manual(sb, testKey(sb, { termEnd: new Date(Date.now() - DAY).toISOString() })), 422, "key_expired");
    expectError(await manual(sb, good.slice(0, 80)), 422, "key_malformed");
    const req = await manual(sb, DEMO_REQUEST_KEYS.studio25);
    expectError(req, 422, "key_request_key");
    expect(req.body.error.details.fieldErrors.key[0]).toMatch(/request key/);
    expect(await list(sb)).toEqual([]);
  });
});

describe("who may", () => {
  const cases = (sb: TestSandbox): Case[] => [
    { endpoint: addRequestKeyEndpoint, json: { requestKey: DEMO_REQUEST_KEYS.studio25 } },
    { endpoint: checkOnlineEndpoint, json: { apply: true } },
    { endpoint: enterActivationKeyEndpoint, json: { key: testKey(sb) } },
  ];

  it("admins and viewers see the activations but may not add keys, check online or enter keys (403)", async () => {
    const sb = await newSandbox("empty");
    await add(sb, DEMO_REQUEST_KEYS.pdfPro10);
    for (const role of ["admin", "viewer"] as const) {
      const { token } = await roleToken(sb, role);
      expect(await list(sb, token)).toHaveLength(1);
      for (const c of cases(sb)) expectError(await call(c.endpoint, { workspace: sb.slug }, { token, json: c.json }), 403, "forbidden");
    }
    expect(await list(sb)).toHaveLength(1);
    expect(await auditRows(sb.id, "keys.activated")).toEqual([]);
  });

  it("no token → 401; another workspace's slug → 404 exactly as a missing one", async () => {
    const sb = await newSandbox("empty");
    const other = await newSandbox("empty");
    const all = [{ endpoint: listActivationsEndpoint }, ...cases(sb)];
    await expectUnauthenticated(all, sb);
    await expectSlugHidden(all, sb.token, other.slug);
    expect(await list(other, other.token)).toEqual([]);
  });
});

describe("the demo seed's activations", () => {
  it("holds an activated key whose final key verifies on its own, and a provisional one", { timeout: 60_000 }, async () => {
    const { seedDemo } = await import("@/db/seed/demo");
    const { withScope } = await import("@/db/scope");
    const { listActivations } = await import("@/lib/request-keys/activations");
    const { verifyActivationKey } = await import("@/lib/request-keys/signed-key");
    const { publisherPublicKey } = await import("@/lib/request-keys/config");
    await seedDemo(process.env.DATABASE_URL!);
    const [ws] = await ownerSql()<{ id: string }[]>`select id from workspaces where slug = 'mueller-maschinenbau'`;
    const rows = await withScope({ kind: "system", workspaceId: ws.id }, (tx) => listActivations(tx, ws.id));
    expect(rows.map((r) => r.status).sort()).toEqual(["activated", "provisional"]);
    const [stored] = await ownerSql()<{ finalKey: { text: string } }[]>`
      select final_key as "finalKey" from request_keys where workspace_id = ${ws.id} and state = 'activated'`;
    expect(verifyActivationKey(stored.finalKey.text, { publicKeyPem: publisherPublicKey(), licenseeId: ws.id, now: new Date() })).toMatchObject({
      ok: true,
      payload: { licensee: { id: ws.id, name: "Müller Maschinenbau" }, modules: [{ sku: "FB-ESC-PRO", quantity: 5 }] },
    });
  });
});

describe("the page's server actions", () => {
  it("run the same operations as the API: an admin who is not supervisor is refused, the supervisor is not", async () => {
    const { loadActor } = await import("@/lib/auth/accounts");
    const { openWorkspace } = await import("@/lib/access/workspace");
    const { runOperation } = await import("@/lib/operations");
    const { addRequestKey, checkOnline, enterActivationKey } = await import("@/lib/request-keys");
    const sb = await newSandbox("empty");
    const people = await ownerSql()<{ id: string; role: string }[]>`select account_id as id, role from memberships where workspace_id = ${sb.id}`;
    const ctxOf = async (role: string) => openWorkspace((await loadActor(people.find((p) => p.role === role)!.id))!, sb.slug);
    const admin = await ctxOf("admin");
    await expect(runOperation(addRequestKey, admin, { requestKey: DEMO_REQUEST_KEYS.studio25 })).rejects.toMatchObject({ status: 403 });
    await expect(runOperation(checkOnline, admin, { apply: true })).rejects.toMatchObject({ status: 403 });
    await expect(runOperation(enterActivationKey, admin, { key: testKey(sb) })).rejects.toMatchObject({ status: 403 });
    expect(await list(sb)).toEqual([]);
    const supervisor = await ctxOf("supervisor");
    const { result } = await runOperation(addRequestKey, supervisor, { requestKey: DEMO_REQUEST_KEYS.studio25 });
    expect(result).toMatchObject({ status: "provisional" });
  });
});
