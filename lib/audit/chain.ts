import { createHash } from "node:crypto";

/**
 * The canonical text of an audit event, built exactly as migration 0024's app_audit_hash does:
 * each part as "<UTF-8 byte length>:<text>", or "~" for null, joined by "|". Recomputed here, not
 * read back from the database's function, so a verify does not trust the code it checks.
 */
export function chainHash(parts: (string | null)[]): string {
  const text = parts.map((p) => (p === null ? "~" : `${Buffer.byteLength(p, "utf8")}:${p}`)).join("|");
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** One stored event as the chain reads it: instants already in the canonical UTC text. */
export type ChainRow = {
  id: string;
  owner: string;
  actorAccountId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  data: string;
  occurredAt: string;
  /** Only workspace events have a recorded time apart from the workspace's (test) clock. */
  recordedAt?: string;
  prevHash: string | null;
  hash: string;
};

export type ChainKind = "workspace" | "reseller";

export function eventHash(kind: ChainKind, row: ChainRow): string {
  const parts = [kind, row.owner, row.id, row.actorAccountId, row.actorLabel, row.action, row.subjectType, row.subjectId, row.data, row.occurredAt];
  if (kind === "workspace") parts.push(row.recordedAt ?? null);
  parts.push(row.prevHash);
  return chainHash(parts);
}
