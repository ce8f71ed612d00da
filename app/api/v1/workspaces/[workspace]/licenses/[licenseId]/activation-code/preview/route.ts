import { route } from "@/lib/api/endpoint";
import { previewActivationCodeEndpoint } from "@/lib/api/v1/activation";

export const POST = route(previewActivationCodeEndpoint);
