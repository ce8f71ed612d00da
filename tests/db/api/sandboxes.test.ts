/** POST /sandboxes, DELETE /sandboxes/{workspace} and the expiry clean-up. */
import { describe, expect, it } from "vitest";
import { localDate } from "@/lib/clock/rules";
import { seedId } from "@/lib/demo-data/ids";
import { SANDBOX_TEMPLATES } from "@/lib/sandboxes/templates";
import { purgeExpiredSandboxes } from "@/lib/sandboxes";
import { getClockEndpoint } from "@/lib/api/v1/clock";
import { listProductsEndpoint } from "@/lib/api/v1/products";
import { listUsersEndpoint } from "@/lib/api/v1/users";
import { createResellerSandboxEndpoint } from "@/lib/api/v1/reseller-sandboxes";
import { createSandboxEndpoint, deleteSandboxEndpoint, getWorkspaceEndpoint, listWorkspacesEndpoint } from "@/lib/api/v1/workspaces";
import { ownerSql } from "../factories";
import {
  answer,
  call,
  countRows,
  expectError,
  expectFieldError,
  newSandbox,
  plainWorkspace,
  roleToken,
  seatsOf,
  PDF_PRO,
  STUDIO,
  BOGUS_TOKEN,
  type Json,
} from "./helpers";

const DAY = 86_400_000;
/** The date a moment falls on in the sandbox's zone: contract dates are the workspace's calendar days. */
const isoDate = (ms: number, timeZone = "Europe/Warsaw") => localDate(new Date(ms), timeZone);

async function contractsOf(workspaceId: string) {
  return ownerSql()<{ anniversary: string }[]>`select anniversary_date::text as anniversary from contracts where workspace_id = ${workspaceId}`;
}

async function workspaceExists(id: string) {
  return (await ownerSql()`select 1 from workspaces where id = ${id}`).length === 1;
}

describe("POST /sandboxes", () => {
  it("needs the installation's bootstrap secret: none or a wrong one is 401 and makes nothing", async () => {
    const name = `No secret ${Date.now()}`;
    expectError(await call(createSandboxEndpoint, {}, { json: { name }, headers: { "sandbox-secret": "" } }), 401, "sandbox_secret_required");
    expectError(await call(createSandboxEndpoint, {}, { json: { name }, headers: { "sandbox-secret": `${process.env.LC_SANDBOX_SECRET}x` } }), 401, "sandbox_secret_required");
    expectError(await call(createResellerSandboxEndpoint, {}, { json: {}, headers: { "sandbox-secret": "guess" } }), 401, "sandbox_secret_required");
    expect(await ownerSql()`select 1 from workspaces where name = ${name}`).toHaveLength(0);
  });

  it("does not exist in production, even with the right secret", async () => {
    const saved = { APP_ENV: process.env.APP_ENV };
    process.env.APP_ENV = "production";
    try {
      expectError(await call(createSandboxEndpoint, {}, { json: {} }), 404, "not_found");
    } finally {
      if (saved.APP_ENV === undefined) delete process.env.APP_ENV;
      else process.env.APP_ENV = saved.APP_ENV;
    }
  });

  it("with the bootstrap secret and no token answers the sandbox, its supervisor token, sign-in, clock and expiry", async () => {
    const before = Date.now();
    const res = await call(createSandboxEndpoint, {}, { json: { template: "empty", country: "DE", name: "My suite" } });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      workspace: { id: expect.any(String), slug: expect.stringMatching(/^sandbox-[0-9a-f]{12}$/), name: "My suite", country: "DE", currency: "EUR", timeZone: "Europe/Berlin" },
      template: "empty",
      description: SANDBOX_TEMPLATES.empty.description,
      token: { id: expect.any(String), role: "supervisor", token: expect.stringMatching(/^lc_/), expiresAt: res.body.expiresAt },
      signIn: { email: expect.stringContaining(res.body.workspace.slug), password: expect.any(String) },
      clock: { now: expect.any(String) },
    });
    const now = new Date(res.body.clock.now).getTime();
    expect(now).toBeGreaterThanOrEqual(before - 1000);
    expect(now).toBeLessThanOrEqual(Date.now());
    const expires = new Date(res.body.expiresAt).getTime();
    expect(expires - now).toBeGreaterThanOrEqual(DAY - 5000);
    expect(expires - now).toBeLessThanOrEqual(DAY + 5000);

    const ws = await call(getWorkspaceEndpoint, { workspace: res.body.workspace.slug }, { token: res.body.token.token });
    expect(ws.body).toMatchObject({ id: res.body.workspace.id, isSandbox: true, role: "supervisor" });
    const clock = await call(getClockEndpoint, { workspace: res.body.workspace.slug }, { token: res.body.token.token });
    expect(clock.body).toEqual({ now: res.body.clock.now, testClock: true });
  });

  it("an empty body makes an empty Polish sandbox", async () => {
    const res = await call(createSandboxEndpoint, {}, { method: "POST" });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ template: "empty", workspace: { country: "PL", currency: "PLN", timeZone: "Europe/Warsaw" } });
    expect(res.body.workspace.name).toMatch(/^Sandbox /);
  });

  it("empty: no contract, no licenses, no users", async () => {
    const sb = await newSandbox("empty");
    expect(sb.body.description).toBe(SANDBOX_TEMPLATES.empty.description);
    expect(await countRows("directory_users", sb.id)).toBe(0);
    expect(await contractsOf(sb.id)).toEqual([]);
    expect((await call(listProductsEndpoint, { workspace: sb.slug }, { token: sb.token })).body.data).toEqual([]);
    expect(await countRows("orders", sb.id)).toBe(0);
  });

  it("renewal-window-50-45: anniversary in 10 days, NW-STUDIO-ALL 50 used / 50 purchased / 45 renewed", async () => {
    const sb = await newSandbox("renewal-window-50-45");
    expect(sb.body.description).toBe(SANDBOX_TEMPLATES["renewal-window-50-45"].description);
    const now = new Date(sb.clockNow).getTime();
    expect(await contractsOf(sb.id)).toEqual([{ anniversary: isoDate(now + 10 * DAY) }]);
    expect(await countRows("directory_users", sb.id)).toBe(60);
    expect(await seatsOf(sb.id, STUDIO)).toEqual({ used: 50, purchased: 50, renewed: 45, unpaid: 0, noAccess: 0 });
    const products = await call(listProductsEndpoint, { workspace: sb.slug }, { token: sb.token });
    expect(products.body.data).toEqual([expect.objectContaining({ id: STUDIO, sku: "NW-STUDIO-ALL", seats: { used: 50, purchased: 45, purchasedThisTerm: 50, renewed: 45, needsRenewal: 5, paymentRequired: 0, noAccess: 0 } })]);
    // The 45 renewed seats are a paid renewal order.
    const [renewal] = await ownerSql()`select kind, quantity, status from orders where workspace_id = ${sb.id}`;
    expect(renewal).toEqual({ kind: "renewal", quantity: 45, status: "paid" });
  });

  it("full-renewal-60-70: inside the window, 60 used / 60 purchased / 70 renewed", async () => {
    const sb = await newSandbox("full-renewal-60-70");
    expect(sb.body.description).toBe(SANDBOX_TEMPLATES["full-renewal-60-70"].description);
    const now = new Date(sb.clockNow).getTime();
    expect(await contractsOf(sb.id)).toEqual([{ anniversary: isoDate(now + 10 * DAY) }]);
    expect(await countRows("directory_users", sb.id)).toBe(80);
    expect(await seatsOf(sb.id, STUDIO)).toEqual({ used: 60, purchased: 60, renewed: 70, unpaid: 0, noAccess: 0 });
  });

  it("outside-window: anniversary in 120 days, 20 of 25 Studio seats used, 5 unpaid seats of PDF Pro", async () => {
    const sb = await newSandbox("outside-window", "DE");
    expect(sb.body.description).toBe(SANDBOX_TEMPLATES["outside-window"].description);
    const now = new Date(sb.clockNow).getTime();
    expect(await contractsOf(sb.id)).toEqual([{ anniversary: isoDate(now + 120 * DAY, "Europe/Berlin") }]);
    expect(await countRows("directory_users", sb.id)).toBe(40);
    expect(await seatsOf(sb.id, STUDIO)).toEqual({ used: 20, purchased: 25, renewed: 0, unpaid: 0, noAccess: 0 });
    expect(await seatsOf(sb.id, PDF_PRO)).toEqual({ used: 5, purchased: 10, renewed: 0, unpaid: 5, noAccess: 0 });
    const [unpaid] = await ownerSql()`select id, kind, quantity, status, currency from orders where workspace_id = ${sb.id}`;
    expect(unpaid).toEqual({ id: seedId(`order:${sb.slug}:NW-PDF-PRO:add`), kind: "add_licenses", quantity: 5, status: "unpaid", currency: "EUR" });
    const users = await call(listUsersEndpoint, { workspace: sb.slug }, { token: sb.token, query: { limit: 200 } });
    expect(users.body.data).toHaveLength(40);
  });

  it("422 for an unknown template or country, or a bad name", async () => {
    expectFieldError(await call(createSandboxEndpoint, {}, { json: { template: "nope" } }), "template");
    expectFieldError(await call(createSandboxEndpoint, {}, { json: { country: "XX" } }), "country");
    expectFieldError(await call(createSandboxEndpoint, {}, { json: { name: "   " } }), "name");
    expectFieldError(await call(createSandboxEndpoint, {}, { json: { name: "x".repeat(101) } }), "name");
    expectError(await call(createSandboxEndpoint, {}, { json: ["empty"] }), 422, "validation_failed");
    const nul = await call(createSandboxEndpoint, {}, { json: { name: "a\u0000b" } });
    expect(nul.status, nul.text).toBeGreaterThanOrEqual(400);
    expect(nul.status, nul.text).toBeLessThan(500);
  });

  it("400 for malformed JSON or a non-JSON content type, 413 for a body over 1 MiB", async () => {
    expectError(await call(createSandboxEndpoint, {}, { raw: '{"template": ', headers: { "content-type": "application/json" } }), 400, "malformed_json");
    expect((await call(createSandboxEndpoint, {}, { raw: "template=empty", headers: { "content-type": "application/x-www-form-urlencoded" } })).status).toBe(400);
    const big = JSON.stringify({ template: "empty", name: "n", padding: "x".repeat(1024 * 1024) });
    expectError(await call(createSandboxEndpoint, {}, { raw: big, headers: { "content-type": "application/json" } }), 413, "payload_too_large");
  });
});

describe("sandbox isolation", () => {
  it("a sandbox is invisible to other workspaces' tokens, and theirs to it", async () => {
    const sb = await newSandbox("outside-window");
    const other = await newSandbox("empty");
    const real = await plainWorkspace();
    for (const token of [other.token, real.token]) {
      const list = await call(listWorkspacesEndpoint, {}, { token });
      expect(list.body.data.map((w: Json) => w.id)).not.toContain(sb.id);
      const seen = await call(getWorkspaceEndpoint, { workspace: sb.slug }, { token });
      const missing = await call(getWorkspaceEndpoint, { workspace: "sandbox-000000000000" }, { token });
      expect(answer(seen)).toEqual(answer(missing));
      expectError(seen, 404, "not_found");
      expectError(await call(listUsersEndpoint, { workspace: sb.slug }, { token }), 404, "not_found");
    }
    const mine = await call(listWorkspacesEndpoint, {}, { token: sb.token });
    expect(mine.body.data.map((w: Json) => w.id)).toEqual([sb.id]);
  });
});

describe("DELETE /sandboxes/{workspace}", () => {
  it("the supervisor token deletes the sandbox and everything in it; its token is refused afterwards", async () => {
    const sb = await newSandbox("outside-window");
    const viewer = await roleToken(sb, "viewer");
    const res = await call(deleteSandboxEndpoint, { workspace: sb.slug }, { token: sb.token });
    expect(res.status, res.text).toBe(204);
    expect(res.text).toBe("");
    expect(await workspaceExists(sb.id)).toBe(false);
    for (const table of ["directory_users", "orders", "assignments", "api_tokens", "idempotency_keys"] as const) {
      expect(await countRows(table, sb.id), table).toBe(0);
    }
    expect(await ownerSql()`select 1 from accounts where scoped_workspace_id = ${sb.id}`).toEqual([]);

    expectError(await call(listWorkspacesEndpoint, {}, { token: sb.token }), 401, "invalid_token");
    expectError(await call(getWorkspaceEndpoint, { workspace: sb.slug }, { token: viewer.token }), 401, "invalid_token");
    expectError(await call(deleteSandboxEndpoint, { workspace: sb.slug }, { token: sb.token }), 401, "invalid_token");
    // Anyone else: as unknown as Json missing workspace.
    const other = await newSandbox("empty");
    const gone = await call(getWorkspaceEndpoint, { workspace: sb.slug }, { token: other.token });
    const never = await call(getWorkspaceEndpoint, { workspace: "sandbox-ffffffffffff" }, { token: other.token });
    expect(answer(gone)).toEqual(answer(never));
  });

  it("a viewer or an admin may not delete it (403); it stays", async () => {
    const sb = await newSandbox("empty");
    for (const role of ["viewer", "admin"] as const) {
      const t = await roleToken(sb, role);
      expectError(await call(deleteSandboxEndpoint, { workspace: sb.slug }, { token: t.token }), 403, "forbidden");
    }
    expect(await workspaceExists(sb.id)).toBe(true);
    expect((await call(listWorkspacesEndpoint, {}, { token: sb.token })).status).toBe(200);
  });

  it("404 for a workspace that is not a sandbox, even for its supervisor; it stays", async () => {
    const ws = await plainWorkspace();
    expectError(await call(deleteSandboxEndpoint, { workspace: ws.slug }, { token: ws.token }), 404, "not_found");
    expect(await workspaceExists(ws.id)).toBe(true);
  });

  it("another workspace's sandbox answers exactly like a missing one and stays; a malformed slug is 404", async () => {
    const a = await newSandbox("empty");
    const b = await newSandbox("empty");
    const foreign = await call(deleteSandboxEndpoint, { workspace: b.slug }, { token: a.token });
    const missing = await call(deleteSandboxEndpoint, { workspace: "sandbox-0123456789ab" }, { token: a.token });
    expect(answer(foreign)).toEqual(answer(missing));
    expectError(foreign, 404, "not_found");
    expectError(await call(deleteSandboxEndpoint, { workspace: "Sandbox!" }, { token: a.token }), 404, "not_found");
    expect(await workspaceExists(b.id)).toBe(true);
  });

  it("401 without a token or with a bogus one; the sandbox stays", async () => {
    const sb = await newSandbox("empty");
    expectError(await call(deleteSandboxEndpoint, { workspace: sb.slug }), 401, "unauthenticated");
    expectError(await call(deleteSandboxEndpoint, { workspace: sb.slug }, { token: BOGUS_TOKEN }), 401, "invalid_token");
    expect(await workspaceExists(sb.id)).toBe(true);
  });
});

describe("purgeExpiredSandboxes", () => {
  it("removes a sandbox past its expiry and leaves live sandboxes and real workspaces", async () => {
    const expired = await newSandbox("outside-window");
    const live = await newSandbox("empty");
    const real = await plainWorkspace();
    await ownerSql()`update workspaces set expires_at = now() - interval '1 minute' where id = ${expired.id}`;
    // Another file's sandbox creation may purge it first: either way it must be gone.
    const purged = await purgeExpiredSandboxes();
    expect(purged).toBeGreaterThanOrEqual(0);
    expect(await workspaceExists(expired.id)).toBe(false);
    expect(await countRows("directory_users", expired.id)).toBe(0);
    expect(await workspaceExists(live.id)).toBe(true);
    expect(await workspaceExists(real.id)).toBe(true);
    expectError(await call(listWorkspacesEndpoint, {}, { token: expired.token }), 401, "invalid_token");
    expect((await call(listWorkspacesEndpoint, {}, { token: live.token })).status).toBe(200);
  });

  it("creating a sandbox purges expired ones on the way", async () => {
    const expired = await newSandbox("empty");
    await ownerSql()`update workspaces set expires_at = now() - interval '1 minute' where id = ${expired.id}`;
    await newSandbox("empty");
    expect(await workspaceExists(expired.id)).toBe(false);
  });
});
