/**
 * Every endpoint of ENDPOINTS, tried across tenants: workspace A's supervisor token against
 * workspace B's slug, and against its own slug with B's ids in the path and body. Each must be
 * refused exactly as for something that does not exist, and B's rows must not change by a byte.
 * Endpoints added later are swept without touching this file.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Endpoint } from "@/lib/api/endpoint";
import { ENDPOINTS } from "@/lib/api/v1";
import { fillWorkspace, ownerSql } from "../factories";
import { call, newSandbox, plainWorkspace, type TestSandbox } from "./helpers";

/** Where a path or body id of workspace B comes from, by parameter name. */
const ID_SOURCES: Record<string, string> = {
  productId: "select product_id as id from product_seats",
  userId: "select id from directory_users",
  orderId: "select id from orders",
  tokenId: "select id from api_tokens",
  operationId: "select id from bulk_jobs",
  licenseId: "select id from licenses",
  hostId: "select id from hosts",
  deviceId: "select id from hosts",
  messageId: "select id from mail_messages",
  resetRequestId: "select id from reset_requests",
  requestId: "select id from reset_requests",
  itemId: "select id from reset_request_items",
  keyId: "select id from request_keys",
  requestKeyId: "select id from request_keys",
  contractId: "select id from contracts",
  endpointId: "select id from webhook_endpoints",
  deliveryId: "select id from webhook_deliveries",
};

let WORKSPACE_TABLES: string[] = [];
let A: TestSandbox;
let B: { id: string; slug: string };
const bIds: Record<string, string> = {};

/** A digest of every row of workspace `id` in every workspace table. */
async function fingerprint(id: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of WORKSPACE_TABLES) {
    const [row] = await ownerSql().unsafe(`select count(*)::int || ':' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as f from "${t}" x where workspace_id = $1`, [id]);
    out[t] = row.f as string;
  }
  const [w] = await ownerSql()`select md5(w::text) as f from workspaces w where id = ${id}`;
  out.workspaces = w.f;
  return out;
}

const pathParams = (e: Endpoint) => [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

/** B's id for a parameter name, else a random one (still foreign to A). */
const idFor = (name: string) => bIds[name] ?? randomUUID();

/** A body that names B's ids wherever the schema has an id field; other fields left out. */
function bodyFor(e: Endpoint): unknown {
  if (!e.body) return undefined;
  const shape = (e.body as z.ZodObject<z.ZodRawShape>).shape ?? {};
  const body: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    if (key.endsWith("Ids")) body[key] = [idFor(key.slice(0, -1))];
    else if (key.endsWith("Id")) body[key] = idFor(key);
  }
  return body;
}

const workspaceEndpoints = () => ENDPOINTS.filter((e) => e.auth !== "sandbox-secret" && pathParams(e).includes("workspace"));

beforeAll(async () => {
  const rows = await ownerSql()<{ table_name: string }[]>`
    select c.table_name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
     where c.table_schema = 'public' and c.column_name = 'workspace_id' and t.table_type = 'BASE TABLE' order by 1`;
  WORKSPACE_TABLES = rows.map((r) => r.table_name);
  A = await newSandbox("renewal-window-50-45");
  const b = await plainWorkspace("DE");
  await fillWorkspace(b.id);
  B = b;
  for (const [name, query] of Object.entries(ID_SOURCES)) {
    const [row] = await ownerSql().unsafe(`${query} where workspace_id = $1 limit 1`, [B.id]);
    if (row) bIds[name] = row.id as string;
  }
});

type Outcome = { op: string; status: number; code: string | undefined };

async function outcome(e: Endpoint, params: Record<string, string>, json: unknown): Promise<Outcome> {
  const res = await call(e, params, { token: A.token, json });
  return { op: e.operationId, status: res.status, code: res.body?.error?.code };
}

describe("every endpoint, across tenants", () => {
  it("sweeps a real list of endpoints", () => {
    expect(workspaceEndpoints().length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(bIds)).toEqual(expect.arrayContaining(["productId", "userId", "orderId", "tokenId", "licenseId", "hostId"]));
  });

  it("B's slug with A's token answers exactly as a workspace that does not exist, and B is unchanged", async () => {
    const before = await fingerprint(B.id);
    const foreign: Outcome[] = [];
    const missing: Outcome[] = [];
    for (const e of workspaceEndpoints()) {
      const params = (slug: string) => Object.fromEntries(pathParams(e).map((p) => [p, p === "workspace" ? slug : idFor(p)]));
      foreign.push(await outcome(e, params(B.slug), bodyFor(e)));
      missing.push(await outcome(e, params(`no-such-${randomUUID().slice(0, 8)}`), bodyFor(e)));
    }
    expect(foreign).toEqual(missing);
    // Never a success, a 403 (which would tell the workspace exists) or a 500; 422 only for a body the sweep cannot fill.
    for (const o of foreign) expect([404, 422], JSON.stringify(o)).toContain(o.status);
    expect(foreign.filter((o) => o.status === 404).length).toBeGreaterThan(foreign.length / 2);
    expect(await fingerprint(B.id)).toEqual(before);
  });

  it("A's own slug with B's ids answers exactly as ids that do not exist, and B is unchanged", async () => {
    const before = await fingerprint(B.id);
    const foreign: Outcome[] = [];
    const missing: Outcome[] = [];
    for (const e of workspaceEndpoints()) {
      const ids = pathParams(e).filter((p) => p !== "workspace");
      const bodyIds = Object.keys(((e.body as z.ZodObject<z.ZodRawShape> | undefined)?.shape ?? {}) as object).filter((k) => /Ids?$/.test(k));
      // The shared catalogue's product ids are not tenant data: A licenses the same products.
      const tenantIds = [...ids, ...bodyIds].filter((p) => p !== "productId" && p !== "productIds");
      if (tenantIds.length === 0) continue;
      const params = Object.fromEntries(pathParams(e).map((p) => [p, p === "workspace" ? A.slug : idFor(p)]));
      foreign.push(await outcome(e, params, bodyFor(e)));
      const randomParams = Object.fromEntries(pathParams(e).map((p) => [p, p === "workspace" ? A.slug : p === "productId" ? idFor(p) : randomUUID()]));
      const randomBody = bodyFor(e) && Object.fromEntries(Object.entries(bodyFor(e) as object).map(([k, v]) => [k, k.startsWith("product") ? v : Array.isArray(v) ? [randomUUID()] : randomUUID()]));
      missing.push(await outcome(e, randomParams, randomBody));
    }
    expect(foreign.length).toBeGreaterThanOrEqual(5);
    expect(foreign).toEqual(missing);
    for (const o of foreign) expect([404, 422], JSON.stringify(o)).toContain(o.status);
    expect(await fingerprint(B.id)).toEqual(before);
  });
});
