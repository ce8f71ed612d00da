import { route } from "@/lib/api/endpoint";
import { enterActivationKeyEndpoint } from "@/lib/api/v1/keys";

export const POST = route(enterActivationKeyEndpoint);
