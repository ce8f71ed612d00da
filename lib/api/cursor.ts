import { z } from "zod";
import { invalid } from "@/lib/errors";

/** Opaque cursors: the sort key of the last row of a page, base64url JSON. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor<T extends z.ZodTuple>(cursor: string | undefined, shape: T): z.output<T> | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    // A forged cursor carrying NUL would reach PostgreSQL text and fail there.
    if (JSON.stringify(key).includes("\\u0000")) throw new Error("NUL");
    return shape.parse(key);
  } catch {
    throw invalid("The cursor is not one this API issued.", { fieldErrors: { cursor: ["Unknown cursor."] } });
  }
}

export const pageQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type CursorPage<T> = { data: T[]; nextCursor: string | null };
