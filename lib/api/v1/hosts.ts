import { z } from "zod";
import { openPublisher } from "@/lib/access/publisher";
import { reportHostUnusable } from "@/lib/hosts";
import { HOST_SORTS } from "@/lib/hosts/queries";
import { host, hostsPage, pool } from "@/lib/hosts/reads";
import { runRead } from "@/lib/operations/read";
import { decideResetItem, QUEUE_VIEWS } from "@/lib/hosts/publisher";
import { publisherQueue } from "@/lib/hosts/publisher-reads";
import { decodeCursor, encodeCursor, pageQuery } from "../cursor";
import { defineEndpoint, requireActor, runInWorkspace, workspaceOf, workspaceParam } from "../endpoint";
import { timestamp, uuid } from "./schemas";

const platformEnum = z.enum(["windows", "macos", "linux", "android", "ios"]);
const hostStateEnum = z.enum(["active", "unusable", "reset_requested", "removed"]);
const decisionEnum = z.enum(["pending", "approved", "denied"]);

const hostSchema = z
  .object({
    id: uuid,
    name: z.string(),
    platform: platformEnum,
    state: hostStateEnum.describe("unusable and reset_requested hosts show greyed out; removed ones left the account."),
    lastSeenAt: timestamp.nullable(),
    activations: z.number().int().describe("Activations the host holds now."),
    licenses: z.array(z.string()).describe("Names of the licenses those activations belong to."),
  })
  .meta({ id: "Host" });

const resetItemSchema = z
  .object({
    id: uuid,
    licenseId: uuid,
    licenseName: z.string(),
    publisherId: uuid,
    publisherName: z.string(),
    decision: decisionEnum,
    decidedAt: timestamp.nullable(),
    note: z.string().nullable(),
    contactPublisher: z.boolean().describe("Undecided for 3 working days in the workspace's time zone: contact the publisher."),
  })
  .meta({ id: "ResetRequestItem" });

const hostDetailsSchema = z
  .object({
    id: uuid,
    name: z.string(),
    platform: platformEnum,
    state: hostStateEnum,
    lastSeenAt: timestamp.nullable(),
    createdAt: timestamp,
    canReport: z.boolean().describe("Whether Report as unusable applies now."),
    activations: z.array(
      z.object({
        licenseId: uuid,
        licenseName: z.string(),
        productName: z.string(),
        publisherId: uuid,
        publisherName: z.string(),
        activations: z.number().int().describe("Held now (not released)."),
        activatedAt: timestamp,
        releasedAt: timestamp.nullable(),
      }),
    ),
    request: z
      .object({ id: uuid, reason: z.string(), requestedAt: timestamp, requestedBy: z.string().nullable(), items: z.array(resetItemSchema) })
      .nullable()
      .describe("The latest reset request."),
  })
  .meta({ id: "HostDetails" });

const poolSchema = z
  .object({
    licenseId: uuid,
    licenseName: z.string(),
    productName: z.string(),
    publisherName: z.string(),
    quantity: z.number().int(),
    inUse: z.number().int(),
    free: z.number().int().describe("quantity − activations in use; released activations count as free."),
  })
  .meta({ id: "ActivationPoolEntry" });

const reportResultSchema = z
  .object({
    requestId: uuid,
    hostId: uuid,
    hostName: z.string(),
    state: hostStateEnum,
    requestedAt: timestamp,
    existing: z.boolean().describe("True when a request was already under way: it is returned and nothing new is made."),
    items: z.array(z.object({ id: uuid, licenseId: uuid, licenseName: z.string(), publisherId: uuid, publisherName: z.string(), decision: decisionEnum })),
  })
  .meta({ id: "ResetRequest" });

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const hostParams = workspaceParam.extend({ hostId: z.uuid() });

export const listHostsEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/hosts",
  operationId: "listHosts",
  tag: "Hosts",
  summary: "Machines holding activations, by name",
  params: workspaceParam,
  query: pageQuery.extend({
    q: z.string().max(200).optional().describe("Part of a host name."),
    includeRemoved: z.enum(["true", "false"]).optional().describe("Removed hosts are hidden unless true."),
  }),
  success: { status: 200, description: "One page.", schema: z.object({ data: z.array(hostSchema), nextCursor: z.string().nullable() }) },
  errors: [401, 404, 422],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    const { cursor, limit, q, includeRemoved } = input.query;
    const [offset] = decodeCursor(cursor, z.tuple([z.number().int().min(0).max(10_000_000)])) ?? [0];
    const { rows } = await runRead(
      ctx,
      hostsPage.with({ table: { page: 1, size: limit + 1, sort: HOST_SORTS[0], dir: "asc", q: q ?? "", filters: {} }, includeRemoved: includeRemoved === "true", offset }),
    );
    const data = rows.slice(0, limit).map((h) => ({ ...h, lastSeenAt: iso(h.lastSeenAt) }));
    return { data, nextCursor: rows.length > limit ? encodeCursor([offset + limit]) : null };
  },
});

export const getHostEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/hosts/{hostId}",
  operationId: "getHost",
  tag: "Hosts",
  summary: "One host: location details, activations by license, latest reset request",
  params: hostParams,
  success: { status: 200, description: "The host.", schema: hostDetailsSchema },
  errors: [401, 404],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    const h = await runRead(ctx, host.with(input.params.hostId));
    return {
      ...h,
      lastSeenAt: iso(h.lastSeenAt),
      createdAt: h.createdAt.toISOString(),
      activations: h.activations.map((a) => ({ ...a, activatedAt: a.activatedAt.toISOString(), releasedAt: iso(a.releasedAt) })),
      request: h.request
        ? { ...h.request, requestedAt: h.request.requestedAt.toISOString(), items: h.request.items.map((i) => ({ ...i, decidedAt: iso(i.decidedAt) })) }
        : null,
    };
  },
});

export const activationPoolEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/activation-pool",
  operationId: "getActivationPool",
  tag: "Hosts",
  summary: "Free activations per license",
  params: workspaceParam,
  success: { status: 200, description: "One entry per license activated on machines.", schema: z.object({ data: z.array(poolSchema) }) },
  errors: [401, 404],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    return { data: await runRead(ctx, pool) };
  },
});

export const reportUnusableEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/hosts/{hostId}/report-unusable",
  operationId: "reportHostUnusable",
  tag: "Hosts",
  summary: "Report as unusable: ask each publisher to reset its licenses' activations",
  description:
    "Makes one reset request with one item per license the host holds; each publisher approves or denies its own. " +
    "While a request is under way, calling again returns it unchanged (existing: true).",
  params: hostParams,
  body: z.object({
    reason: z.string().describe("Information for the software publisher(s); required."),
    understood: z.literal(true).describe("The admin confirms they understand what a reset request does."),
  }),
  idempotent: true,
  success: { status: 200, description: "The reset request.", schema: reportResultSchema },
  errors: [401, 403, 404, 409, 422],
  handle: (input) => runInWorkspace(input, reportHostUnusable, { ...input.body, hostId: input.params.hostId }),
});

export const publisherParam = z.object({ publisher: z.string().min(1).max(100).regex(/^[a-z0-9-]+$/) });

const publisherItemSchema = z
  .object({
    id: uuid,
    requestId: uuid,
    decision: decisionEnum,
    note: z.string().nullable(),
    decidedAt: timestamp.nullable(),
    licenseName: z.string(),
    productName: z.string(),
    productSku: z.string(),
    workspaceName: z.string(),
    hostName: z.string(),
    hostPlatform: platformEnum,
    reason: z.string(),
    requestedAt: timestamp,
  })
  .meta({ id: "PublisherResetItem" });

export const publisherQueueEndpoint = defineEndpoint({
  method: "GET",
  path: "/publishers/{publisher}/reset-requests",
  operationId: "listPublisherResetRequests",
  tag: "Publisher",
  summary: "The publisher's reset-request items (its own products only)",
  description: "For publisher staff (session or token of a staff account). Pending oldest first; decided newest first.",
  params: publisherParam,
  query: pageQuery.extend({ view: z.enum(QUEUE_VIEWS).default("pending"), q: z.string().max(200).optional() }),
  success: { status: 200, description: "One page.", schema: z.object({ data: z.array(publisherItemSchema), nextCursor: z.string().nullable() }) },
  errors: [401, 404, 422],
  handle: async ({ actor, params, query }) => {
    const ctx = await openPublisher(requireActor(actor), params.publisher);
    const [page] = decodeCursor(query.cursor, z.tuple([z.number().int().min(1).max(1_000_000)])) ?? [1];
    const result = await runRead(ctx, publisherQueue.with({ view: query.view, q: query.q, page, size: query.limit }));
    const data = result.rows.map((i) => ({ ...i, decidedAt: iso(i.decidedAt), requestedAt: i.requestedAt.toISOString() }));
    return { data, nextCursor: page * query.limit < result.total ? encodeCursor([page + 1]) : null };
  },
});

export const decideResetItemEndpoint = defineEndpoint({
  method: "POST",
  path: "/publishers/{publisher}/reset-request-items/{itemId}/decision",
  operationId: "decideResetRequestItem",
  tag: "Publisher",
  summary: "Approve or deny one license of a reset request",
  description:
    "Approved: the activations return to the customer's pool; every item approved removes the host. Denied: nothing changes. " +
    "An item is decided once: the same decision again answers 200 with changed: false; a different one answers 409 already_decided.",
  params: publisherParam.extend({ itemId: z.uuid() }),
  body: z.object({ decision: z.enum(["approved", "denied"]), note: z.string().max(1000).optional() }),
  success: {
    status: 200,
    description: "The decision.",
    schema: z
      .object({ itemId: uuid, decision: z.enum(["approved", "denied"]), decidedAt: timestamp, note: z.string().nullable(), changed: z.boolean(), hostState: hostStateEnum })
      .meta({ id: "ResetDecision" }),
  },
  errors: [401, 404, 409, 422],
  handle: async ({ actor, params, body }) => {
    const ctx = await openPublisher(requireActor(actor), params.publisher);
    return decideResetItem(ctx, { ...body, itemId: params.itemId });
  },
});
