import { route } from "@/lib/api/endpoint";
import { checkOnlineEndpoint } from "@/lib/api/v1/keys";

export const POST = route(checkOnlineEndpoint);
