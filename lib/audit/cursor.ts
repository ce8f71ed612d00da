import { z } from "zod";
import { decodeCursor, encodeCursor } from "@/lib/api/cursor";

/**
 * An audit page's edge as a signed cursor (lib/api/cursor.ts): the event's workspace moment as
 * PostgreSQL wrote it (microseconds, which a JavaScript Date would round away and so skip or
 * repeat rows of the same millisecond) and its id.
 */
export type AuditKey = { occurredAt: string; id: string };

const shape = z.tuple([z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/), z.string().regex(/^[1-9]\d{0,18}$/)]);

export const encodeAuditCursor = (key: AuditKey) => encodeCursor([key.occurredAt, key.id]);

/** null for no cursor; a 422 (validation_failed, field `cursor`) for one this console did not issue. */
export function decodeAuditCursor(cursor: string | undefined): AuditKey | null {
  const key = decodeCursor(cursor, shape);
  return key ? { occurredAt: key[0], id: key[1] } : null;
}
