import { route } from "@/lib/api/endpoint";
import { testWebhookEndpoint } from "@/lib/api/v1/webhooks";

export const POST = route(testWebhookEndpoint);
