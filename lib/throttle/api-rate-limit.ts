import { sql } from "drizzle-orm";
import { appDb } from "@/db/client";
import { AppError } from "@/lib/errors";

/** Fixed windows of one minute; the limits per window come from the environment. */
export const RATE_WINDOW_SECONDS = 60;

function perMinute(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * Calls per minute:
 * - `caller`: per API token, console session or holder of the sandbox secret (API_RATE_LIMIT_PER_MINUTE, 600);
 * - `anonymous`: per client address for calls without either (API_RATE_LIMIT_ANONYMOUS_PER_MINUTE, 300);
 * - `unknown-address`: anonymous calls whose address cannot be known (TRUSTED_PROXY_HOPS=0: Next.js
 *   hands route handlers no socket address), per route, all such callers together
 *   (API_RATE_LIMIT_UNKNOWN_ADDRESS_PER_MINUTE, 3000): one abuser can exhaust one route's
 *   anonymous budget, never the whole API's, and never a token's or a session's;
 * - `failed-token`: unknown, revoked or expired bearer tokens per client address (per route when
 *   the address is unknown) (API_RATE_LIMIT_FAILED_TOKENS_PER_MINUTE, 30): a new made-up token
 *   per call gets no fresh budget.
 */
const LIMITS = {
  caller: ["API_RATE_LIMIT_PER_MINUTE", 600],
  anonymous: ["API_RATE_LIMIT_ANONYMOUS_PER_MINUTE", 300],
  "unknown-address": ["API_RATE_LIMIT_UNKNOWN_ADDRESS_PER_MINUTE", 3000],
  "failed-token": ["API_RATE_LIMIT_FAILED_TOKENS_PER_MINUTE", 30],
} as const;

export function rateLimitFor(kind: keyof typeof LIMITS): number {
  const [name, fallback] = LIMITS[kind];
  return perMinute(name, fallback);
}

export type RateLimitState = { limit: number; remaining: number; resetSeconds: number; exceeded: boolean };

/** The IETF draft's RateLimit-* headers (and Retry-After once refused). */
export function rateLimitHeaders(s: RateLimitState): Record<string, string> {
  return {
    "ratelimit-limit": String(s.limit),
    "ratelimit-remaining": String(s.remaining),
    "ratelimit-reset": String(s.resetSeconds),
    "ratelimit-policy": `${s.limit};w=${RATE_WINDOW_SECONDS}`,
  };
}

export const rateLimited = (s: RateLimitState) =>
  new AppError(429, "rate_limited", { key: "apiErrors.rate_limited", values: { limit: s.limit, seconds: s.resetSeconds } }, { retryAfterSeconds: s.resetSeconds });

/**
 * Counts one call against `key` (past the limit, `exceeded`). One atomic statement on its
 * own connection turn, before the request's scoped transaction opens (never inside it), so the
 * count holds across every web instance and survives the request's rollback. `watch` is read in
 * the same statement without being counted (the failed-token count of the caller's address).
 */
export async function countApiCall(key: string, limit: number, watch?: string): Promise<RateLimitState & { watched: number }> {
  const [row] = await appDb().execute<{ hits: number; reset_at: string | Date; watched: number }>(
    sql`select hits, reset_at, ${watch === undefined ? sql`0` : sql`app_api_rate_peek(${watch}, ${RATE_WINDOW_SECONDS})`} as watched
          from app_api_rate_hit(${key}, ${RATE_WINDOW_SECONDS})`,
  );
  return { ...stateOf(limit, row.hits, row.reset_at), watched: row.watched };
}

function stateOf(limit: number, hits: number, resetAt: string | Date): RateLimitState {
  const resetSeconds = Math.max(1, Math.ceil((new Date(resetAt).getTime() - Date.now()) / 1000));
  return { limit, remaining: Math.max(0, limit - hits), resetSeconds, exceeded: hits > limit };
}

/** A full window's state of a key whose count (`hits`) was only read: for the Retry-After of a refusal. */
export function watchedState(limit: number, hits: number): RateLimitState {
  const now = Date.now();
  const windowEnd = (Math.floor(now / 1000 / RATE_WINDOW_SECONDS) + 1) * RATE_WINDOW_SECONDS * 1000;
  return stateOf(limit, hits, new Date(windowEnd));
}
