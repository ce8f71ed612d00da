/** A bounded HTTP client for the stress suite: every request has a deadline, nothing waits forever. */
import type { Json } from "../db/api/helpers";
import { BASE, SANDBOX_SECRET } from "./server";

/** A request not answered by then counts as hung. */
export const CLIENT_TIMEOUT_MS = Number(process.env.STRESS_CLIENT_TIMEOUT_MS ?? 30_000);

export type Req = { method: string; path: string; token?: string; json?: unknown; raw?: string; idempotencyKey?: string; headers?: Record<string, string> };
export type Res = { status: number; body: Json; text: string; ms: number; hung: boolean; retryAfter?: number; error?: string };

export async function send(req: Req, timeoutMs = CLIENT_TIMEOUT_MS): Promise<Res> {
  const headers: Record<string, string> = { ...(req.headers ?? {}) };
  if (req.token) headers.authorization = `Bearer ${req.token}`;
  if (req.idempotencyKey) headers["idempotency-key"] = req.idempotencyKey;
  let body: string | undefined;
  if (req.raw !== undefined) body = req.raw;
  else if (req.json !== undefined) body = JSON.stringify(req.json);
  if (body !== undefined && !headers["content-type"]) headers["content-type"] = "application/json";
  const started = performance.now();
  try {
    const res = await fetch(`${BASE}/api/v1${req.path}`, { method: req.method, headers, body, signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    const retryAfter = Number(res.headers.get("retry-after") ?? "") || undefined;
    return { status: res.status, body: parsed, text, ms: performance.now() - started, hung: false, retryAfter };
  } catch (e) {
    const error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    // A timeout is a hang; a refused or reset connection is no answer either.
    return { status: 0, body: null, text: "", ms: performance.now() - started, hung: true, error };
  }
}

/** A call that must succeed (test data made through the API), retried only on 429 (after its Retry-After). */
export async function must(req: Req, expected: number | number[] = [200, 201]): Promise<Json> {
  const ok = Array.isArray(expected) ? expected : [expected];
  for (let attempt = 0; ; attempt++) {
    const res = await send(req);
    if (res.status === 429 && attempt < 10) {
      await new Promise((r) => setTimeout(r, Math.min(res.retryAfter ?? 1, 30) * 1_000));
      continue;
    }
    if (!ok.includes(res.status)) throw new Error(`${req.method} ${req.path} answered ${res.status}: ${res.text.slice(0, 500)}`);
    return res.body;
  }
}

export type Sandbox = { id: string; slug: string; token: string; body: Json };

export async function sandbox(template = "empty", country: "PL" | "DE" = "PL"): Promise<Sandbox> {
  const body = await must({ method: "POST", path: "/sandboxes", json: { template, country }, headers: { "sandbox-secret": SANDBOX_SECRET } }, 201);
  return { id: body.workspace.id, slug: body.workspace.slug, token: body.token.token, body };
}
