import { route } from "@/lib/api/endpoint";
import { switchDeviceNowEndpoint } from "@/lib/api/v1/activation";

export const POST = route(switchDeviceNowEndpoint);
