import { createHash, timingSafeEqual } from "node:crypto";
import { sandboxesEnabled } from "@/lib/deployment/environment";
import { AppError } from "@/lib/errors";

/** The request header that carries the installation's sandbox bootstrap secret. */
export const SANDBOX_SECRET_HEADER = "sandbox-secret";

const digest = (s: string) => createHash("sha256").update(s).digest();

/**
 * Creating a sandbox makes accounts and tokens out of nothing, so even where sandboxes are
 * enabled it needs the bootstrap secret (LC_SANDBOX_SECRET) the operator handed the suites.
 * Where sandboxes are off the endpoint does not exist (404), secret or not.
 */
/** Whether the request carries the installation's bootstrap secret (no database: counted as its own caller). */
export function holdsSandboxSecret(request: Request, env: Record<string, string | undefined> = process.env): boolean {
  const expected = env.LC_SANDBOX_SECRET?.trim();
  const given = request.headers.get(SANDBOX_SECRET_HEADER)?.trim() ?? "";
  // Compared as digests: equal length, so timingSafeEqual never throws and leaks no length.
  return Boolean(expected && given && timingSafeEqual(digest(given), digest(expected)));
}

export function requireSandboxSecret(request: Request, env: Record<string, string | undefined> = process.env): void {
  if (!sandboxesEnabled(env)) throw new AppError(404, "not_found", { key: "apiErrors.sandboxes_off" });
  if (!holdsSandboxSecret(request, env)) {
    throw new AppError(401, "sandbox_secret_required", { key: "apiErrors.sandbox_secret_required", values: { header: SANDBOX_SECRET_HEADER } });
  }
}
