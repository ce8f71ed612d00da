import { sql } from "drizzle-orm";
import type { Tx } from "@/db/scope";
import { eventHash, type ChainKind, type ChainRow } from "./chain";

/** Opens one short transaction for a batch: a long verify holds no snapshot and no connection between batches. */
export type BatchRunner = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

/**
 * Where a chain stops holding:
 * - `hash`: the event's stored hash is not the hash of its content (the row was edited);
 * - `link`: its prev_hash is not the previous event's hash (an event before it was deleted, or one
 *   was inserted or re-hashed by hand);
 * - `head`: the last event is not the one the chain's head names (the newest events were deleted).
 */
export type ChainBreak = { id: string; reason: "hash" | "link" | "head"; afterId: string | null };

export type ChainReport = { kind: ChainKind; owner: string; events: number; lastId: string | null; broken: ChainBreak | null };

const SOURCES = {
  workspace: { events: sql`audit_events`, owner: sql`workspace_id`, heads: sql`audit_chain_heads`, recorded: sql`app_audit_instant(recorded_at)` },
  reseller: { events: sql`reseller_audit_events`, owner: sql`reseller_id`, heads: sql`reseller_audit_chain_heads`, recorded: sql`null::text` },
};

type Fetched = Omit<ChainRow, "recordedAt"> & { recordedAt: string | null };

/**
 * Recomputes one chain (a workspace's events, or a reseller's) in id order, `batchSize` rows at a
 * time by keyset (id > last): memory stays constant however long the chain. Stops at the first
 * broken link and names it.
 */
export async function verifyChain(run: BatchRunner, kind: ChainKind, owner: string, opts: { batchSize?: number } = {}): Promise<ChainReport> {
  const source = SOURCES[kind];
  const batchSize = opts.batchSize ?? 5000;
  // The head first, and the events up to it only: ids ascend along the chain and the head moves in
  // the insert's transaction, so the events it names were all committed when it was read. Events
  // recorded while a long verify runs (a live workspace, the API's verify) are left for the next.
  const [head] = await run((tx) =>
    tx.execute<{ lastId: string; lastHash: string }>(sql`select last_id::text as "lastId", last_hash as "lastHash" from ${source.heads} where ${source.owner} = ${owner}`),
  );
  // Without a head (never recorded, or the head row deleted by hand) every event is read: any is a break.
  const upTo = head ? sql`and e.id <= ${head.lastId}::bigint` : sql``;
  let prev: string | null = null;
  let lastId: string | null = null;
  let events = 0;
  for (;;) {
    const rows = await run((tx) =>
      tx.execute<Fetched>(sql`
        select id::text as "id", ${source.owner}::text as "owner", actor_account_id::text as "actorAccountId", actor_label as "actorLabel",
               action, subject_type as "subjectType", subject_id as "subjectId", data::text as "data",
               app_audit_instant(occurred_at) as "occurredAt", ${source.recorded} as "recordedAt", prev_hash as "prevHash", hash
          from ${source.events} e
         where e.${source.owner} = ${owner} and e.id > ${lastId ?? "0"}::bigint ${upTo}
         order by e.id -- the column: "id" alone would sort by the text alias above
         limit ${batchSize}`),
    );
    for (const row of rows) {
      if (row.prevHash !== prev) return { kind, owner, events, lastId, broken: { id: row.id, reason: "link", afterId: lastId } };
      if (eventHash(kind, { ...row, recordedAt: row.recordedAt ?? undefined }) !== row.hash) {
        return { kind, owner, events, lastId, broken: { id: row.id, reason: "hash", afterId: lastId } };
      }
      prev = row.hash;
      lastId = row.id;
      events++;
    }
    if (rows.length < batchSize) break;
  }
  // No head and no events: nothing was ever recorded. A head that names another last event: the tail is gone.
  const headOk = head ? head.lastId === (lastId ?? "0") && head.lastHash === (prev ?? "") : lastId === null;
  if (!headOk) return { kind, owner, events, lastId, broken: { id: head?.lastId ?? lastId!, reason: "head", afterId: lastId } };
  return { kind, owner, events, lastId, broken: null };
}
