/**
 * Calls /api/v1 route handlers in-process: a real `Request` goes through `route(endpoint)`
 * exactly as Next.js would hand it over (no HTTP server), and the answer is read back.
 *
 * Every helper makes its own sandbox or workspace, so test files run in parallel and in any order.
 */
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { withScope } from "@/db/scope";
import { seedId } from "@/lib/demo-data/ids";
import type { WorkspaceRole } from "@/db/schema/enums";
import { issueToken } from "@/lib/api-tokens";
import { route, type Endpoint } from "@/lib/api/endpoint";
import { ENDPOINTS } from "@/lib/api/v1";
import { createTokenEndpoint } from "@/lib/api/v1/tokens";
import { createSandboxEndpoint } from "@/lib/api/v1/workspaces";
import { SANDBOX_SECRET_HEADER } from "@/lib/sandboxes/bootstrap";
import { createWorkspace, ownerSql, type TestCountry } from "../factories";

/**
 * A JSON body as the tests read it: the assertions check its shape, so a type would only repeat
 * them (and `unknown` would need a cast on every line).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: JSON checked by assertions
export type Json = any;

export type ApiResponse = {
  status: number;
  headers: Headers;
  /** The parsed JSON body (null for an empty one). */
  body: Json;
  text: string;
};

export type CallOptions = {
  token?: string;
  /** A JSON value, serialised with content-type application/json. */
  json?: unknown;
  /** A body sent as is (then set content-type yourself through `headers`). */
  raw?: BodyInit;
  headers?: Record<string, string>;
  query?: Record<string, string | number>;
  idempotencyKey?: string;
  method?: string;
};

/** The URL the endpoint would be called at (only for realism: the handler reads the query). */
function urlFor(endpoint: Endpoint, params: Record<string, string>, query?: Record<string, string | number>): string {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? `missing-${name}`));
  const url = new URL(`http://console.test/api/v1${path}`);
  for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, String(v));
  return url.toString();
}

const routes = ENDPOINTS.map((endpoint) => ({
  endpoint,
  pattern: new RegExp(`^/api/v1${endpoint.path.replace(/\{(\w+)\}/g, "(?<$1>[^/]+)")}$`),
}));

/**
 * `fetch` as the typed client (clients/typescript) sees it, answered by the route handlers in
 * process: the request's method and path pick the endpoint, its path parameters are decoded
 * from the URL as Next.js would, and an unknown path is a bare 404.
 */
export const inProcessFetch: typeof fetch = async (input, init) => {
  const request = input instanceof Request ? input : new Request(input, init);
  const pathname = new URL(request.url).pathname;
  for (const { endpoint, pattern } of routes) {
    const m = endpoint.method === request.method ? pattern.exec(pathname) : null;
    if (!m) continue;
    const params = Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
    return route(endpoint)(request, { params: Promise.resolve(params) });
  }
  return new Response(null, { status: 404 });
};

export async function call(endpoint: Endpoint, params: Record<string, string> = {}, opts: CallOptions = {}): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  if (opts.json !== undefined) headers["content-type"] = "application/json";
  if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`;
  if (opts.idempotencyKey !== undefined) headers["idempotency-key"] = opts.idempotencyKey;
  // A suite holds the installation's sandbox bootstrap secret; a test may send another through `headers`.
  if (endpoint.auth === "sandbox-secret") headers[SANDBOX_SECRET_HEADER] = process.env.LC_SANDBOX_SECRET!;
  Object.assign(headers, opts.headers ?? {});
  const body = opts.raw ?? (opts.json !== undefined ? JSON.stringify(opts.json) : undefined);
  const request = new Request(urlFor(endpoint, params, opts.query), {
    method: opts.method ?? endpoint.method,
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  const res = await route(endpoint)(request, { params: Promise.resolve(params) });
  const text = await res.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** Asserts an error answer: status, the API's error shape and its code. */
export function expectError(res: ApiResponse, status: number, code: string) {
  expect({ status: res.status, code: res.body?.error?.code }, res.text).toEqual({ status, code });
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  expect(typeof res.body.error.message).toBe("string");
}

/** A 422 naming `field` in details.fieldErrors. */
export function expectFieldError(res: ApiResponse, field: string) {
  expectError(res, 422, "validation_failed");
  expect(res.body.error.details?.fieldErrors?.[field], res.text).toEqual(expect.arrayContaining([expect.any(String)]));
}

/** Status and body of an answer, for comparing two refusals. */
export const answer = (res: ApiResponse) => ({ status: res.status, body: res.body });

export const productIdOf = (sku: string) => seedId(`product:${sku}`);
export const STUDIO = productIdOf("NW-STUDIO-ALL");
export const PDF_PRO = productIdOf("NW-PDF-PRO");
export const PHOTO = productIdOf("NW-STUDIO-PHOTO");

export const idemKey = () => `test-${randomUUID()}`;
export const randomId = () => randomUUID();

export type SandboxTemplateName = "empty" | "renewal-window-50-45" | "full-renewal-60-70" | "outside-window" | "hosts-two-publishers" | "activation-devices";

export type TestSandbox = {
  id: string;
  slug: string;
  /** The supervisor token the sandbox endpoint returned. */
  token: string;
  tokenId: string;
  clockNow: string;
  body: Json;
};

/** POST /sandboxes: a fresh sandbox with its supervisor token. */
export async function newSandbox(template: SandboxTemplateName = "empty", country: TestCountry = "PL"): Promise<TestSandbox> {
  const res = await call(createSandboxEndpoint, {}, { json: { template, country } });
  expect(res.status, res.text).toBe(201);
  return {
    id: res.body.workspace.id,
    slug: res.body.workspace.slug,
    token: res.body.token.token,
    tokenId: res.body.token.id,
    clockNow: res.body.clock.now,
    body: res.body,
  };
}

/** A token of `role` made through POST /tokens with the supervisor's token. */
export async function roleToken(ws: { slug: string; token: string }, role: WorkspaceRole): Promise<{ id: string; token: string }> {
  const res = await call(createTokenEndpoint, { workspace: ws.slug }, { token: ws.token, json: { name: `${role} token`, role } });
  expect(res.status, res.text).toBe(201);
  return { id: res.body.id, token: res.body.token };
}

/** A token issued directly (system scope), for workspaces that are not sandboxes. */
export async function issueTestToken(workspaceId: string, role: WorkspaceRole = "supervisor", expiresAt: Date | null = null) {
  return withScope({ kind: "system", workspaceId }, (tx) =>
    issueToken(tx, workspaceId, { name: `test ${role}`, role, createdBy: null, expiresAt, audit: { accountId: null, label: "test" } }),
  );
}

/** A real (non-sandbox) workspace with a supervisor token. */
export async function plainWorkspace(country: TestCountry = "PL") {
  const ws = await createWorkspace({ country });
  const issued = await issueTestToken(ws.id, "supervisor");
  return { ...ws, token: issued.token, tokenId: issued.id };
}

// ---------------------------------------------------------------------------------------------
// Database effects, read as the owner

export async function seatsOf(workspaceId: string, productId: string) {
  const [row] = await ownerSql()<{ used: number; purchased: number; renewed: number; unpaid: number; noAccess: number }[]>`
    select used, purchased, renewed, unpaid, no_access as "noAccess"
      from product_seats where workspace_id = ${workspaceId} and product_id = ${productId}`;
  return row ?? null;
}

export async function auditRows(workspaceId: string, action: string) {
  return ownerSql()<{ subjectId: string | null; data: Json; occurredAt: Date; actorAccountId: string | null }[]>`
    select subject_id as "subjectId", data, occurred_at as "occurredAt", actor_account_id as "actorAccountId"
      from audit_events where workspace_id = ${workspaceId} and action = ${action} order by id`;
}

export async function countRows(table: "directory_users" | "orders" | "assignments" | "api_tokens" | "idempotency_keys", workspaceId: string) {
  const sql = ownerSql();
  const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from ${sql(table)} where workspace_id = ${workspaceId}`;
  return n;
}

/** Directory users of a workspace without a live seat of `productId`. */
export async function usersWithoutSeat(workspaceId: string, productId: string, limit = 5) {
  return ownerSql()<{ id: string; email: string }[]>`
    select u.id, u.email from directory_users u
     where u.workspace_id = ${workspaceId}
       and not exists (select 1 from assignments a where a.workspace_id = u.workspace_id and a.directory_user_id = u.id
                         and a.product_id = ${productId} and a.state = 'active')
     order by u.email limit ${limit}`;
}

/** Directory users of a workspace holding a live seat of `productId`. */
export async function usersWithSeat(workspaceId: string, productId: string, limit = 5) {
  return ownerSql()<{ id: string; email: string }[]>`
    select u.id, u.email from directory_users u
      join assignments a on a.workspace_id = u.workspace_id and a.directory_user_id = u.id
     where u.workspace_id = ${workspaceId} and a.product_id = ${productId} and a.state = 'active'
     order by a.assigned_at desc limit ${limit}`;
}

/** Fires `n` copies of the same call at once. */
export function concurrently<T>(n: number, fn: () => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: n }, fn));
}

/**
 * The shared expectations for N concurrent calls with one Idempotency-Key: every answer has the
 * same status and body, exactly one ran (no replay header), the rest were replays.
 */
export function expectOneEffectAnswers(responses: ApiResponse[], status: number) {
  for (const r of responses) expect(r.status, r.text).toBe(status);
  const bodies = responses.map((r) => r.body);
  for (const b of bodies) expect(b).toEqual(bodies[0]);
  const replayed = responses.filter((r) => r.headers.get("idempotent-replayed") === "true").length;
  expect(replayed).toBe(responses.length - 1);
}

// ---------------------------------------------------------------------------------------------
// The same request for many endpoints

export type Case = { endpoint: Endpoint; params?: Record<string, string>; json?: unknown; query?: Record<string, string | number> };

/** `{operationId: {status, code}}` for every case, called against `slug` with `opts`. */
export async function outcomes(cases: Case[], slug: string, opts: CallOptions = {}) {
  const out: Record<string, { status: number; code: string | undefined }> = {};
  for (const c of cases) {
    const res = await call(c.endpoint, { workspace: slug, ...(c.params ?? {}) }, { ...opts, json: c.json, query: c.query ?? opts.query });
    out[c.endpoint.operationId] = { status: res.status, code: res.body?.error?.code };
  }
  return out;
}

/** The same `{status, code}` expected for every case. */
export function every(cases: Case[], status: number, code: string) {
  return Object.fromEntries(cases.map((c) => [c.endpoint.operationId, { status, code }]));
}

/** A token that was valid and has been revoked through DELETE /tokens/{id}. */
export async function revokedToken(ws: { slug: string; token: string }, role: WorkspaceRole = "supervisor"): Promise<string> {
  const { revokeTokenEndpoint } = await import("@/lib/api/v1/tokens");
  const t = await roleToken(ws, role);
  const res = await call(revokeTokenEndpoint, { workspace: ws.slug, tokenId: t.id }, { token: ws.token });
  expect(res.status, res.text).toBe(200);
  return t.token;
}

export const BOGUS_TOKEN = "lc_thisTokenWasNeverIssuedByTheConsole0000000000000";

/**
 * 401 without Authorization, with a bogus token and with a revoked one, for every case. Without
 * a header the route falls back to the session cookie: outside a Next request that must still
 * answer 401 JSON, never throw or 500.
 */
export async function expectUnauthenticated(cases: Case[], ws: { slug: string; token: string }) {
  const revoked = await revokedToken(ws, "supervisor");
  const [none, bogus, gone, basic] = [
    await outcomes(cases, ws.slug),
    await outcomes(cases, ws.slug, { token: BOGUS_TOKEN }),
    await outcomes(cases, ws.slug, { token: revoked }),
    await outcomes(cases, ws.slug, { headers: { authorization: "Basic dXNlcjpwYXNz" } }),
  ];
  expect({ bogus, revoked: gone, basic }).toEqual({
    bogus: every(cases, 401, "invalid_token"),
    revoked: every(cases, 401, "invalid_token"),
    basic: every(cases, 401, "unauthenticated"),
  });
  expect(none, "no Authorization header: 401 JSON, not a 500 from getServerSession").toEqual(every(cases, 401, "unauthenticated"));
}

/**
 * Another workspace's slug answers exactly like a slug that does not exist (status and body), for
 * every case: `token` belongs to a workspace that is not `foreignSlug`'s.
 */
export async function expectSlugHidden(cases: Case[], token: string, foreignSlug: string) {
  const missing = `nope-${randomUUID().slice(0, 8)}`;
  for (const c of cases) {
    const foreign = await call(c.endpoint, { ...(c.params ?? {}), workspace: foreignSlug }, { token, json: c.json, query: c.query });
    const absent = await call(c.endpoint, { ...(c.params ?? {}), workspace: missing }, { token, json: c.json, query: c.query });
    expect(answer(foreign), c.endpoint.operationId).toEqual(answer(absent));
    expectError(foreign, 404, "not_found");
  }
}
