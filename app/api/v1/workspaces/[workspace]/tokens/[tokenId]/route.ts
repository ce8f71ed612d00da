import { route } from "@/lib/api/endpoint";
import { revokeTokenEndpoint } from "@/lib/api/v1/tokens";

export const DELETE = route(revokeTokenEndpoint);
