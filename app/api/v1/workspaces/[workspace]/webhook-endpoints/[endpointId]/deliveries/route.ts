import { route } from "@/lib/api/endpoint";
import { listWebhookDeliveriesEndpoint } from "@/lib/api/v1/webhooks";

export const GET = route(listWebhookDeliveriesEndpoint);
