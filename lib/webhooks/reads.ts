import { defineRead } from "@/lib/operations/read";
import { getWebhookEndpoint, listWebhookDeliveries, listWebhookEndpoints } from "./index";

/** The declared reads of Settings → Webhooks and the API (lib/operations/read): supervisors only. */
export const webhookEndpointsRead = defineRead({ name: "webhook endpoints", resource: "webhook", run: (tx, ctx) => listWebhookEndpoints(tx, ctx.workspace.id) });

export const webhookEndpointRead = defineRead({
  name: "webhook endpoint",
  resource: "webhook",
  run: (tx, ctx, { endpointId }: { endpointId: string }) => getWebhookEndpoint(tx, ctx.workspace.id, endpointId),
});

export const webhookDeliveriesRead = defineRead({
  name: "webhook deliveries",
  resource: "webhook",
  run: (tx, ctx, { endpointId, ...page }: { endpointId: string; afterSeq: number | null; limit: number }) => listWebhookDeliveries(tx, ctx.workspace.id, endpointId, page),
});
