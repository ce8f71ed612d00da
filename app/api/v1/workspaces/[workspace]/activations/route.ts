import { route } from "@/lib/api/endpoint";
import { listActivationsEndpoint } from "@/lib/api/v1/keys";

export const GET = route(listActivationsEndpoint);
