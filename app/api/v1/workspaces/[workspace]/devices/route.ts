import { route } from "@/lib/api/endpoint";
import { listDevicesEndpoint } from "@/lib/api/v1/activation";

export const GET = route(listDevicesEndpoint);
