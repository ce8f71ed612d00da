import { route } from "@/lib/api/endpoint";
import { getClockEndpoint, setClockEndpoint } from "@/lib/api/v1/clock";

export const GET = route(getClockEndpoint);
export const POST = route(setClockEndpoint);
