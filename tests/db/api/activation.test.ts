/**
 * Activation-code replacement (seed 002) through the API: preview, apply, single redemption under
 * concurrency, devices (macOS at the old expiry), refusals across workspaces and roles.
 */
import { describe, expect, it } from "vitest";
import { seedId } from "@/lib/demo-data/ids";
import { codeFromPayload } from "@/lib/activation-codes/rules";
import { generateCode } from "@/lib/activation-service";
import { THROTTLE } from "@/lib/throttle/rules";
import {
  applyActivationCodeEndpoint,
  configureLicenseFeaturesEndpoint,
  getLicenseEndpoint,
  issueActivationCodeEndpoint,
  listDevicesEndpoint,
  previewActivationCodeEndpoint,
  switchDeviceNowEndpoint,
} from "@/lib/api/v1/activation";
import { advanceClockEndpoint } from "@/lib/api/v1/clock";
import { seatDrift } from "../recount";

/** Seats in use per product SKU, as product_seats holds them. */
async function usedBySku(workspaceId: string): Promise<Record<string, number>> {
  const rows = await ownerSql()<{ sku: string; used: number }[]>`
    select p.sku, s.used from product_seats s join products p on p.id = s.product_id where s.workspace_id = ${workspaceId} order by p.sku`;
  return Object.fromEntries(rows.map((r) => [r.sku, r.used]));
}
import { ownerSql } from "../factories";
import {
  answer,
  auditRows,
  call,
  concurrently,
  expectError,
  expectSlugHidden,
  expectUnauthenticated,
  newSandbox,
  plainWorkspace,
  roleToken,
  type Case,
  type TestSandbox,
} from "./helpers";

const PLUS_FEATURES = ["anti-malware", "device-control", "firewall", "patch-management", "web-control"];

async function devicesSandbox() {
  const ws = await newSandbox("activation-devices");
  return { ...ws, licenseId: seedId(`license:${ws.slug}:FB-ESC-PLUS`) };
}

async function issue(ws: TestSandbox, body: Record<string, unknown>): Promise<string> {
  const res = await call(issueActivationCodeEndpoint, { workspace: ws.slug }, { token: ws.token, json: body });
  expect(res.status, res.text).toBe(201);
  expect(res.body.code).toMatch(/^[2-9A-HJKMNP-Z]{5}(-[2-9A-HJKMNP-Z]{5}){3}$/);
  return res.body.code;
}

const upgradeCode = (ws: TestSandbox) => issue(ws, { sku: "FB-ESC-PRO", quantity: 150, termDays: 365 });
const downgradeCode = (ws: TestSandbox) => issue(ws, { sku: "FB-ESC", quantity: 100, termDays: 365 });
const renewalCode = (ws: TestSandbox) => issue(ws, { sku: "FB-ESC-PLUS", quantity: 100, termDays: 365 });

const preview = (ws: { slug: string }, licenseId: string, code: string, token: string) =>
  call(previewActivationCodeEndpoint, { workspace: ws.slug, licenseId }, { token, json: { code } });
const apply = (ws: { slug: string }, licenseId: string, code: string, token: string) =>
  call(applyActivationCodeEndpoint, { workspace: ws.slug, licenseId }, { token, json: { code } });

async function activationsOf(workspaceId: string) {
  return ownerSql()<{ name: string; platform: string; licenseId: string; pendingLicenseId: string | null }[]>`
    select h.name, h.platform::text as platform, a.license_id as "licenseId", a.pending_license_id as "pendingLicenseId"
      from activations a join hosts h on h.id = a.host_id
     where a.workspace_id = ${workspaceId} and a.released_at is null order by h.name`;
}

async function licensesOf(workspaceId: string) {
  return ownerSql()<{ id: string; state: string; replacedById: string | null; name: string; quantity: number; source: string }[]>`
    select id, state::text as state, replaced_by_id as "replacedById", name, quantity, source::text as source
      from licenses where workspace_id = ${workspaceId} order by created_at, id`;
}

describe("preview", () => {
  it("an upgrade: current and new side by side, features gained, nothing changed", async () => {
    const ws = await devicesSandbox();
    const code = await upgradeCode(ws);
    const res = await preview(ws, ws.licenseId, code.toLowerCase().replaceAll("-", " "), ws.token);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      code,
      verdict: "upgrade",
      gained: ["edr", "encryption"],
      lost: [],
      warn: false,
      current: { id: ws.licenseId, name: "Fabrikam Endpoint Security Cloud Plus", licensingModel: "per_device", quantity: 100, features: PLUS_FEATURES },
      next: { name: "Fabrikam Endpoint Security Cloud Pro", licensingModel: "per_device", quantity: 150, termDays: 365 },
      same: { name: false, licensingModel: true, quantity: false, expiresAt: false },
    });
    const days = (Date.parse(res.body.next.expiresAt) - Date.parse(ws.clockNow)) / 86_400_000;
    expect(Math.round(days)).toBe(365);
    expect((await licensesOf(ws.id)).map((l) => l.state)).toEqual(["active"]);
  });

  it("a downgrade names the features lost; a renewal keeps them", async () => {
    const ws = await devicesSandbox();
    const down = await preview(ws, ws.licenseId, await downgradeCode(ws), ws.token);
    expect(down.body).toMatchObject({ verdict: "downgrade", gained: [], lost: ["patch-management", "web-control"], warn: true });
    const renewal = await preview(ws, ws.licenseId, await renewalCode(ws), ws.token);
    expect(renewal.body).toMatchObject({ verdict: "renewal", gained: [], lost: [], warn: false, same: { name: true, licensingModel: true, quantity: true, expiresAt: false } });
  });

  it("refuses a malformed code at once, naming the problem", async () => {
    const ws = await devicesSandbox();
    const code = await upgradeCode(ws);
    const lookalike = await preview(ws, ws.licenseId, `O${code.slice(1)}`, ws.token);
    expectError(lookalike, 422, "invalid_code");
    expect(lookalike.body.error.details.problem).toBe("lookalike");
    const typo = code.slice(0, 3) + (code[3] === "A" ? "B" : "A") + code.slice(4);
    const check = await preview(ws, ws.licenseId, typo, ws.token);
    expectError(check, 422, "invalid_code");
    expect(check.body.error.details.problem).toBe("check");
    expect(check.body.error.details.fieldErrors.code).toHaveLength(1);
    expectError(await preview(ws, ws.licenseId, code.slice(0, 10), ws.token), 422, "invalid_code");
  });

  it("a well-formed unknown code and another workspace's code are refused alike (404); the admin may try again", async () => {
    const [ws, other] = await Promise.all([devicesSandbox(), devicesSandbox()]);
    const unknown = await preview(ws, ws.licenseId, generateCode(), ws.token);
    expectError(unknown, 404, "activation_code_unknown");
    const foreign = await preview(ws, ws.licenseId, await upgradeCode(other), ws.token);
    expect(answer(foreign)).toEqual(answer(unknown));
    // …and the right code still works.
    expect((await preview(ws, ws.licenseId, await upgradeCode(ws), ws.token)).status).toBe(200);
  });

  it("another workspace's license is 404, exactly like a missing one", async () => {
    const [ws, other] = await Promise.all([devicesSandbox(), devicesSandbox()]);
    const code = await upgradeCode(ws);
    const foreign = await preview(ws, other.licenseId, code, ws.token);
    const missing = await preview(ws, seedId("license:nope:FB-ESC-PLUS"), code, ws.token);
    expectError(foreign, 404, "not_found");
    expect(answer(foreign)).toEqual(answer(missing));
    expectError(await apply(ws, other.licenseId, code, ws.token), 404, "not_found");
    expect((await licensesOf(other.id)).map((l) => l.state)).toEqual(["active"]);
  });

  it("refuses a product of another family", async () => {
    const ws = await devicesSandbox();
    const code = await issue(ws, { sku: "NW-PDF-PRO", quantity: 10 });
    expectError(await preview(ws, ws.licenseId, code, ws.token), 422, "activation_code_other_product");
  });

  it("throttles repeated wrong codes per account with 429 and Retry-After; a colleague in the same workspace is not locked out", async () => {
    const ws = await devicesSandbox();
    const good = await upgradeCode(ws);
    for (let i = 0; i < 10; i++) expectError(await preview(ws, ws.licenseId, generateCode(), ws.token), 404, "activation_code_unknown");
    const locked = await preview(ws, ws.licenseId, good, ws.token);
    expectError(locked, 429, "rate_limited");
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(60);
    // Another account of the same workspace (issue 21: the lock was per workspace).
    const colleague = await roleToken(ws, "admin");
    expect((await preview(ws, ws.licenseId, good, colleague.token)).status).toBe(200);
    // Another workspace is not affected.
    const other = await devicesSandbox();
    expect((await preview(other, other.licenseId, await upgradeCode(other), other.token)).status).toBe(200);
  });

  it("counts parallel wrong codes before checking them: of 30 at once, no more than the limit are checked", async () => {
    const ws = await devicesSandbox();
    const answers = await Promise.all(Array.from({ length: 30 }, () => preview(ws, ws.licenseId, generateCode(), ws.token)));
    const checked = answers.filter((r) => r.status === 404).length;
    const refused = answers.filter((r) => r.status === 429).length;
    expect({ checked, refused }).toEqual({ checked: THROTTLE.codePerAccount, refused: 30 - THROTTLE.codePerAccount });
  });

  it("gives back what is not a wrong code: previews of a good code never lock", async () => {
    const ws = await devicesSandbox();
    const good = await upgradeCode(ws);
    for (let i = 0; i < THROTTLE.codePerAccount + 2; i++) expect((await preview(ws, ws.licenseId, good, ws.token)).status).toBe(200);
  });
});

describe("apply", () => {
  it("replaces the license in one go: new id, old marked replaced, devices moved, audited and mailed", async () => {
    const ws = await devicesSandbox();
    const code = await upgradeCode(ws);
    const res = await apply(ws, ws.licenseId, code, ws.token);
    expect(res.status, res.text).toBe(200);
    const newId = res.body.license.id;
    expect(newId).not.toBe(ws.licenseId);
    expect(res.body).toMatchObject({
      previousLicenseId: ws.licenseId,
      verdict: "upgrade",
      gained: ["edr", "encryption"],
      alreadyApplied: false,
      license: { name: "Fabrikam Endpoint Security Cloud Pro", quantity: 150 },
      devices: { switched: 4, registered: 2 },
    });
    expect(await licensesOf(ws.id)).toEqual([
      expect.objectContaining({ id: ws.licenseId, state: "replaced", replacedById: newId }),
      expect.objectContaining({ id: newId, state: "active", replacedById: null, source: "activation_code", quantity: 150 }),
    ]);
    const acts = await activationsOf(ws.id);
    for (const a of acts) {
      if (a.platform === "macos") expect(a, a.name).toMatchObject({ licenseId: ws.licenseId, pendingLicenseId: newId });
      else expect(a, a.name).toMatchObject({ licenseId: newId, pendingLicenseId: null });
    }
    // Seats follow: the new product has the new limit and the 4 devices that switched; the old
    // one keeps no paid seats, only the 2 macOS devices still running it until they switch.
    const seats = await ownerSql()<{ sku: string; used: number; purchased: number }[]>`
      select p.sku, s.used, s.purchased from product_seats s join products p on p.id = s.product_id where s.workspace_id = ${ws.id} order by p.sku`;
    expect(seats).toEqual([
      { sku: "FB-ESC-PLUS", used: 2, purchased: 0 },
      { sku: "FB-ESC-PRO", used: 4, purchased: 150 },
    ]);
    expect(await seatDrift(ws.id)).toEqual([]);
    const [audit] = await auditRows(ws.id, "license.replaced");
    expect(audit).toMatchObject({ subjectId: newId, data: { previousLicenseId: ws.licenseId, verdict: "upgrade" } });
    const mails = await ownerSql()<{ recipients: string[]; subject: string; text: string }[]>`
      select recipients, subject, text from mail_messages where workspace_id = ${ws.id} and kind = 'license.replaced'`;
    expect(mails).toHaveLength(1);
    expect(mails[0].recipients).toEqual(expect.arrayContaining([`supervisor@${ws.slug}.sandbox.test`, `admin@${ws.slug}.sandbox.test`]));
    expect(mails[0].text).toContain("edr");
    // The details endpoint shows the new license with its devices.
    const details = await call(getLicenseEndpoint, { workspace: ws.slug, licenseId: newId }, { token: ws.token });
    expect(details.body).toMatchObject({ id: newId, replacesId: ws.licenseId, state: "active" });
    expect(details.body.devices).toHaveLength(6);
  });

  it("applying twice gives the first answer; the code cannot replace anything else", async () => {
    const ws = await devicesSandbox();
    const code = await renewalCode(ws);
    const first = await apply(ws, ws.licenseId, code, ws.token);
    expect(first.status, first.text).toBe(200);
    const again = await apply(ws, ws.licenseId, code, ws.token);
    expect(again.status, again.text).toBe(200);
    expect(again.body).toMatchObject({ alreadyApplied: true, previousLicenseId: ws.licenseId, license: { id: first.body.license.id }, verdict: "renewal" });
    // On the new license the code is simply used; so is a preview.
    expectError(await apply(ws, first.body.license.id, code, ws.token), 409, "activation_code_used");
    expectError(await preview(ws, first.body.license.id, code, ws.token), 409, "activation_code_used");
    // The replaced license takes no other code.
    expectError(await apply(ws, ws.licenseId, await upgradeCode(ws), ws.token), 409, "license_replaced");
    expect(await licensesOf(ws.id)).toHaveLength(2);
    expect(await auditRows(ws.id, "license.replaced")).toHaveLength(1);
  });

  it("many parallel applies of one code make exactly one replacement", async () => {
    const ws = await devicesSandbox();
    const code = await upgradeCode(ws);
    const admin = await roleToken(ws, "admin");
    const answers = await concurrently(8, () => apply(ws, ws.licenseId, code, Math.random() < 0.5 ? ws.token : admin.token));
    for (const r of answers) expect(r.status, r.text).toBe(200);
    expect(answers.filter((r) => !r.body.alreadyApplied)).toHaveLength(1);
    expect(new Set(answers.map((r) => r.body.license.id)).size).toBe(1);
    const rows = await licensesOf(ws.id);
    expect(rows.map((l) => l.state).sort()).toEqual(["active", "replaced"]);
    expect(await auditRows(ws.id, "license.replaced")).toHaveLength(1);
  });

  it("parallel applies of different codes to one license: one wins, the rest are refused, their codes stay unused", async () => {
    const ws = await devicesSandbox();
    const codes = await Promise.all([upgradeCode(ws), downgradeCode(ws), renewalCode(ws), upgradeCode(ws)]);
    const answers = await Promise.all(codes.map((c) => apply(ws, ws.licenseId, c, ws.token)));
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of answers.filter((r) => r.status !== 200)) expectError(r, 409, "license_replaced");
    const [{ used }] = await ownerSql()<{ used: number }[]>`
      select count(*)::int as used from activation_codes where issued_for_workspace_id = ${ws.id} and redeemed_at is not null`;
    expect(used).toBe(1);
    expect(await licensesOf(ws.id)).toHaveLength(2);
  });

  it("macOS devices switch when the sandbox clock passes the old expiry, or at once by hand", async () => {
    const ws = await devicesSandbox();
    const applied = await apply(ws, ws.licenseId, await upgradeCode(ws), ws.token);
    const newId = applied.body.license.id;
    const macs = await ownerSql()<{ id: string; name: string }[]>`
      select id, name from hosts where workspace_id = ${ws.id} and platform = 'macos' order by name`;
    expect(macs).toHaveLength(2);
    // One by hand…
    const byHand = await call(switchDeviceNowEndpoint, { workspace: ws.slug, hostId: macs[0].id }, { token: ws.token });
    expect(byHand.status, byHand.text).toBe(200);
    expect(byHand.body.switched).toEqual([expect.objectContaining({ from: ws.licenseId, to: newId })]);
    // The switched Mac is a seat of the new product now; the other still runs (and counts on) the old one.
    expect(await usedBySku(ws.id)).toEqual({ "FB-ESC-PLUS": 1, "FB-ESC-PRO": 5 });
    expect(await seatDrift(ws.id)).toEqual([]);
    expectError(await call(switchDeviceNowEndpoint, { workspace: ws.slug, hostId: macs[0].id }, { token: ws.token }), 409, "conflict");
    let devices = await call(listDevicesEndpoint, { workspace: ws.slug }, { token: ws.token });
    const pending = devices.body.data.find((d: { name: string }) => d.name === macs[1].name);
    expect(pending).toMatchObject({ licenseId: ws.licenseId, pendingLicenseId: newId, pendingLicenseName: "Fabrikam Endpoint Security Cloud Pro" });
    // …the other when the old license expires (60 days after the sandbox was made).
    const before = await call(advanceClockEndpoint, { workspace: ws.slug }, { token: ws.token, json: { days: 59 } });
    expect(before.status).toBe(200);
    expect((await activationsOf(ws.id)).find((a) => a.name === macs[1].name)).toMatchObject({ licenseId: ws.licenseId });
    await call(advanceClockEndpoint, { workspace: ws.slug }, { token: ws.token, json: { days: 2 } });
    for (const a of await activationsOf(ws.id)) expect(a, a.name).toMatchObject({ licenseId: newId, pendingLicenseId: null });
    // Every device runs the new license: nothing is left of the old product.
    expect(await usedBySku(ws.id)).toEqual({ "FB-ESC-PRO": 6 });
    expect(await seatDrift(ws.id)).toEqual([]);
    devices = await call(listDevicesEndpoint, { workspace: ws.slug }, { token: ws.token });
    expect(devices.body.total).toBe(6);
    const jobs = await auditRows(ws.id, "job.devices.mac_switch");
    expect(jobs).toHaveLength(1);
    expect(jobs[0].data).toMatchObject({ switched: 1, licenseId: ws.licenseId });
  });

  it("per-user seats move with the license to the new product, figures and all", async () => {
    const ws = await newSandbox("outside-window");
    const studio = seedId(`license:${ws.slug}:NW-STUDIO-ALL`);
    const code = await issue(ws, { sku: "NW-STUDIO-PHOTO", quantity: 30 });
    const res = await apply(ws, studio, code, ws.token);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ verdict: "downgrade", lost: ["layout", "vector-graphics", "video"] });
    const seats = await ownerSql()<{ sku: string; used: number; purchased: number }[]>`
      select p.sku, s.used, s.purchased from product_seats s join products p on p.id = s.product_id
       where s.workspace_id = ${ws.id} order by p.sku`;
    expect(seats).toEqual([
      { sku: "NW-PDF-PRO", used: 5, purchased: 10 },
      { sku: "NW-STUDIO-PHOTO", used: 20, purchased: 30 },
    ]);
    // The figures agree with a plain count (the oracle).
    const [{ n }] = await ownerSql()<{ n: number }[]>`
      select count(*)::int as n from assignments a join products p on p.id = a.product_id
       where a.workspace_id = ${ws.id} and p.sku = 'NW-STUDIO-PHOTO' and a.state = 'active'`;
    expect(n).toBe(20);
  });

  it("a license replaced twice before the old expiry: macOS registers the latest", async () => {
    const ws = await devicesSandbox();
    const first = await apply(ws, ws.licenseId, await renewalCode(ws), ws.token);
    const second = await apply(ws, first.body.license.id, await upgradeCode(ws), ws.token);
    expect(second.status, second.text).toBe(200);
    const newest = second.body.license.id;
    for (const a of await activationsOf(ws.id)) {
      if (a.platform === "macos") expect(a).toMatchObject({ licenseId: ws.licenseId, pendingLicenseId: newest });
      else expect(a).toMatchObject({ licenseId: newest, pendingLicenseId: null });
    }
  });
});

describe("try additional features", () => {
  it("stores the admin's choice for features of the license; others are refused", async () => {
    const ws = await devicesSandbox();
    const applied = await apply(ws, ws.licenseId, await upgradeCode(ws), ws.token);
    const newId = applied.body.license.id;
    const res = await call(configureLicenseFeaturesEndpoint, { workspace: ws.slug, licenseId: newId }, { token: ws.token, json: { settings: { edr: true, encryption: false } } });
    expect(res.status, res.text).toBe(200);
    expect(res.body.featureSettings).toEqual({ edr: true, encryption: false });
    const bad = await call(configureLicenseFeaturesEndpoint, { workspace: ws.slug, licenseId: newId }, { token: ws.token, json: { settings: { mixing: true } } });
    expectError(bad, 422, "validation_failed");
    expectError(
      await call(configureLicenseFeaturesEndpoint, { workspace: ws.slug, licenseId: ws.licenseId }, { token: ws.token, json: { settings: { edr: true } } }),
      409,
      "conflict",
    );
  });
});

describe("access", () => {
  it("viewers may read but not preview, apply, configure or switch (403); admins may", async () => {
    const ws = await devicesSandbox();
    const code = await upgradeCode(ws);
    const viewer = await roleToken(ws, "viewer");
    const admin = await roleToken(ws, "admin");
    expectError(await preview(ws, ws.licenseId, code, viewer.token), 403, "forbidden");
    expectError(await apply(ws, ws.licenseId, code, viewer.token), 403, "forbidden");
    const host = (await call(listDevicesEndpoint, { workspace: ws.slug }, { token: viewer.token })).body.data[0];
    expect(host).toBeTruthy();
    expectError(await call(switchDeviceNowEndpoint, { workspace: ws.slug, hostId: host.id }, { token: viewer.token }), 403, "forbidden");
    expectError(
      await call(configureLicenseFeaturesEndpoint, { workspace: ws.slug, licenseId: ws.licenseId }, { token: viewer.token, json: { settings: {} } }),
      403,
      "forbidden",
    );
    expect((await call(getLicenseEndpoint, { workspace: ws.slug, licenseId: ws.licenseId }, { token: viewer.token })).status).toBe(200);
    // Issuing codes is the supervisor's (sandbox) business.
    expectError(await call(issueActivationCodeEndpoint, { workspace: ws.slug }, { token: admin.token, json: { sku: "FB-ESC", quantity: 1 } }), 403, "forbidden");
    expect((await preview(ws, ws.licenseId, code, admin.token)).status).toBe(200);
    expect((await apply(ws, ws.licenseId, code, admin.token)).status).toBe(200);
  });

  it("no codes are issued for a real workspace", async () => {
    const real = await plainWorkspace();
    expectError(await call(issueActivationCodeEndpoint, { workspace: real.slug }, { token: real.token, json: { sku: "FB-ESC", quantity: 1 } }), 404, "not_found");
  });

  it("every endpoint: 401 without a valid token, another workspace's slug hidden", async () => {
    const [ws, other] = await Promise.all([devicesSandbox(), devicesSandbox()]);
    const code = codeFromPayload("ABCDEFGHJKMNPQRSTU");
    const cases: Case[] = [
      { endpoint: getLicenseEndpoint, params: { licenseId: ws.licenseId } },
      { endpoint: previewActivationCodeEndpoint, params: { licenseId: ws.licenseId }, json: { code } },
      { endpoint: applyActivationCodeEndpoint, params: { licenseId: ws.licenseId }, json: { code } },
      { endpoint: configureLicenseFeaturesEndpoint, params: { licenseId: ws.licenseId }, json: { settings: {} } },
      { endpoint: issueActivationCodeEndpoint, json: { sku: "FB-ESC", quantity: 1 } },
      { endpoint: listDevicesEndpoint },
      { endpoint: switchDeviceNowEndpoint, params: { hostId: seedId(`host:${ws.slug}:1`) } },
    ];
    await expectUnauthenticated(cases, ws);
    await expectSlugHidden(cases, other.token, ws.slug);
  });
});

describe("throttle per client address", () => {
  it("locks an address after repeated wrong codes, whatever the account, and says when to retry", async () => {
    const { consumeAttempt, codeCounters } = await import("@/lib/throttle");
    const address = `198.51.100.${Math.floor(Math.random() * 250)}-${Math.random().toString(36).slice(2)}`;
    for (let i = 0; i < THROTTLE.codePerAddress; i++) expect(await consumeAttempt(codeCounters(crypto.randomUUID(), address))).toEqual({ allowed: true });
    const refused = await consumeAttempt(codeCounters(crypto.randomUUID(), address));
    expect(refused).toMatchObject({ allowed: false });
    expect(refused.allowed || Math.round(refused.retryAfterMs / 1000)).toBe(THROTTLE.lockMs / 1000);
    // Another address is not affected.
    expect(await consumeAttempt(codeCounters(crypto.randomUUID(), `${address}-other`))).toEqual({ allowed: true });
  });
});
