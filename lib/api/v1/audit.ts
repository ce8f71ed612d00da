import { z } from "zod";
import { decodeAuditCursor, encodeAuditCursor } from "@/lib/audit/cursor";
import { EXPORT_FORMATS } from "@/lib/audit/export";
import { auditFilterShape, checkFilter, onlyFilter } from "@/lib/audit/filters";
import { auditExport, auditPage, verifyWorkspaceChain } from "@/lib/audit/reads";
import { log } from "@/lib/deployment/log";
import { csvDownload } from "@/lib/format/csv";
import { runRead } from "@/lib/operations/read";
import { pageQuery } from "../cursor";
import { defineEndpoint, workspaceOf, workspaceParam } from "../endpoint";
import { streamOf } from "../stream";
import { page, uuid } from "./schemas";

const GUARD = { resource: "audit_log", action: "read" } as const;

/** UTC, to the microsecond, as PostgreSQL recorded it (the order of events within a millisecond survives). */
const instant = z.string().describe("UTC, to the microsecond, e.g. 2026-12-03T06:15:00.123456Z.");

const auditEventSchema = z
  .object({
    id: z.string().describe("Ascends along the workspace's hash chain."),
    occurredAt: instant.describe("Workspace time (a sandbox's test clock), UTC to the microsecond."),
    recordedAt: instant.describe("Server time when the event was written, UTC to the microsecond."),
    actorKind: z.enum(["person", "token", "job"]).describe("A person's session, an API token, or a timed job of the console."),
    actorAccountId: uuid.nullable(),
    actorLabel: z.string().describe("Who acted, as recorded: an e-mail, token-<id>@api-tokens.invalid, or job:<kind>."),
    action: z.string().describe("e.g. license.renewed, assignment.ended, job.renewal.window_close."),
    subjectType: z.string(),
    subjectId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()).describe("What changed (for an update, its before and after values)."),
  })
  .meta({ id: "AuditEvent" });

export const listAuditEventsEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/audit-events",
  operationId: "listAuditEvents",
  tag: "Audit log",
  summary: "Audit events, newest first",
  description: "Every role reads the log. Filters combine (and); cursor paging over any number of events.",
  params: workspaceParam,
  query: z.object({ ...auditFilterShape, ...pageQuery.shape }).superRefine(checkFilter),
  guard: GUARD,
  success: { status: 200, description: "One page.", schema: page(auditEventSchema) },
  errors: [401, 404, 422],
  handle: async (input) => {
    const { cursor, limit, ...filter } = input.query;
    const after = decodeAuditCursor(cursor);
    const rows = await runRead(workspaceOf(input), auditPage.with({ filter: onlyFilter(filter), after, limit: limit + 1 }));
    const data = rows.slice(0, limit);
    const last = data.at(-1);
    return { data, nextCursor: rows.length > limit && last ? encodeAuditCursor(last) : null };
  },
});

export const verifyAuditEventsEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/audit-events/verify",
  operationId: "verifyAuditEvents",
  tag: "Audit log",
  summary: "Recompute the workspace's hash chain",
  description:
    "Recomputes every event's hash in chain (id) order and names the first broken link: `hash` (the event was edited), `link` (an event " +
    "before it was deleted or re-hashed), `head` (the newest events were deleted). Takes time in proportion to the log.",
  params: workspaceParam,
  guard: GUARD,
  success: {
    status: 200,
    description: "The verdict.",
    schema: z
      .object({
        ok: z.boolean(),
        events: z.number().int().describe("Events checked before the verdict."),
        lastId: z.string().nullable().describe("The last event that held."),
        broken: z.object({ id: z.string(), reason: z.enum(["hash", "link", "head"]), afterId: z.string().nullable() }).nullable(),
      })
      .meta({ id: "AuditChainReport" }),
  },
  errors: [401, 404],
  handle: async (input) => {
    const report = await verifyWorkspaceChain(workspaceOf(input));
    return { ok: report.broken === null, events: report.events, lastId: report.lastId, broken: report.broken };
  },
});

export const exportAuditEventsEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/audit-events/export",
  operationId: "exportAuditEvents",
  tag: "Audit log",
  summary: "Every event a filter selects, streamed as CSV or JSON Lines",
  description:
    "Newest first, no row cap, streamed while it is read (constant memory on the server). CSV (for spreadsheets): UTF-8 with a byte-order " +
    "mark, a header line, then id, occurred_at, recorded_at, actor_kind, actor, actor_account_id, action, subject_type, subject_id, data (JSON); " +
    "a formula trigger (=, +, -, @) at a cell's start or after a separator gets a leading apostrophe. JSON Lines (for programs): one AuditEvent " +
    "per line, unaltered. A failure after the first line cuts the body short.",
  params: workspaceParam,
  query: z.object({ ...auditFilterShape, format: z.enum(EXPORT_FORMATS).default("csv") }).superRefine(checkFilter),
  guard: GUARD,
  success: { status: 200, description: "The file, as an attachment.", media: ["text/csv", "application/x-ndjson"] },
  errors: [401, 404, 422],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    const { format, ...filter } = input.query;
    const body = streamOf(
      (write) => runRead(ctx, auditExport.with({ filter: onlyFilter(filter), format, write })),
      (e) => log.error({ err: e, workspace: ctx.workspace.slug }, "audit export failed mid-stream"),
    );
    const fileName = `audit-${ctx.workspace.slug}-${new Date().toISOString().slice(0, 10)}.${format}`;
    if (format === "csv") return csvDownload(body, fileName);
    // JSON Lines: the CSV download's headers with its own type.
    const download = csvDownload(body, fileName);
    download.headers.set("content-type", "application/x-ndjson; charset=utf-8");
    return download;
  },
});
