import { z } from "zod";
import type { Action, Resource } from "@/lib/access/matrix";
import { authorize, type WorkspaceContext } from "@/lib/access/workspace";
import type { Actor } from "@/lib/auth/accounts";
import { log, requestContext } from "@/lib/deployment/log";
import { metrics } from "@/lib/deployment/metrics";
import { requestIdOf } from "@/lib/deployment/request-id";
import { AppError, notFound, unauthenticated } from "@/lib/errors";
import { parseInput, runOperation, type Operation } from "@/lib/operations";
import { holdsSandboxSecret, requireSandboxSecret } from "@/lib/sandboxes/bootstrap";
import { clientAddress } from "@/lib/throttle/address";
import { countApiCall, rateLimited, rateLimitFor, rateLimitHeaders, watchedState } from "@/lib/throttle/api-rate-limit";
import { identifyCaller, resolveCaller, type Caller } from "./actor";
import { apiLocale, errorResponse, json, readJsonBody } from "./http";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type AnyObject = z.ZodObject<z.ZodRawShape>;

export type HandlerInput<P, Q, B> = {
  request: Request;
  actor: Actor | null;
  /** The path's workspace ({workspace}), opened with the actor in one transaction; else null. */
  workspace: WorkspaceContext | null;
  params: P;
  query: Q;
  body: B;
  idempotencyKey: string | null;
};

/** One endpoint: its schemas document it (OpenAPI) and validate it, from the same zod objects. */
export type Endpoint<P = unknown, Q = unknown, B = unknown> = {
  method: Method;
  /** OpenAPI path under /api/v1, e.g. "/workspaces/{workspace}/users". */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** "sandbox-secret": creating sandboxes, with the installation's bootstrap secret instead of a token. */
  auth?: "required" | "sandbox-secret";
  params?: AnyObject;
  query?: AnyObject;
  body?: z.ZodType;
  /** Accepts Idempotency-Key (every mutation does). */
  idempotent?: boolean;
  /**
   * The role the path's workspace requires, checked before the query and body are validated,
   * so a caller without it learns nothing from detailed 422s (set it from the operation: guardOf(op)).
   */
  guard?: { resource: Resource; action: Action };
  /**
   * `media`: a handler answering with its own Response (a streamed export) documents its media
   * types here instead of a JSON `schema`.
   */
  success: { status: 200 | 201 | 204; description: string; schema?: z.ZodType; media?: string[] };
  errors: number[];
  handle: (input: HandlerInput<P, Q, B>) => Promise<unknown>;
};

export function defineEndpoint<P extends AnyObject | undefined, Q extends AnyObject | undefined, B extends z.ZodType | undefined>(
  e: Omit<Endpoint, "handle" | "params" | "query" | "body"> & {
    params?: P;
    query?: Q;
    body?: B;
    handle: (
      input: HandlerInput<
        P extends AnyObject ? z.output<P> : Record<string, never>,
        Q extends AnyObject ? z.output<Q> : Record<string, never>,
        B extends z.ZodType ? z.output<B> : undefined
      >,
    ) => Promise<unknown>;
  },
): Endpoint {
  return e as unknown as Endpoint;
}

/** A result with response headers (e.g. Idempotent-Replayed). */
export class WithHeaders {
  constructor(
    readonly body: unknown,
    readonly headers: Record<string, string>,
  ) {}
}

/** Path ids are looked up, never trusted: a malformed id is as unknown as a foreign one. */
function parseParams(schema: AnyObject | undefined, raw: Record<string, string>) {
  if (!schema) return {};
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

/**
 * The rate-limit key and limit of a caller: per token, per session's account, per holder of the
 * sandbox secret, else per client address; an anonymous caller whose address cannot be known
 * shares the route's bucket with every such caller (a higher limit: see rateLimitFor).
 */
function rateKey(endpoint: Endpoint, caller: Caller | "sandbox-secret", address: string | null): { key: string; limit: number } {
  if (caller === "sandbox-secret") return { key: "sandbox-secret", limit: rateLimitFor("caller") };
  if (caller.kind === "token") return { key: `token:${caller.secretHash}`, limit: rateLimitFor("caller") };
  if (caller.kind === "session") return { key: `account:${caller.accountId}`, limit: rateLimitFor("caller") };
  if (address) return { key: `address:${address}`, limit: rateLimitFor("anonymous") };
  return { key: `unknown-address:${endpoint.method} ${endpoint.path}`, limit: rateLimitFor("unknown-address") };
}

/** Where the request's failed bearer tokens count: its address, or its route when the address is unknown. */
const failedTokenKey = (endpoint: Endpoint, address: string | null) =>
  address ? `failed-token:address:${address}` : `failed-token:route:${endpoint.method} ${endpoint.path}`;

/** The Next.js route handler for an endpoint: authenticate, validate, run, map errors; timed and logged. */
export function route(endpoint: Endpoint) {
  return (request: Request, context: { params: Promise<Record<string, string>> }): Promise<Response> => {
    const requestId = requestIdOf(request);
    return requestContext.run({ requestId }, async () => {
      const started = performance.now();
      const response = await answer(endpoint, request, context);
      const seconds = (performance.now() - started) / 1000;
      const labels = { route: endpoint.path, method: endpoint.method, status: String(response.status) };
      metrics.requestSeconds.observe(labels, seconds);
      log.info({ ...labels, ms: Math.round(seconds * 1000) }, "api request");
      response.headers.set("x-request-id", requestId);
      return response;
    });
  };
}

/**
 * Identify the caller, count the call against its rate limit (before any transaction opens),
 * authenticate, authorise a guarded endpoint before reading its input, validate, run, map errors.
 * Every answer carries the RateLimit-* headers of the count.
 */
async function answer(endpoint: Endpoint, request: Request, context: { params: Promise<Record<string, string>> }): Promise<Response> {
  let limits: Record<string, string> = {};
  try {
    const bootstrap = endpoint.auth === "sandbox-secret";
    const address = clientAddress(request.headers);
    const caller: Caller = bootstrap ? { kind: "anonymous" } : await identifyCaller(request);
    const { key, limit } = rateKey(endpoint, bootstrap && holdsSandboxSecret(request) ? "sandbox-secret" : caller, address);
    const failures = caller.kind === "token" ? { key: failedTokenKey(endpoint, address), limit: rateLimitFor("failed-token") } : null;
    // An address past its failed-token limit gets no lookup at all. Without an address, never
    // refused early: other callers' made-up tokens must not refuse a good one.
    const count = await countApiCall(key, limit, address ? failures?.key : undefined);
    limits = rateLimitHeaders(count);
    if (count.exceeded) throw rateLimited(count);
    if (failures && count.watched >= failures.limit) throw rateLimited(watchedState(failures.limit, count.watched + 1));
    // After the count: guesses at the bootstrap secret are limited like any anonymous call.
    if (bootstrap) requireSandboxSecret(request);
    const rawParams = await context.params;
    const { actor, workspace } = bootstrap
      ? { actor: null, workspace: null }
      : await resolveCaller(caller, workspaceSlugOf(endpoint, rawParams)).catch(async (e: unknown) => {
          // A token nobody issued counts against the address (or route) it came from, not against itself.
          if (failures && e instanceof AppError && e.code === "invalid_token") {
            const failed = await countApiCall(failures.key, failures.limit);
            if (failed.exceeded) throw rateLimited(failed);
          }
          throw e;
        });
    const params = parseParams(endpoint.params, rawParams);
    if (endpoint.guard) authorize(workspaceOf({ workspace }), endpoint.guard.resource, endpoint.guard.action);
    const query = endpoint.query ? parseInput(endpoint.query, Object.fromEntries(new URL(request.url).searchParams)) : {};
    const body = endpoint.body ? parseInput(endpoint.body, await readJsonBody(request)) : undefined;
    const idempotencyKey = endpoint.idempotent ? request.headers.get("idempotency-key") : null;
    const result = await endpoint.handle({ request, actor, workspace, params, query, body, idempotencyKey });
    // A streamed answer (an export) is built by its handler; it still carries the count's headers.
    if (result instanceof Response) {
      for (const [name, value] of Object.entries(limits)) result.headers.set(name, value);
      return result;
    }
    return result instanceof WithHeaders
      ? json(endpoint.success.status, result.body, { ...limits, ...result.headers })
      : json(endpoint.success.status, result, limits);
  } catch (e) {
    return errorResponse(e, apiLocale(request), limits);
  }
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

/** The slug of a path naming a {workspace}, which the request opens with its caller; else null. */
function workspaceSlugOf(endpoint: Endpoint, params: Record<string, string>): string | null {
  return endpoint.path.includes("/{workspace}") ? (params.workspace ?? "") : null;
}

/**
 * The workspace of the path, opened before the handler ran (404 for one the caller may not open,
 * exactly as for a missing one); only endpoints whose path names a {workspace} have one.
 */
export function workspaceOf(input: { workspace: WorkspaceContext | null }): WorkspaceContext {
  if (!input.workspace) throw new Error("workspaceOf: this endpoint's path names no workspace");
  return input.workspace;
}

/** The usual mutation: the path's workspace, the operation of lib/<area>, the Idempotency-Key. */
export async function runInWorkspace<S extends z.ZodType, O>(
  input: { workspace: WorkspaceContext | null; idempotencyKey: string | null },
  op: Operation<S, O>,
  raw: unknown,
): Promise<WithHeaders> {
  const { result, replayed } = await runOperation(op, workspaceOf(input), raw, { idempotencyKey: input.idempotencyKey });
  return new WithHeaders(result, replayed ? { "idempotent-replayed": "true" } : {});
}

/** The role check of an operation, for an endpoint's guard. */
export function guardOf(op: { resource: Resource; action: Action }): { resource: Resource; action: Action } {
  return { resource: op.resource, action: op.action };
}

export const workspaceParam = z.object({ workspace: z.string().min(1).max(100).regex(/^[a-z0-9-]+$/) });
