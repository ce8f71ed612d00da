import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { isProduction } from "@/lib/deployment/environment";
import { fieldError, invalid } from "@/lib/errors";

/**
 * The cursors' signing key, from CURSOR_SECRET (or NEXTAUTH_SECRET, so every web instance
 * shares it); outside production a fixed development key is used when neither is set.
 */
function key(): Buffer {
  const material = process.env.CURSOR_SECRET || process.env.NEXTAUTH_SECRET;
  if (!material && isProduction()) throw new Error("CURSOR_SECRET (or NEXTAUTH_SECRET) must be set in production");
  return createHash("sha256").update(`license-console:cursor:${material || "development-only"}`).digest();
}

const mac = (payload: string) => createHmac("sha256", key()).update(payload).digest().subarray(0, 16);

/**
 * Opaque cursors: the sort key of the last row of a page, base64url JSON, signed. Only a cursor
 * this API issued is read back, so a forged one (a moment PostgreSQL cannot hold, a NUL, another
 * shape) is a 422 and never reaches a query.
 */
export function encodeCursor(key: unknown[]): string {
  const payload = Buffer.from(JSON.stringify(key)).toString("base64url");
  return `${payload}.${mac(payload).toString("base64url")}`;
}

export function decodeCursor<T extends z.ZodTuple>(cursor: string | undefined, shape: T): z.output<T> | null {
  if (!cursor) return null;
  try {
    const [payload, signature, ...rest] = cursor.split(".");
    const given = Buffer.from(signature ?? "", "base64url");
    const expected = mac(payload);
    if (rest.length > 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error("unsigned");
    return shape.parse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
  } catch {
    throw invalid({ key: "apiErrors.cursor_unknown" }, fieldError("cursor", { key: "apiErrors.cursor_unknown_field" }));
  }
}

export const pageQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type CursorPage<T> = { data: T[]; nextCursor: string | null };
