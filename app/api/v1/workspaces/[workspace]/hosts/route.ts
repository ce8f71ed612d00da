import { route } from "@/lib/api/endpoint";
import { listHostsEndpoint } from "@/lib/api/v1/hosts";

export const GET = route(listHostsEndpoint);
