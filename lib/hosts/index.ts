import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { v } from "@/lib/i18n/validation";
import { activations, hosts, licenses, products, publishers, resetRequestItems, resetRequests } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { recordAudit } from "@/lib/audit";
import { workspaceNow } from "@/lib/clock";
import { conflict, notFound } from "@/lib/errors";
import { queueMail } from "@/lib/mail";
import { defineOperation } from "@/lib/operations";
import { resetItems } from "./queries";
import { canReport, type HostState, type ResetDecision } from "./rules";

export { isUnusable, type HostState, type ResetDecision } from "./rules";

/** A checkbox arrives as "on" from a form and as true from JSON. */
const ticked = z.preprocess(
  (v) => v === true || v === "on" || v === "true",
  z.literal(true, { error: v("confirm_reset") }),
);

export const reportUnusableInput = z.object({
  hostId: z.uuid(),
  reason: z
    .string({ error: v("reset_reason") })
    .trim()
    .min(1, v("reset_reason"))
    .max(2000),
  understood: ticked,
});

export type ReportResult = {
  requestId: string;
  hostId: string;
  hostName: string;
  state: HostState;
  requestedAt: string;
  /** True when the host already had a request under way: that one is returned, nothing new made. */
  existing: boolean;
  items: { id: string; licenseId: string; licenseName: string; publisherId: string; publisherName: string; decision: ResetDecision }[];
};

async function requestResult(tx: Tx, workspaceId: string, host: { id: string; name: string; state: HostState }, requestId: string, existing: boolean): Promise<ReportResult> {
  const [req] = await tx
    .select({ requestedAt: resetRequests.requestedAt })
    .from(resetRequests)
    .where(and(eq(resetRequests.workspaceId, workspaceId), eq(resetRequests.id, requestId)));
  // The report's answer names each item's decision only: the notes are the publisher's.
  const items = (await resetItems(tx, workspaceId, requestId)).map(({ decidedAt: _at, note: _note, ...item }) => item);
  return { requestId, hostId: host.id, hostName: host.name, state: host.state, requestedAt: req.requestedAt.toISOString(), existing, items };
}

/**
 * "Report as unusable" (seed 000): one request for the host, one item per license it holds,
 * each decided by that license's publisher. The host row is locked first, so two admins
 * submitting at once make one request; while a request is under way, submitting again returns
 * it unchanged.
 */
export const reportHostUnusable = defineOperation({
  name: "hosts.reportUnusable",
  input: reportUnusableInput,
  resource: "reset_request",
  action: "create",
  run: async (ctx, input, tx): Promise<ReportResult> => {
    const ws = ctx.workspace.id;
    const [host] = await tx
      .select({ id: hosts.id, name: hosts.name, platform: hosts.platform, state: hosts.state })
      .from(hosts)
      .where(and(eq(hosts.workspaceId, ws), eq(hosts.id, input.hostId)))
      .for("update");
    if (!host || host.state === "removed") throw notFound("host");
    if (host.state === "reset_requested") {
      const [open] = await tx
        .select({ id: resetRequests.id })
        .from(resetRequests)
        .where(and(eq(resetRequests.workspaceId, ws), eq(resetRequests.hostId, host.id)))
        .orderBy(desc(resetRequests.requestedAt), desc(resetRequests.id))
        .limit(1);
      if (open) return requestResult(tx, ws, host, open.id, true);
    }
    if (!canReport(host.state)) throw conflict({ key: "apiErrors.host_not_reportable" });

    const held = await tx
      .selectDistinct({ licenseId: licenses.id, publisherId: products.publisherId, publisherName: publishers.name })
      .from(activations)
      .innerJoin(licenses, and(eq(licenses.workspaceId, activations.workspaceId), eq(licenses.id, activations.licenseId)))
      .innerJoin(products, eq(products.id, licenses.productId))
      .innerJoin(publishers, eq(publishers.id, products.publisherId))
      .where(and(eq(activations.workspaceId, ws), eq(activations.hostId, host.id), isNull(activations.releasedAt)));
    if (held.length === 0) throw conflict({ key: "apiErrors.host_nothing_to_reset" });

    const now = await workspaceNow(tx, ws);
    const [request] = await tx
      .insert(resetRequests)
      .values({ workspaceId: ws, hostId: host.id, reason: input.reason, requestedBy: ctx.actor.accountId, requestedAt: now })
      .returning({ id: resetRequests.id });
    await tx.insert(resetRequestItems).values(
      held.map((h) => ({ workspaceId: ws, resetRequestId: request.id, licenseId: h.licenseId, publisherId: h.publisherId })),
    );
    await tx.update(hosts).set({ state: "reset_requested" }).where(and(eq(hosts.workspaceId, ws), eq(hosts.id, host.id)));
    const result = await requestResult(tx, ws, { ...host, state: "reset_requested" }, request.id, false);
    await recordAudit(tx, ws, ctx.auditActor, {
      action: "host.reset_requested",
      subjectType: "host",
      subjectId: host.id,
      data: { requestId: request.id, reason: input.reason, items: result.items.map((i) => ({ licenseId: i.licenseId, publisherId: i.publisherId })) },
    });

    // Each publisher hears of its own licenses only.
    const byPublisher = new Map<string, ReportResult["items"]>();
    for (const item of result.items) byPublisher.set(item.publisherId, [...(byPublisher.get(item.publisherId) ?? []), item]);
    for (const [publisherId, items] of byPublisher) {
      const staff = await tx.execute<{ email: string }>(sql`select app_publisher_staff_emails(${publisherId}, ${ws}) as email`);
      if (staff.length === 0) continue;
      await queueMail(tx, ws, {
        kind: "reset_request.created",
        to: staff.map((s) => s.email),
        compose: (t) => ({
          subject: t("mail.resetRequestCreated.subject", { host: host.name, workspace: ctx.workspace.name }),
          text: [
            t("mail.resetRequestCreated.intro", { workspace: ctx.workspace.name, host: host.name, platform: t(`enums.platform.${host.platform}`) }),
            ...items.map((i) => `  • ${i.licenseName}`),
            "",
            t("mail.resetRequestCreated.reason", { reason: input.reason }),
            "",
            t("mail.resetRequestCreated.decide"),
          ].join("\n"),
        }),
      });
    }
    return result;
  },
});
