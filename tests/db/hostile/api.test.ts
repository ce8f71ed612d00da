/**
 * Every endpoint of the OpenAPI document (ENDPOINTS), walked with generated hostile path ids,
 * query strings and bodies: wrong types, huge and strange text, deep nesting, unknown fields,
 * foreign and malformed ids, forged cursors, bodies that are not JSON. Never a 500, and a refused
 * request changes no row of the caller's workspace nor of another one. Endpoints added later are
 * swept without touching this file. The seed is printed; FC_SEED replays a run.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { Endpoint } from "@/lib/api/endpoint";
import { ENDPOINTS } from "@/lib/api/v1";
import { fillWorkspace, ownerSql } from "../factories";
import { call, newSandbox, plainWorkspace, roleToken, type ApiResponse, type TestSandbox } from "../api/helpers";
import { badCursor, diff, fingerprint, hostileObject, hostileText, hostileValue, printTally, RUNS, SEED, tally, type Tally } from "./sweep";

/** Where ids of a workspace come from, by path or body field name. */
const ID_SOURCES: Record<string, string> = {
  productId: "select product_id as id from product_seats",
  userId: "select id from directory_users",
  orderId: "select id from orders",
  tokenId: "select id from api_tokens",
  operationId: "select id from bulk_jobs",
  licenseId: "select id from licenses",
  hostId: "select id from hosts",
  itemId: "select id from reset_request_items",
};

let A: TestSandbox;
let B: { id: string; slug: string };
/** A sandbox only for DELETE /sandboxes: A itself must survive the sweep. */
let D: TestSandbox;
const ids: Record<string, string[]> = {};
const allIds: string[] = [];

beforeAll(async () => {
  A = await newSandbox("renewal-window-50-45");
  // Hosts, devices, activations and a reset request in A as well, for the id-taking endpoints.
  const hosts = await newSandbox("hosts-two-publishers");
  D = await newSandbox();
  const b = await plainWorkspace("DE");
  await fillWorkspace(b.id);
  B = b;
  // A spare token of A's to revoke: A's own token must keep working.
  const spare = await roleToken(A, "viewer");
  for (const [name, query] of Object.entries(ID_SOURCES)) {
    ids[name] = [];
    for (const ws of [A.id, hosts.id, B.id]) {
      const rows = await ownerSql().unsafe(`${query} where workspace_id = $1 limit 3`, [ws]);
      ids[name].push(...rows.map((r) => r.id as string).filter((id) => id !== A.tokenId));
    }
    if (name === "tokenId") ids[name].push(spare.id);
    allIds.push(...ids[name]);
  }
});

const pathParams = (e: Endpoint) => [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
const shapeKeys = (schema: unknown) => Object.keys(((schema as z.ZodObject<z.ZodRawShape> | undefined)?.shape ?? {}) as object);

/** Path segments as an HTTP client can send them (a lone surrogate cannot be percent-encoded). */
const segment = hostileText.map((t) => t.slice(0, 300).toWellFormed());

function paramsArb(e: Endpoint): fc.Arbitrary<Record<string, string>> {
  const entries = pathParams(e).map((p): [string, fc.Arbitrary<string>] => {
    if (p === "workspace") {
      // Never A's slug for DELETE /sandboxes: a valid call would delete the workspace under test.
      const own = e.operationId === "deleteSandbox" ? D.slug : A.slug;
      return [p, fc.oneof({ weight: 6, arbitrary: fc.constant(own) }, fc.constant(B.slug), segment)];
    }
    if (p === "publisher") return [p, fc.oneof(fc.constantFrom("contoso", "fabrikam"), segment)];
    const known = ids[p] ?? [];
    return [p, fc.oneof({ weight: 3, arbitrary: known.length ? fc.constantFrom(...known) : fc.uuid() }, fc.uuid(), segment)];
  });
  return fc.record(Object.fromEntries(entries));
}

function queryArb(e: Endpoint): fc.Arbitrary<Record<string, string> | undefined> {
  const keys = shapeKeys(e.query);
  if (!keys.length) return fc.constant(undefined);
  const value = (k: string) => (k === "cursor" ? badCursor : fc.oneof(hostileText, hostileValue(allIds).map((v) => (typeof v === "string" ? v : JSON.stringify(v) ?? ""))));
  return fc.record(Object.fromEntries(keys.map((k) => [k, value(k)])), { requiredKeys: [] }).map((q) => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(q)) out[k] = String(v).slice(0, 5_000);
    return out;
  });
}

type BodyCase = { json?: unknown; raw?: string; headers?: Record<string, string> };

function bodyArb(e: Endpoint): fc.Arbitrary<BodyCase> {
  const keys = shapeKeys(e.body);
  return fc.oneof(
    { weight: 5, arbitrary: hostileObject(keys.length ? keys : ["x"], allIds).map((json) => ({ json })) },
    hostileValue(allIds).map((json) => ({ json })),
    fc.constantFrom<BodyCase>(
      { raw: "[".repeat(100_000) + "]".repeat(100_000), headers: { "content-type": "application/json" } },
      { raw: '{"a":'.repeat(20_000) + "1" + "}".repeat(20_000), headers: { "content-type": "application/json" } },
      { raw: "{not json", headers: { "content-type": "application/json" } },
      { raw: "\u0000\u0000", headers: { "content-type": "application/json" } },
      { raw: '{"name":"x"}', headers: { "content-type": "text/plain" } },
      { raw: '{"a":"\\u0000"}', headers: { "content-type": "application/json; charset=utf-8" } },
      { raw: "x".repeat(1_100_000), headers: { "content-type": "application/json" } },
    ),
  );
}

const failures: string[] = [];
const rows: Tally[] = [];

describe("hostile input, every endpoint", () => {
  it("walks a real list of endpoints", () => {
    expect(ENDPOINTS.length).toBeGreaterThanOrEqual(40);
  });

  it("never answers 500 and a refused request changes nothing", { timeout: 600_000 }, async () => {
    for (const [n, e] of ENDPOINTS.entries()) {
      const row = tally(e.operationId);
      rows.push(row);
      let baseA = await fingerprint(A.id);
      const baseB = await fingerprint(B.id);
      const property = fc.asyncProperty(paramsArb(e), queryArb(e), bodyArb(e), fc.boolean(), async (params, query, body, withKey) => {
        let res: ApiResponse;
        row.attempts++;
        try {
          res = await call(e, params, {
            token: A.token,
            query,
            ...(e.method === "GET" ? {} : body),
            ...(withKey && e.method !== "GET" ? { idempotencyKey: `hostile-${row.attempts}-${SEED}` } : {}),
          });
        } catch (err) {
          row.thrown++;
          throw err;
        }
        if (res.status >= 500) {
          row.s500++;
          return false;
        }
        if (res.status < 400) {
          row.ok++;
          baseA = await fingerprint(A.id);
        } else {
          row.refused++;
          const changed = diff(baseA, await fingerprint(A.id));
          if (changed.length) {
            row.changedOnError++;
            throw new Error(`answered ${res.status} ${res.text.slice(0, 200)} but changed ${changed.join(", ")}`);
          }
        }
        const foreign = diff(baseB, await fingerprint(B.id));
        if (foreign.length) {
          row.changedOnError++;
          throw new Error(`another workspace changed: ${foreign.join(", ")}`);
        }
        return true;
      });
      const details = await fc.check(property, { numRuns: RUNS, seed: SEED + n, endOnFailure: true });
      if (details.failed) {
        const example = JSON.stringify(details.counterexample, (_, v) => (typeof v === "string" && v.length > 200 ? `${v.slice(0, 60)}…(${v.length} chars)` : v));
        failures.push(`${e.method} ${e.path} (${e.operationId}) seed ${SEED + n}: ${details.errorInstance ? String(details.errorInstance).slice(0, 300) : "answered 5xx"}\n    input: ${example?.slice(0, 600)}`);
      }
    }
    printTally("Hostile input per endpoint", rows);
    if (failures.length) console.log(`Failures (${failures.length}):\n  ${failures.join("\n  ")}`);
    expect(failures).toEqual([]);
  });
});
