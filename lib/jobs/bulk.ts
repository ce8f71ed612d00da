import { and, desc, eq, sql } from "drizzle-orm";
import { bulkJobs, type BulkJob } from "@/db/schema";
import { withScope, type Tx } from "@/db/scope";
import type { AuditActor } from "@/lib/audit";
import { notFound } from "@/lib/errors";

/**
 * Bulk jobs: a change to more users than one request should hold (bulk_jobs), fixed when it is
 * asked for and then worked off in chunks, each chunk's effect and the progress committed in one
 * transaction, so a stopped process resumes where it stopped and nobody is handled twice. The
 * areas say what a chunk does (registerBulkJobHandler); this module owns the table.
 */

/** A bulk job commits this many users per transaction (and its progress with them). */
export const CHUNK = 1_000;

export type BulkJobRow = Pick<BulkJob, "id" | "productId" | "total" | "reason" | "requestedBy" | "requestedByLabel">;

export type BulkJobHandler = {
  /** Handles one chunk of the job's users in `tx`; returns how many actually changed. */
  chunk(tx: Tx, workspaceId: string, job: BulkJobRow, userIds: string[]): Promise<number>;
  /** Runs in the transaction of the last chunk, with how many changed in all. */
  finished(tx: Tx, workspaceId: string, job: BulkJobRow, changed: number): Promise<void>;
};

/** Registered by each area at import (lib/jobs/handlers.ts lists them for the worker). */
const handlers = new Map<string, BulkJobHandler>();

export function registerBulkJobHandler(kind: string, handler: BulkJobHandler): void {
  handlers.set(kind, handler);
}

/** Queues a bulk job in the caller's transaction; start it once that has committed (processBulkJob). */
export async function createBulkJob(
  tx: Tx,
  workspaceId: string,
  job: { kind: string; productId: string; userIds: string[]; reason: string; requestedBy: AuditActor },
): Promise<string> {
  const [row] = await tx
    .insert(bulkJobs)
    .values({
      workspaceId,
      kind: job.kind,
      productId: job.productId,
      userIds: job.userIds,
      total: job.userIds.length,
      reason: job.reason,
      requestedBy: job.requestedBy.accountId,
      requestedByLabel: job.requestedBy.label,
    })
    .returning({ id: bulkJobs.id });
  return row.id;
}

export type BulkJobStatus = Pick<BulkJob, "id" | "kind" | "productId" | "total" | "done" | "changed" | "status" | "reason" | "requestedByLabel" | "createdAt" | "finishedAt" | "error">;

/** What a job's progress shows: its page, its API answer. */
const STATUS = {
  id: bulkJobs.id,
  kind: bulkJobs.kind,
  productId: bulkJobs.productId,
  total: bulkJobs.total,
  done: bulkJobs.done,
  changed: bulkJobs.changed,
  status: bulkJobs.status,
  reason: bulkJobs.reason,
  requestedByLabel: bulkJobs.requestedByLabel,
  createdAt: bulkJobs.createdAt,
  finishedAt: bulkJobs.finishedAt,
  error: bulkJobs.error,
};

export async function getBulkJob(tx: Tx, workspaceId: string, id: string): Promise<BulkJobStatus> {
  const [job] = await tx
    .select(STATUS)
    .from(bulkJobs)
    .where(and(eq(bulkJobs.workspaceId, workspaceId), eq(bulkJobs.id, id)));
  // The API calls it an operation (GET …/operations/{id}), and so does its 404.
  if (!job) throw notFound("operation");
  return job;
}

/** The product's most recent bulk job of the last day, for its page to show. */
export async function latestBulkJob(tx: Tx, workspaceId: string, productId: string): Promise<BulkJobStatus | null> {
  const [job] = await tx
    .select(STATUS)
    .from(bulkJobs)
    .where(and(eq(bulkJobs.workspaceId, workspaceId), eq(bulkJobs.productId, productId), sql`${bulkJobs.createdAt} > now() - interval '1 day'`))
    .orderBy(desc(bulkJobs.createdAt))
    .limit(1);
  return job ?? null;
}

/**
 * Works a bulk job off, one chunk per transaction. The job's row is locked for the chunk (FOR
 * UPDATE): a second worker waits, then continues with the next chunk, so both finish the same
 * job and no user is handled twice. Returns when it is finished.
 */
export async function processBulkJob(workspaceId: string, jobId: string): Promise<void> {
  for (;;) {
    const more = await withScope({ kind: "system", workspaceId }, async (tx) => {
      // Only this chunk's slice of the selection is read, not the whole (possibly huge) array.
      const [job] = await tx
        .select({
          id: bulkJobs.id,
          kind: bulkJobs.kind,
          productId: bulkJobs.productId,
          total: bulkJobs.total,
          done: bulkJobs.done,
          changed: bulkJobs.changed,
          status: bulkJobs.status,
          reason: bulkJobs.reason,
          requestedBy: bulkJobs.requestedBy,
          requestedByLabel: bulkJobs.requestedByLabel,
          chunk: sql<string[]>`${bulkJobs.userIds}[${bulkJobs.done} + 1 : ${bulkJobs.done} + ${CHUNK}]`,
        })
        .from(bulkJobs)
        .where(and(eq(bulkJobs.workspaceId, workspaceId), eq(bulkJobs.id, jobId)))
        .for("update");
      if (!job || job.status === "done" || job.status === "failed") return false;
      const handler = handlers.get(job.kind);
      if (!handler) throw new Error(`no handler for bulk jobs of kind ${job.kind}`);
      const chunk = job.chunk;
      const changed = job.changed + (await handler.chunk(tx, workspaceId, job, chunk));
      const done = job.done + chunk.length;
      // An empty slice short of the total cannot happen, but must never loop.
      const finished = done >= job.total || chunk.length === 0;
      await tx
        .update(bulkJobs)
        .set({ done, changed, status: finished ? "done" : "running", updatedAt: sql`now()`, finishedAt: finished ? sql`now()` : null })
        .where(eq(bulkJobs.id, job.id));
      if (finished) await handler.finished(tx, workspaceId, job, changed);
      return !finished;
    });
    if (!more) return;
  }
}

/** The worker's sweep: bulk jobs never started, or left half-way by a process that stopped. */
export async function resumeStalledBulkJobs(idleSeconds = 30): Promise<number> {
  const stalled = await withScope({ kind: "anonymous" }, (tx) =>
    tx.execute<{ id: string; workspace_id: string }>(sql`select * from app_stalled_bulk_jobs(make_interval(secs => ${idleSeconds}), 20)`),
  );
  for (const job of stalled) await processBulkJob(job.workspace_id, job.id);
  return stalled.length;
}
