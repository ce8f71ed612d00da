/**
 * What every endpoint shares: body parsing (400/413), path shapes (404), the unknown-path
 * catch-all, "never a 500 for bad input", and the OpenAPI document generated from ENDPOINTS.
 */
import { describe, expect, it } from "vitest";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import * as catchAll from "@/app/api/v1/[...rest]/route";
import type { Endpoint } from "@/lib/api/endpoint";
import { documentedErrors } from "@/lib/api/openapi";
import { ENDPOINTS } from "@/lib/api/v1";
import { advanceClockEndpoint, setClockEndpoint } from "@/lib/api/v1/clock";
import { createOrderEndpoint, listOrdersEndpoint, payOrderEndpoint } from "@/lib/api/v1/orders";
import { assignEndpoint, listAssignmentsEndpoint, unassignEndpoint } from "@/lib/api/v1/products";
import { createTokenEndpoint, revokeTokenEndpoint } from "@/lib/api/v1/tokens";
import { bulkCreateUsersEndpoint, createUserEndpoint, listUsersEndpoint } from "@/lib/api/v1/users";
import { createSandboxEndpoint, getWorkspaceEndpoint } from "@/lib/api/v1/workspaces";
import { call, countRows, expectError, newSandbox, randomId, STUDIO, usersWithoutSeat, type Json } from "./helpers";

const JSON_BODY_ENDPOINTS: { endpoint: Endpoint; params?: Record<string, string> }[] = [
  { endpoint: createUserEndpoint },
  { endpoint: bulkCreateUsersEndpoint },
  { endpoint: createOrderEndpoint },
  { endpoint: assignEndpoint, params: { productId: STUDIO } },
  { endpoint: setClockEndpoint },
  { endpoint: advanceClockEndpoint },
  { endpoint: createTokenEndpoint },
];

describe("request bodies", () => {
  it("400 malformed_json for a body that is not JSON, on every endpoint that reads one", async () => {
    const sb = await newSandbox("outside-window");
    for (const { endpoint, params } of JSON_BODY_ENDPOINTS) {
      for (const raw of ['{"name": "A",', "{'single': 'quotes'}", "undefined", "{}}"]) {
        const res = await call(endpoint, { workspace: sb.slug, ...params }, { token: sb.token, raw, headers: { "content-type": "application/json" } });
        expect({ op: endpoint.operationId, raw, status: res.status, code: res.body?.error?.code }).toEqual({ op: endpoint.operationId, raw, status: 400, code: "malformed_json" });
      }
    }
    expect(await countRows("directory_users", sb.id)).toBe(40);
  });

  it("400 for a JSON body sent with another content type, or none", async () => {
    const sb = await newSandbox();
    const raw = JSON.stringify({ name: "A", email: "a@example.test" });
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonp", ""]) {
      const res = await call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, raw, headers: type ? { "content-type": type } : {} });
      expect({ type, status: res.status }).toEqual({ type, status: 400 });
      expect(res.body.error.code).toEqual(expect.any(String));
    }
    expect(await countRows("directory_users", sb.id)).toBe(0);
    // JSON media types with parameters or a +json suffix are JSON.
    for (const type of ["application/json; charset=utf-8", "application/merge-patch+json", "APPLICATION/JSON"]) {
      const res = await call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, raw: JSON.stringify({ name: type, email: `${randomId()}@example.test` }), headers: { "content-type": type } });
      expect({ type, status: res.status }).toEqual({ type, status: 201 });
    }
  });

  it("413 for a body over 1 MiB, declared or streamed; exactly 1 MiB is read", async () => {
    const sb = await newSandbox();
    const ws = { workspace: sb.slug };
    const oversized = JSON.stringify({ name: "A", email: "a@example.test", pad: "x".repeat(1024 * 1024) });
    expectError(await call(createUserEndpoint, ws, { token: sb.token, raw: oversized, headers: { "content-type": "application/json" } }), 413, "payload_too_large");

    // Streamed in chunks without a Content-Length: the limit still holds.
    const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 2 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    expectError(await call(createUserEndpoint, ws, { token: sb.token, raw: stream, headers: { "content-type": "application/json" } }), 413, "payload_too_large");

    // A lying Content-Length is refused before reading.
    expectError(
      await call(createUserEndpoint, ws, { token: sb.token, raw: "{}", headers: { "content-type": "application/json", "content-length": String(5 * 1024 * 1024) } }),
      413,
      "payload_too_large",
    );

    // Just under the limit is parsed (and then validated).
    const name = "A";
    const base = JSON.stringify({ name, email: "limit@example.test", pad: "" });
    const fits = JSON.stringify({ name, email: "limit@example.test", pad: "x".repeat(1024 * 1024 - base.length) });
    expect(Buffer.byteLength(fits)).toBe(1024 * 1024);
    const res = await call(createUserEndpoint, ws, { token: sb.token, raw: fits, headers: { "content-type": "application/json" } });
    expect(res.status, res.text).toBe(201);
    expect(await countRows("directory_users", sb.id)).toBe(1);
  });

  it("a JSON body of the wrong shape is 422, not 400 or 500", async () => {
    const sb = await newSandbox();
    for (const raw of ["null", "[]", "42", '"text"', "true"]) {
      const res = await call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, raw, headers: { "content-type": "application/json" } });
      expect({ raw, status: res.status, code: res.body?.error?.code }).toEqual({ raw, status: 422, code: "validation_failed" });
    }
  });
});

describe("path parameters", () => {
  it("an id of the wrong shape is 404 on every endpoint that takes one", async () => {
    const sb = await newSandbox("outside-window");
    const [user] = await usersWithoutSeat(sb.id, STUDIO, 1);
    const bad = ["abc", "0", "00000000-0000-0000-0000-00000000000g", `${randomId()}-1`, " "];
    for (const id of bad) {
      const cases = [
        call(listAssignmentsEndpoint, { workspace: sb.slug, productId: id }, { token: sb.token }),
        call(assignEndpoint, { workspace: sb.slug, productId: id }, { token: sb.token, json: { userId: user.id } }),
        call(unassignEndpoint, { workspace: sb.slug, productId: STUDIO, userId: id }, { token: sb.token }),
        call(unassignEndpoint, { workspace: sb.slug, productId: id, userId: user.id }, { token: sb.token }),
        call(payOrderEndpoint, { workspace: sb.slug, orderId: id }, { token: sb.token }),
        call(revokeTokenEndpoint, { workspace: sb.slug, tokenId: id }, { token: sb.token }),
      ];
      for (const res of await Promise.all(cases)) expectError(res, 404, "not_found");
    }
  });

  it("a workspace slug of the wrong shape is 404", async () => {
    const sb = await newSandbox();
    for (const slug of ["UPPER", "with space", "x".repeat(101), "", "é"]) {
      expectError(await call(getWorkspaceEndpoint, { workspace: slug }, { token: sb.token }), 404, "not_found");
      expectError(await call(createUserEndpoint, { workspace: slug }, { token: sb.token, json: { name: "A", email: "a@example.test" } }), 404, "not_found");
    }
  });

  it("an unknown API path answers 404 in the API's error shape for every method", async () => {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
      const handler = catchAll[method] as unknown as (r: Request) => Response | Promise<Response>;
      const res = await handler(new Request("http://console.test/api/v1/no/such/thing", { method }));
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect((await res.json()).error.code).toBe("not_found");
    }
  });
});

describe("never a 500 for bad input", () => {
  it("odd but well-formed inputs answer 4xx or 2xx on every endpoint", async () => {
    const sb = await newSandbox("outside-window");
    const ws = { workspace: sb.slug };
    const t = { token: sb.token };
    const forged = (key: unknown) => Buffer.from(JSON.stringify(key)).toString("base64url");
    const attempts = [
      call(listUsersEndpoint, ws, { ...t, query: { cursor: forged(["\u0000", randomId()]) } }),
      call(listUsersEndpoint, ws, { ...t, query: { q: "\u0000" } }),
      call(listUsersEndpoint, ws, { ...t, query: { q: "\\" } }),
      call(listUsersEndpoint, ws, { ...t, query: { q: "_%'\"" } }),
      call(listUsersEndpoint, ws, { ...t, query: { limit: "1e3" } }),
      call(listUsersEndpoint, ws, { ...t, query: { limit: "Infinity" } }),
      call(listOrdersEndpoint, ws, { ...t, query: { cursor: forged(["not a time", randomId()]) } }),
      call(listOrdersEndpoint, ws, { ...t, query: { cursor: forged(["99999-01-01T00:00:00Z", randomId()]) } }),
      call(listAssignmentsEndpoint, { ...ws, productId: STUDIO }, { ...t, query: { cursor: forged(["0", randomId()]) } }),
      call(createUserEndpoint, ws, { ...t, json: { name: "\ud800", email: "lone-surrogate@example.test" } }),
      call(createUserEndpoint, ws, { ...t, json: { name: "A", email: "nul\u0000@example.test" } }),
      call(createUserEndpoint, ws, { ...t, json: { name: "A".repeat(10_000), email: "long@example.test" } }),
      call(createUserEndpoint, ws, { ...t, json: { name: { $gt: "" }, email: "obj@example.test" } }),
      call(createUserEndpoint, ws, { ...t, json: JSON.parse('{"__proto__": {"admin": true}, "name": "Proto", "email": "proto@example.test"}') }),
      call(bulkCreateUsersEndpoint, ws, { ...t, json: { users: "everyone" } }),
      call(createOrderEndpoint, ws, { ...t, json: { productId: STUDIO, kind: "add_licenses", quantity: "1e5" } }),
      call(createOrderEndpoint, ws, { ...t, json: { productId: STUDIO, kind: "add_licenses", quantity: 1e300 } }),
      call(createOrderEndpoint, ws, { ...t, json: { productId: STUDIO.toUpperCase(), kind: "add_licenses", quantity: 1 } }),
      call(setClockEndpoint, ws, { ...t, json: { now: "2030-02-30T00:00:00Z" } }),
      call(advanceClockEndpoint, ws, { ...t, json: { days: 3650, hours: 87_600, minutes: 5_256_000, seconds: 315_360_000 } }),
      call(createTokenEndpoint, ws, { ...t, json: { name: "T\u0000", role: "viewer" } }),
      call(createTokenEndpoint, ws, { ...t, json: { name: "T", role: "viewer", expiresInDays: "1e2" } }),
      call(createSandboxEndpoint, {}, { json: { template: "__proto__" } }),
      call(createSandboxEndpoint, {}, { json: { template: "constructor" } }),
      call(getWorkspaceEndpoint, ws, { token: "x".repeat(10_000) }),
      call(getWorkspaceEndpoint, ws, { headers: { authorization: "Bearer" } }),
      call(getWorkspaceEndpoint, ws, { headers: { authorization: "Bearer a b" } }),
    ];
    const results = await Promise.all(attempts);
    const fivexx = results.map((r, i) => ({ i, status: r.status, body: r.text.slice(0, 200) })).filter((r) => r.status >= 500);
    expect(fivexx).toEqual([]);
  });

  it("a clock moment beyond what ISO 8601 date-times write (a 6-digit year) is refused, not a 500", async () => {
    const sb = await newSandbox();
    const res = await call(setClockEndpoint, { workspace: sb.slug }, { token: sb.token, json: { now: "+275760-09-13T00:00:00Z" } });
    expectError(res, 422, "validation_failed");
  });
});

describe("GET /openapi.json", () => {
  async function openApi() {
    const res = await openApiRoute(new Request("http://console.test/api/v1/openapi.json"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    return (await res.json()) as Json;
  }

  /** `{"#/components/schemas/X"}` for every $ref anywhere in `node`. */
  function refs(node: unknown, out = new Set<string>()): Set<string> {
    if (Array.isArray(node)) node.forEach((n) => refs(n, out));
    else if (node && typeof node === "object") {
      for (const [k, v] of Object.entries(node)) {
        if (k === "$ref" && typeof v === "string") out.add(v);
        else refs(v, out);
      }
    }
    return out;
  }

  it("is OpenAPI 3.1 with this server's URL", async () => {
    const doc = await openApi();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "http://console.test/api/v1" }]);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("documents every endpoint of ENDPOINTS at its path and method, with a unique operationId", async () => {
    const doc = await openApi();
    const missing: string[] = [];
    for (const e of ENDPOINTS) {
      const op = doc.paths[e.path]?.[e.method.toLowerCase()];
      if (!op || op.operationId !== e.operationId) missing.push(`${e.method} ${e.path} ${e.operationId}`);
    }
    expect(missing).toEqual([]);
    const ids = Object.values(doc.paths).flatMap((ops: Json) => Object.values(ops).map((o: Json) => o.operationId));
    expect(ids).toHaveLength(ENDPOINTS.length);
    expect(new Set(ids).size).toBe(ids.length);
    // No operation beyond ENDPOINTS.
    expect(ids.sort()).toEqual(ENDPOINTS.map((e) => e.operationId).sort());
  });

  it("every $ref resolves to a components.schemas (or, for response headers, components.headers) entry", async () => {
    const doc = await openApi();
    const all = [...refs(doc)];
    expect(all.length).toBeGreaterThan(0);
    const dangling = all.filter((r) => {
      const m = /^#\/components\/(schemas|headers)\/(.+)$/.exec(r);
      return !m || !doc.components[m[1]][m[2]];
    });
    expect(dangling).toEqual([]);
    expect(JSON.stringify(doc)).not.toContain("#/$defs/");
  });

  it("every path parameter is declared, required, and every endpoint's success and error statuses are there", async () => {
    const doc = await openApi();
    for (const e of ENDPOINTS) {
      const op = doc.paths[e.path][e.method.toLowerCase()];
      const names = [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = (op.parameters ?? []).filter((p: Json) => p.in === "path");
      expect(declared.map((p: Json) => p.name).sort(), e.operationId).toEqual(names.sort());
      for (const p of declared) expect(p.required, `${e.operationId} ${p.name}`).toBe(true);
      // Besides its own errors, every endpoint documents 429 (rate limit) and every write 403 (cross-site cookie write).
      const extra = ["429", ...(e.method === "GET" ? [] : ["403"])];
      expect(Object.keys(op.responses).sort(), e.operationId).toEqual([...new Set([String(e.success.status), ...e.errors.map(String), ...extra])].sort());
      expect(op.responses["429"].headers["Retry-After"], e.operationId).toEqual({ $ref: "#/components/headers/Retry-After" });
      if (e.idempotent) expect(op.parameters.some((p: Json) => p.in === "header" && p.name === "Idempotency-Key"), e.operationId).toBe(true);
      if (e.auth === "sandbox-secret") expect(op.security).toEqual([{ sandboxSecret: [] }]);
    }
  });

  it("error responses reference the Error schema, which has code and message", async () => {
    const doc = await openApi();
    for (const e of ENDPOINTS) {
      const op = doc.paths[e.path][e.method.toLowerCase()];
      for (const status of documentedErrors(e)) {
        expect(op.responses[status].headers["RateLimit-Remaining"], `${e.operationId} ${status}`).toEqual({ $ref: "#/components/headers/RateLimit-Remaining" });
        expect(op.responses[status].content["application/json"].schema, `${e.operationId} ${status}`).toEqual({ $ref: "#/components/schemas/Error" });
        expect(op.responses[status].description, `${e.operationId} ${status}`).toEqual(expect.any(String));
      }
    }
    const error = doc.components.schemas.Error;
    expect(error.required).toEqual(["error"]);
    expect(error.properties.error.required).toEqual(expect.arrayContaining(["code", "message"]));
  });

  it("request bodies carry the zod field constraints", async () => {
    const doc = await openApi();
    const body = (path: string) => doc.paths[path].post.requestBody.content["application/json"].schema;

    const user = body("/workspaces/{workspace}/users");
    expect(user.type).toBe("object");
    expect(user.required).toEqual(expect.arrayContaining(["name", "email"]));
    expect(user.properties.name).toMatchObject({ type: "string", minLength: 1, maxLength: 200 });
    expect(user.properties.email).toMatchObject({ type: "string" });

    const bulk = body("/workspaces/{workspace}/users/bulk");
    expect(bulk.properties.users).toMatchObject({ type: "array", minItems: 1, maxItems: 1000 });

    const order = body("/workspaces/{workspace}/orders");
    expect(order.required).toEqual(expect.arrayContaining(["productId", "kind", "quantity"]));
    expect(order.properties.kind.enum).toEqual(["add_licenses", "add_products", "renewal"]);
    expect(order.properties.productId).toMatchObject({ type: "string", format: "uuid" });

    const advance = body("/workspaces/{workspace}/clock/advance");
    expect(advance.properties.days).toMatchObject({ type: "integer", minimum: 0, maximum: 3650 });

    const token = body("/workspaces/{workspace}/tokens");
    expect(token.properties.role.enum).toEqual(["supervisor", "admin", "viewer"]);
    expect(token.properties.name).toMatchObject({ minLength: 1, maxLength: 100 });

    const sandbox = body("/sandboxes");
    expect(sandbox.properties.template.enum).toEqual(expect.arrayContaining(["empty", "renewal-window-50-45", "full-renewal-60-70", "outside-window"]));

    const assign = body("/workspaces/{workspace}/products/{productId}/assignments");
    expect(assign.required).toEqual(["userId"]);

    const list = doc.paths["/workspaces/{workspace}/users"].get.parameters;
    expect(list.find((p: Json) => p.name === "limit")).toMatchObject({ in: "query", required: false, schema: { minimum: 1, maximum: 200 } });
    expect(list.find((p: Json) => p.name === "q")).toMatchObject({ in: "query", required: false, description: expect.any(String) });
  });

  it("success responses reference the named schemas", async () => {
    const doc = await openApi();
    const ok = (path: string, method: string, status: string) => doc.paths[path][method].responses[status].content["application/json"].schema;
    expect(ok("/workspaces/{workspace}/orders", "post", "201")).toEqual({ $ref: "#/components/schemas/Order" });
    expect(ok("/sandboxes", "post", "201")).toEqual({ $ref: "#/components/schemas/Sandbox" });
    expect(ok("/workspaces/{workspace}/users", "get", "200").properties.data.items).toEqual({ $ref: "#/components/schemas/DirectoryUser" });
    expect(doc.paths["/sandboxes/{workspace}"].delete.responses["204"].content).toBeUndefined();
    for (const name of ["Workspace", "DirectoryUser", "Product", "AssignmentResult", "Order", "Clock", "ApiToken", "IssuedApiToken", "Sandbox", "Error"]) {
      expect(doc.components.schemas[name], name).toMatchObject({ type: "object" });
    }
  });
});
