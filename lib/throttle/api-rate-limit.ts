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
 * Calls per minute: per API token or console session (API_RATE_LIMIT_PER_MINUTE, 600), and per
 * client address for calls without either (API_RATE_LIMIT_ANONYMOUS_PER_MINUTE, 300).
 */
export function rateLimitFor(kind: "caller" | "anonymous"): number {
  return kind === "caller" ? perMinute("API_RATE_LIMIT_PER_MINUTE", 600) : perMinute("API_RATE_LIMIT_ANONYMOUS_PER_MINUTE", 300);
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
 * count holds across every web instance and survives the request's rollback.
 */
export async function countApiCall(key: string, limit: number): Promise<RateLimitState> {
  const [row] = await appDb().execute<{ hits: number; reset_at: string | Date }>(
    sql`select hits, reset_at from app_api_rate_hit(${key}, ${RATE_WINDOW_SECONDS})`,
  );
  const resetSeconds = Math.max(1, Math.ceil((new Date(row.reset_at).getTime() - Date.now()) / 1000));
  return { limit, remaining: Math.max(0, limit - row.hits), resetSeconds, exceeded: row.hits > limit };
}
