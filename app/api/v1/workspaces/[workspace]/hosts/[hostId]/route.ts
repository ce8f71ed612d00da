import { route } from "@/lib/api/endpoint";
import { getHostEndpoint } from "@/lib/api/v1/hosts";

export const GET = route(getHostEndpoint);
