import { route } from "@/lib/api/endpoint";
import { resendWebhookDeliveryEndpoint } from "@/lib/api/v1/webhooks";

export const POST = route(resendWebhookDeliveryEndpoint);
