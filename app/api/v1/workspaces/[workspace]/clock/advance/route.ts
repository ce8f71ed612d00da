import { route } from "@/lib/api/endpoint";
import { advanceClockEndpoint } from "@/lib/api/v1/clock";

export const POST = route(advanceClockEndpoint);
