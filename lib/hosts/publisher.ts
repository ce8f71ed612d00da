import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { hosts, resetRequestItems, resetRequests } from "@/db/schema";
import type { Platform } from "@/db/schema/enums";
import { asWorkspaceSystem, type Tx } from "@/db/scope";
import { inPublisher, type PublisherContext } from "@/lib/access/publisher";
import { recordAudit } from "@/lib/audit";
import { releaseLicenseOnHost } from "@/lib/devices";
import { workspaceNow } from "@/lib/clock";
import { AppError, notFound } from "@/lib/errors";
import { queueMail } from "@/lib/mail";
import { parseInput } from "@/lib/operations";
import { likePattern, type Page } from "@/lib/tables/params";
import { memberEmails } from "@/lib/workspaces/people";
import { decisionOutcome, hostStateFromItems, type HostState, type ResetDecision, type Verdict } from "./rules";

/** What a publisher sees of one item: only what the decision needs. */
export type PublisherItem = {
  id: string;
  requestId: string;
  decision: ResetDecision;
  note: string | null;
  decidedAt: Date | null;
  licenseName: string;
  productName: string;
  productSku: string;
  workspaceName: string;
  hostName: string;
  hostPlatform: Platform;
  reason: string;
  requestedAt: Date;
};

export const QUEUE_VIEWS = ["pending", "decided", "all"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

type Raw = {
  item_id: string;
  reset_request_id: string;
  decision: ResetDecision;
  note: string | null;
  decided_at: Date | string | null;
  license_name: string;
  product_name: string;
  product_sku: string;
  workspace_name: string;
  host_name: string;
  host_platform: Platform;
  reason: string;
  requested_at: Date | string;
};

const date = (v: Date | string) => (v instanceof Date ? v : new Date(v));

function fromRaw(r: Raw): PublisherItem {
  return {
    id: r.item_id,
    requestId: r.reset_request_id,
    decision: r.decision,
    note: r.note,
    decidedAt: r.decided_at ? date(r.decided_at) : null,
    licenseName: r.license_name,
    productName: r.product_name,
    productSku: r.product_sku,
    workspaceName: r.workspace_name,
    hostName: r.host_name,
    hostPlatform: r.host_platform,
    reason: r.reason,
    requestedAt: date(r.requested_at),
  };
}

/**
 * The publisher's queue: its own items only (the database function filters by the signed-in
 * account's publisher), oldest first while pending, newest decision first once decided.
 */
export async function listPublisherQueue(
  tx: Tx,
  opts: { view: QueueView; q?: string; page: number; size: number },
): Promise<Page<PublisherItem>> {
  const view =
    opts.view === "pending" ? sql`decision = 'pending'` : opts.view === "decided" ? sql`decision <> 'pending'` : sql`true`;
  const q = opts.q?.trim();
  const pattern = q ? likePattern(q) : null;
  const search = pattern ? sql`(workspace_name ilike ${pattern} or host_name ilike ${pattern} or product_name ilike ${pattern})` : sql`true`;
  const order = opts.view === "decided" ? sql`decided_at desc, item_id` : sql`requested_at asc, reset_request_id, license_name, item_id`;
  const rows = await tx.execute<Raw & { total: number }>(sql`
    select *, count(*) over ()::int as total from app_publisher_reset_items()
     where ${view} and ${search}
     order by ${order}
     limit ${opts.size} offset ${(opts.page - 1) * opts.size}`);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && opts.page > 1) {
    const [c] = await tx.execute<{ n: number }>(sql`select count(*)::int as n from app_publisher_reset_items() where ${view} and ${search}`);
    total = c?.n ?? 0;
  }
  return { rows: rows.map(fromRaw), total, page: opts.page, size: opts.size };
}

/** How many items wait for a decision (the console's badge). */
export async function pendingCount(tx: Tx): Promise<number> {
  const [row] = await tx.execute<{ n: number }>(sql`select count(*)::int as n from app_publisher_reset_items() where decision = 'pending'`);
  return row?.n ?? 0;
}

export const decisionInput = z.object({
  itemId: z.uuid(),
  decision: z.enum(["approved", "denied"]),
  note: z
    .string()
    .trim()
    .max(1000)
    .optional()
    .transform((v) => (v ? v : null)),
});

export type DecisionResult = {
  itemId: string;
  decision: Verdict;
  decidedAt: string;
  note: string | null;
  /** False when the item already had this decision (a retried click): nothing changed. */
  changed: boolean;
  /** The host's state after the decision, as the workspace sees it. */
  hostState: HostState;
};

/**
 * A publisher approves or denies one item. The item row is locked, so two staff deciding at once
 * give one decision: the second gets the same answer back (same verdict) or 409 already_decided.
 * Approved: the activations of that license on the host are released to the workspace's pool.
 * Every item of the request approved: the host is removed. Denied: everything stays as it was.
 */
export async function decideResetItem(ctx: PublisherContext, raw: unknown): Promise<DecisionResult> {
  const input = parseInput(decisionInput, raw);
  return inPublisher(ctx, async (tx) => {
    const [item] = await tx
      .select({
        id: resetRequestItems.id,
        workspaceId: resetRequestItems.workspaceId,
        requestId: resetRequestItems.resetRequestId,
        licenseId: resetRequestItems.licenseId,
        publisherId: resetRequestItems.publisherId,
        decision: resetRequestItems.decision,
        decidedAt: resetRequestItems.decidedAt,
        note: resetRequestItems.note,
      })
      .from(resetRequestItems)
      .where(and(eq(resetRequestItems.id, input.itemId), eq(resetRequestItems.publisherId, ctx.publisher.id)))
      .for("update");
    if (!item) throw notFound("reset request");
    const ws = item.workspaceId;
    const outcome = decisionOutcome(item.decision, input.decision);
    if (outcome === "conflict") {
      throw new AppError(409, "already_decided", { key: "apiErrors.already_decided", values: { decision: item.decision ?? "other" } }, {
        decision: item.decision,
        decidedAt: item.decidedAt?.toISOString() ?? null,
      });
    }
    if (outcome === "unchanged") {
      const hostState = await asWorkspaceSystem(tx, ws, async () => {
        const [h] = await tx
          .select({ state: hosts.state })
          .from(resetRequests)
          .innerJoin(hosts, and(eq(hosts.workspaceId, resetRequests.workspaceId), eq(hosts.id, resetRequests.hostId)))
          .where(and(eq(resetRequests.workspaceId, ws), eq(resetRequests.id, item.requestId)));
        return h.state;
      });
      return { itemId: item.id, decision: input.decision, decidedAt: item.decidedAt!.toISOString(), note: item.note, changed: false, hostState };
    }

    const now = await asWorkspaceSystem(tx, ws, () => workspaceNow(tx, ws));
    // The decision itself is written as the publisher (the row policy and the guard trigger check it).
    await tx
      .update(resetRequestItems)
      .set({ decision: input.decision, decidedAt: now, decidedBy: ctx.actor.accountId, note: input.note })
      .where(eq(resetRequestItems.id, item.id));

    const hostState = await asWorkspaceSystem(tx, ws, async () => {
      const [request] = await tx
        .select({ hostId: resetRequests.hostId })
        .from(resetRequests)
        .where(and(eq(resetRequests.workspaceId, ws), eq(resetRequests.id, item.requestId)));
      // Decisions on the same host serialise here, so the last one sees every other decision.
      const [host] = await tx
        .select({ id: hosts.id, name: hosts.name, state: hosts.state })
        .from(hosts)
        .where(and(eq(hosts.workspaceId, ws), eq(hosts.id, request.hostId)))
        .for("update");
      let released = 0;
      if (input.decision === "approved") released = await releaseLicenseOnHost(tx, ws, host.id, item.licenseId, now);
      const decisions = await tx
        .select({ decision: resetRequestItems.decision })
        .from(resetRequestItems)
        .where(and(eq(resetRequestItems.workspaceId, ws), eq(resetRequestItems.resetRequestId, item.requestId)));
      const next = hostStateFromItems(decisions.map((d) => d.decision));
      if (next !== host.state) await tx.update(hosts).set({ state: next }).where(and(eq(hosts.workspaceId, ws), eq(hosts.id, host.id)));

      const actor = { accountId: ctx.actor.accountId, label: `${ctx.actor.email} (${ctx.publisher.name})` };
      await recordAudit(tx, ws, actor, {
        action: input.decision === "approved" ? "reset_request.approved" : "reset_request.denied",
        subjectType: "reset_request_item",
        subjectId: item.id,
        data: { requestId: item.requestId, hostId: host.id, licenseId: item.licenseId, publisherId: ctx.publisher.id, note: input.note, released },
      });
      if (next === "removed" && host.state !== "removed") {
        await recordAudit(tx, ws, actor, { action: "host.removed", subjectType: "host", subjectId: host.id, data: { requestId: item.requestId } });
      }

      const admins = await memberEmails(tx, ws);
      if (admins.length) {
        const [license] = await tx.execute<{ name: string }>(sql`select name from licenses where workspace_id = ${ws} and id = ${item.licenseId}`);
        // The item passed row-level security, so its license exists in the workspace.
        const values = { decision: input.decision, license: license.name, host: host.name, publisher: ctx.publisher.name };
        await queueMail(tx, ws, {
          kind: "reset_request.decided",
          to: admins,
          compose: (t) => ({
            subject: t("mail.resetRequestDecided.subject", values),
            text: [
              t("mail.resetRequestDecided.intro", values),
              input.note ? t("mail.resetRequestDecided.note", { note: input.note }) : null,
              input.decision === "approved" ? t("mail.resetRequestDecided.released", { count: released }) : t("mail.resetRequestDecided.denied"),
              next === "removed" ? t("mail.resetRequestDecided.removed", { host: host.name }) : null,
            ]
              .filter((l): l is string => l !== null)
              .join("\n"),
          }),
        });
      }
      return next;
    });
    return { itemId: item.id, decision: input.decision, decidedAt: now.toISOString(), note: input.note, changed: true, hostState };
  });
}
