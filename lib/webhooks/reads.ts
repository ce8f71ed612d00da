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

/** How many of each endpoint's latest deliveries Settings shows (the API pages through all). */
export const SETTINGS_LOG_SIZE = 10;

/** Settings → Webhooks: the endpoints, each with its latest deliveries, in one transaction. */
export const webhookOverviewRead = defineRead({
  name: "webhook overview",
  resource: "webhook",
  run: async (tx, ctx) => {
    const endpoints = await listWebhookEndpoints(tx, ctx.workspace.id);
    const withLog = [];
    for (const endpoint of endpoints) {
      const deliveries = await listWebhookDeliveries(tx, ctx.workspace.id, endpoint.id, { afterSeq: null, limit: SETTINGS_LOG_SIZE });
      withLog.push({ ...endpoint, deliveries: deliveries.map(({ seq: _seq, ...d }) => d) });
    }
    return withLog;
  },
});
