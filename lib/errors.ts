/**
 * Errors that cross the edge (server action, API route) with a status and a stable code.
 * Anything else is a bug and answers 500 without details.
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "resource") => new AppError(404, "not_found", `No such ${what}.`);
export const forbidden = (message = "Your role does not allow this.") => new AppError(403, "forbidden", message);
export const unauthenticated = () => new AppError(401, "unauthenticated", "Sign in first.");
export const conflict = (message: string, details?: unknown) => new AppError(409, "conflict", message, details);
export const invalid = (message: string, details?: unknown) => new AppError(422, "validation_failed", message, details);
export const tooMany = (message: string, retryAfterSeconds: number) =>
  new AppError(429, "rate_limited", message, { retryAfterSeconds });

/**
 * The database did not answer in time (no free connection, a statement or an idle transaction
 * ran past its limit): nothing was changed, the request may be retried.
 */
export const unavailable = (retryAfterSeconds = 5) =>
  new AppError(503, "service_unavailable", "The service is busy right now; nothing was changed. Try again shortly.", { retryAfterSeconds });

/** Deeper input than any of our schemas reads is refused before anything walks it. */
export const MAX_INPUT_DEPTH = 64;
export const tooDeep = () => new AppError(400, "too_deeply_nested", `The input is nested deeper than ${MAX_INPUT_DEPTH} levels.`);
