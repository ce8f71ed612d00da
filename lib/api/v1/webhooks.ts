import { z } from "zod";
import { ALL_EVENTS, PAYLOAD_VERSION, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { createWebhookEndpoint, deleteWebhookEndpoint, resendWebhookDelivery, sendTestWebhook, updateWebhookEndpoint } from "@/lib/webhooks";
import { webhookDeliveriesRead, webhookEndpointRead, webhookEndpointsRead } from "@/lib/webhooks/reads";
import { runRead } from "@/lib/operations/read";
import { decodeCursor, encodeCursor, pageQuery } from "../cursor";
import { defineEndpoint, guardOf, runInWorkspace, workspaceOf, workspaceParam } from "../endpoint";
import { page, timestamp, uuid } from "./schemas";

const TAG = "Webhooks";
const endpointParam = workspaceParam.extend({ endpointId: z.uuid() });

const endpointSchema = z
  .object({
    id: uuid,
    url: z.string(),
    eventTypes: z.array(z.string()).describe(`Event types it receives, or ["${ALL_EVENTS}"] for all.`),
    description: z.string(),
    enabled: z.boolean(),
    disabledReason: z.enum(["failing"]).nullable().describe("`failing`: switched off after 3 days of failed deliveries (supervisors were e-mailed)."),
    failingSince: timestamp.nullable().describe("Since when every attempt has failed; null after a success."),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "WebhookEndpoint" });

const createdEndpointSchema = endpointSchema
  .extend({ secret: z.string().nullable().describe("The signing secret (whsec_…), shown this once; null on an Idempotency-Key replay.") })
  .meta({ id: "CreatedWebhookEndpoint" });

const deliverySchema = z
  .object({
    id: uuid,
    eventId: z.string().describe("The Webhook-Id header: the audit event's id (a uuid for a test event); the same on every retry and re-send."),
    eventType: z.string(),
    status: z.enum(["pending", "succeeded", "failed"]),
    attempts: z.number().int(),
    responseStatus: z.number().int().nullable().describe("The receiver's HTTP status at the last attempt; null when it did not answer."),
    durationMs: z.number().int().nullable(),
    lastError: z.string().nullable(),
    nextAttemptAt: timestamp.nullable(),
    lastAttemptAt: timestamp.nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "WebhookDelivery" });

export const listWebhookEndpointsEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/webhook-endpoints",
  operationId: "listWebhookEndpoints",
  tag: TAG,
  summary: "Webhook endpoints of the workspace (supervisor)",
  params: workspaceParam,
  guard: { resource: "webhook", action: "read" },
  success: { status: 200, description: "All endpoints, oldest first; secrets are never shown again.", schema: page(endpointSchema) },
  errors: [401, 403, 404],
  handle: async (input) => ({ data: await runRead(workspaceOf(input), webhookEndpointsRead), nextCursor: null }),
});

export const createWebhookEndpointEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/webhook-endpoints",
  operationId: "createWebhookEndpoint",
  tag: TAG,
  summary: "Register a webhook endpoint (supervisor)",
  description:
    "https only in production; URLs whose host is or resolves to a private, loopback or link-local address are refused (422). " +
    `Event types: ${WEBHOOK_EVENT_TYPES.join(", ")}, or "${ALL_EVENTS}". The payloads are described under \`webhooks\`.`,
  params: workspaceParam,
  body: createWebhookEndpoint.input,
  guard: guardOf(createWebhookEndpoint),
  idempotent: true,
  success: { status: 201, description: "The endpoint, with its signing secret shown this once.", schema: createdEndpointSchema },
  errors: [401, 403, 404, 422],
  handle: (input) => runInWorkspace(input, createWebhookEndpoint, input.body),
});

export const getWebhookEndpointEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/webhook-endpoints/{endpointId}",
  operationId: "getWebhookEndpoint",
  tag: TAG,
  summary: "One webhook endpoint (supervisor)",
  params: endpointParam,
  guard: { resource: "webhook", action: "read" },
  success: { status: 200, description: "The endpoint.", schema: endpointSchema },
  errors: [401, 403, 404, 422],
  handle: (input) => runRead(workspaceOf(input), webhookEndpointRead.with({ endpointId: input.params.endpointId })),
});

const updateBody = updateWebhookEndpoint.input.omit({ endpointId: true });

export const updateWebhookEndpointEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/workspaces/{workspace}/webhook-endpoints/{endpointId}",
  operationId: "updateWebhookEndpoint",
  tag: TAG,
  summary: "Change, switch off or on a webhook endpoint (supervisor)",
  description: "Switching an endpoint on again forgets its failing streak; the deliveries kept while it was off are sent.",
  params: endpointParam,
  body: updateBody,
  guard: guardOf(updateWebhookEndpoint),
  idempotent: true,
  success: { status: 200, description: "The endpoint as changed.", schema: endpointSchema },
  errors: [401, 403, 404, 422],
  handle: (input) => runInWorkspace(input, updateWebhookEndpoint, { ...input.body, endpointId: input.params.endpointId }),
});

export const deleteWebhookEndpointEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/workspaces/{workspace}/webhook-endpoints/{endpointId}",
  operationId: "deleteWebhookEndpoint",
  tag: TAG,
  summary: "Delete a webhook endpoint and its delivery log (supervisor)",
  params: endpointParam,
  idempotent: true,
  guard: guardOf(deleteWebhookEndpoint),
  success: { status: 200, description: "Deleted.", schema: z.object({ id: uuid, deleted: z.literal(true) }) },
  errors: [401, 403, 404, 422],
  handle: (input) => runInWorkspace(input, deleteWebhookEndpoint, { endpointId: input.params.endpointId }),
});

const deliveryCursor = z.tuple([z.number().int().positive()]);

export const listWebhookDeliveriesEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/webhook-endpoints/{endpointId}/deliveries",
  operationId: "listWebhookDeliveries",
  tag: TAG,
  summary: "The endpoint's delivery log, newest first (supervisor)",
  params: endpointParam,
  query: pageQuery,
  guard: { resource: "webhook", action: "read" },
  success: { status: 200, description: "One page.", schema: page(deliverySchema) },
  errors: [401, 403, 404, 422],
  handle: async (input) => {
    const { cursor, limit } = input.query;
    const after = decodeCursor(cursor, deliveryCursor);
    const rows = await runRead(workspaceOf(input), webhookDeliveriesRead.with({ endpointId: input.params.endpointId, afterSeq: after?.[0] ?? null, limit: limit + 1 }));
    const data = rows.slice(0, limit);
    const last = data.at(-1);
    return {
      data: data.map(({ seq: _seq, ...d }) => d),
      nextCursor: rows.length > limit && last ? encodeCursor([last.seq]) : null,
    };
  },
});

const queuedSchema = z.object({ id: uuid.describe("The new delivery."), eventId: z.string() }).meta({ id: "QueuedWebhookDelivery" });

export const resendWebhookDeliveryEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/resend",
  operationId: "resendWebhookDelivery",
  tag: TAG,
  summary: "Send a delivery's event again (supervisor)",
  description: "A new delivery of the same event: same Webhook-Id and payload, so a receiver that dedupes on the id sees a repeat.",
  params: endpointParam.extend({ deliveryId: z.uuid() }),
  guard: guardOf(resendWebhookDelivery),
  idempotent: true,
  success: { status: 201, description: "Queued; sent at once.", schema: queuedSchema },
  errors: [401, 403, 404, 422],
  handle: (input) => runInWorkspace(input, resendWebhookDelivery, { endpointId: input.params.endpointId, deliveryId: input.params.deliveryId }),
});

export const testWebhookEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/webhook-endpoints/{endpointId}/test",
  operationId: "sendTestWebhook",
  tag: TAG,
  summary: "Send a test event to the endpoint (supervisor)",
  description: "Queues a `webhook.test` event for this endpoint, whatever types it subscribes to.",
  params: endpointParam,
  guard: guardOf(sendTestWebhook),
  idempotent: true,
  success: { status: 201, description: "Queued; sent at once.", schema: queuedSchema },
  errors: [401, 403, 404, 422],
  handle: (input) => runInWorkspace(input, sendTestWebhook, { endpointId: input.params.endpointId }),
});

/**
 * The OpenAPI 3.1 `webhooks` section: what the console POSTs. One entry per event type, all with
 * the same versioned envelope; `data.details` is the audit event's data for that action.
 */
export function webhooksSection() {
  const headers = [
    { name: "Webhook-Id", description: "The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it." },
    { name: "Webhook-Timestamp", description: "Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes." },
    { name: "Webhook-Signature", description: 'v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint\'s secret> (docs/WEBHOOKS.md).' },
  ].map((h) => ({ ...h, in: "header", required: true, schema: { type: "string" } }));
  const payload = (type: string) => ({
    type: "object",
    required: ["id", "type", "version", "created_at", "workspace", "data"],
    properties: {
      id: { type: "string", description: "Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test." },
      type: { type: "string", const: type },
      version: { type: "integer", const: PAYLOAD_VERSION, description: "Fields may be added within a version; renaming or removing one makes a new version." },
      created_at: { type: "string", format: "date-time", description: "When it happened, on the workspace's clock (a sandbox's test clock)." },
      workspace: { type: "object", required: ["id"], properties: { id: { type: "string", format: "uuid" } } },
      data: {
        type: "object",
        required: ["subject", "actor", "details"],
        properties: {
          subject: { type: "object", properties: { type: { type: "string" }, id: { type: ["string", "null"] } }, description: "Events of one subject arrive in order." },
          actor: { type: "object", properties: { label: { type: "string", description: "An e-mail, token-<id>@api-tokens.invalid, or job:<kind>." } } },
          details: { type: "object", additionalProperties: true, description: "The audit event's data (before and after values of a change)." },
        },
      },
    },
  });
  return Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [
      type,
      {
        post: {
          summary: `${type} event`,
          description: "Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.",
          parameters: headers,
          requestBody: { required: true, content: { "application/json": { schema: payload(type) } } },
          responses: { "2XX": { description: "Received." } },
        },
      },
    ]),
  );
}
