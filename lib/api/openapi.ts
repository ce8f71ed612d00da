import { z } from "zod";
import type { Endpoint } from "./endpoint";
import { MAX_BODY_BYTES } from "./http";
import { errorSchema } from "./v1/schemas";
import { webhooksSection } from "./v1/webhooks";

type Json = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  400: "Malformed request (body is not JSON, wrong content type).",
  401: "No valid token or session.",
  403: "Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request).",
  404: "No such resource, or not one of yours (the two are never told apart).",
  409: "Conflicts with the current state (e.g. no free seat).",
  413: `Body larger than ${MAX_BODY_BYTES} bytes.`,
  422: "Validation failed: details.fieldErrors names each field.",
  429: "Too many requests for this token, session or address: wait Retry-After seconds.",
};

/** Every answer's rate-limit headers (IETF draft RateLimit fields), and Retry-After on a 429. */
const RATE_LIMIT_HEADERS: Record<string, Json> = {
  "RateLimit-Limit": { description: "Calls allowed in the current window.", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "Calls left in the current window.", schema: { type: "integer" } },
  "RateLimit-Reset": { description: "Seconds until the window resets.", schema: { type: "integer" } },
  "RateLimit-Policy": { description: "The limit and its window in seconds, e.g. `600;w=60`.", schema: { type: "string" } },
};
const RETRY_AFTER: Json = { description: "Seconds to wait before calling again.", schema: { type: "integer" } };
const headerRefs = (names: string[]) => Object.fromEntries(names.map((n) => [n, { $ref: `#/components/headers/${n}` }]));

/**
 * The errors an endpoint documents: its own, plus 429 (every call is rate limited) and, for
 * writes, 403 (a session-cookie write that is not a same-origin JSON request).
 */
export function documentedErrors(e: Endpoint): number[] {
  return [...new Set([...e.errors, 429, ...(e.method === "GET" ? [] : [403])])].sort((a, b) => a - b);
}

/**
 * zod's JSON Schema puts named schemas (those with .meta({ id })) under $defs; an OpenAPI
 * document wants them under components.schemas, so hoist them and point the refs there.
 */
function toSchema(schema: z.ZodType, io: "input" | "output", components: Record<string, Json>): Json {
  const out = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as Json;
  const defs = (out.$defs ?? {}) as Record<string, Json>;
  delete out.$defs;
  delete out.$schema;
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!node || typeof node !== "object") return node;
    const o: Json = {};
    for (const [k, v] of Object.entries(node)) {
      o[k] = k === "$ref" && typeof v === "string" ? v.replace("#/$defs/", "#/components/schemas/") : rewrite(v);
    }
    return o;
  };
  for (const [id, def] of Object.entries(defs)) components[id] = rewrite(def) as Json;
  return rewrite(out) as Json;
}

function parameters(where: "path" | "query", schema: z.ZodObject | undefined, components: Record<string, Json>) {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const s = toSchema(field as z.ZodType, "input", components);
    return {
      name,
      in: where,
      required: where === "path" || !(field as z.ZodType).safeParse(undefined).success,
      ...(typeof s.description === "string" ? { description: s.description } : {}),
      schema: s,
    };
  });
}

export function buildOpenApi(endpoints: Endpoint[], serverUrl: string) {
  const components: Record<string, Json> = {};
  const paths: Record<string, Record<string, Json>> = {};
  for (const e of endpoints) {
    const errorRef = { $ref: "#/components/schemas/Error" };
    const rateHeaders = headerRefs(Object.keys(RATE_LIMIT_HEADERS));
    const responses: Record<string, Json> = {
      [e.success.status]: {
        description: e.success.description,
        headers: rateHeaders,
        ...(e.success.media
          ? { content: Object.fromEntries(e.success.media.map((m) => [m, { schema: { type: "string" } }])) }
          : e.success.schema
            ? { content: { "application/json": { schema: toSchema(e.success.schema, "output", components) } } }
            : {}),
      },
    };
    for (const status of documentedErrors(e)) {
      responses[status] = {
        description: STATUS_TEXT[status],
        headers: status === 429 ? { ...rateHeaders, ...headerRefs(["Retry-After"]) } : rateHeaders,
        content: { "application/json": { schema: errorRef } },
      };
    }
    const params = [...parameters("path", e.params, components), ...parameters("query", e.query, components)];
    if (e.idempotent) {
      params.push({
        name: "Idempotency-Key",
        in: "header" as never,
        required: false,
        description: "Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422.",
        schema: { type: "string", minLength: 8, maxLength: 255 },
      });
    }
    paths[e.path] ??= {};
    paths[e.path][e.method.toLowerCase()] = {
      operationId: e.operationId,
      summary: e.summary,
      ...(e.description ? { description: e.description } : {}),
      tags: [e.tag],
      ...(e.auth === "sandbox-secret" ? { security: [{ sandboxSecret: [] }] } : {}),
      ...(params.length ? { parameters: params } : {}),
      ...(e.body ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(e.body, "input", components) } } } } : {}),
      responses,
    };
  }
  toSchema(errorSchema, "output", components);
  return {
    openapi: "3.1.0",
    info: {
      title: "License Console API",
      version: "1.0.0",
      description:
        "JSON over HTTPS. Authenticate with `Authorization: Bearer <token>` (a supervisor creates tokens on the workspace's Settings page) or the console's session cookie. " +
        "Every error has the shape {\"error\": {\"code\", \"message\", \"details\"}}. " +
        "Calls are rate limited per token or session (and per address without either); every answer carries RateLimit-* headers, and past the limit 429 with Retry-After. " +
        "A write authenticated by the session cookie must be a same-origin request with a JSON body (else 403 cross_site_request).",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { session: [] }],
    paths,
    // What the console POSTs to registered endpoints (issue 16): OpenAPI 3.1's `webhooks`.
    webhooks: webhooksSection(),
    components: {
      schemas: components,
      headers: { ...RATE_LIMIT_HEADERS, "Retry-After": RETRY_AFTER },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token (lc_…)." },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The console's own session." },
        sandboxSecret: {
          type: "apiKey",
          in: "header",
          name: "sandbox-secret",
          description: "The installation's sandbox bootstrap secret (LC_SANDBOX_SECRET), only where sandboxes are enabled.",
        },
      },
    },
  };
}
