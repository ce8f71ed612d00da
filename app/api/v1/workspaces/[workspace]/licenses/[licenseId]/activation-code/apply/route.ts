import { route } from "@/lib/api/endpoint";
import { applyActivationCodeEndpoint } from "@/lib/api/v1/activation";

export const POST = route(applyActivationCodeEndpoint);
