import { randomUUID } from "node:crypto";

/**
 * The id that ties a request's log lines and its error answer together: the load balancer's
 * x-request-id when it sends a sane one, otherwise a fresh one.
 */
export function requestIdOf(request: Request): string {
  const given = request.headers.get("x-request-id");
  return given && /^[A-Za-z0-9._:-]{8,128}$/.test(given) ? given : randomUUID();
}
