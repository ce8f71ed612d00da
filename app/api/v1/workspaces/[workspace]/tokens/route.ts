import { route } from "@/lib/api/endpoint";
import { createTokenEndpoint, listTokensEndpoint } from "@/lib/api/v1/tokens";

export const GET = route(listTokensEndpoint);
export const POST = route(createTokenEndpoint);
