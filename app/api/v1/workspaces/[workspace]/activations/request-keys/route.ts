import { route } from "@/lib/api/endpoint";
import { addRequestKeyEndpoint } from "@/lib/api/v1/keys";

export const POST = route(addRequestKeyEndpoint);
