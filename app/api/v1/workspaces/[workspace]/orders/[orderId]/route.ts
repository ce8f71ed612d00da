import { route } from "@/lib/api/endpoint";
import { getOrderEndpoint } from "@/lib/api/v1/orders";

export const GET = route(getOrderEndpoint);
