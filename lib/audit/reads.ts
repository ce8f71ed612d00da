import type { Tx } from "@/db/scope";
import type { WorkspaceContext } from "@/lib/access/workspace";
import { defineRead, runRead } from "@/lib/operations/read";
import { exportAuditEvents, type ExportFormat } from "./export";
import type { AuditFilter } from "./filters";
import { auditEvents, type AuditPageInput } from "./queries";
import { verifyChain, type ChainReport } from "./verify";

/** The audit log's declared reads (lib/operations/read): resource audit_log, as the matrix allows. */

/** A page of events, newest first (the Audit tab, GET …/audit-events). Lists tolerate lag. */
export const auditPage = defineRead({
  name: "audit events",
  resource: "audit_log",
  replica: true,
  run: (tx, ctx, input: Omit<AuditPageInput, "timeZone">) => auditEvents(tx, ctx.workspace.id, { ...input, timeZone: ctx.workspace.timeZone } as AuditPageInput),
});

/**
 * Every event a filter selects, written out as it is read: the read's one transaction stays open
 * while the download runs (a server-side cursor lives in its transaction), so the caller starts it
 * inside the response's stream. Resolves with the number of events.
 */
export const auditExport = defineRead({
  name: "audit export",
  resource: "audit_log",
  replica: true,
  run: (tx, ctx, input: { filter: AuditFilter; format: ExportFormat; write: (text: string) => Promise<void> }) =>
    exportAuditEvents(tx, ctx.workspace.id, { ...input, timeZone: ctx.workspace.timeZone }),
});

/** One batch of the chain's recomputation, in its own short transaction (verifyChain's BatchRunner). */
const chainBatch = defineRead({
  name: "audit chain batch",
  resource: "audit_log",
  run: (tx, _ctx, batch: (tx: Tx) => Promise<unknown>) => batch(tx),
});

/** Recomputes the workspace's chain as its reader (the heads are readable under RLS) and names the first broken link. */
export function verifyWorkspaceChain(ctx: WorkspaceContext): Promise<ChainReport> {
  return verifyChain((fn) => runRead(ctx, chainBatch.with(fn)) as ReturnType<typeof fn>, "workspace", ctx.workspace.id);
}
