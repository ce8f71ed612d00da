import { route } from "@/lib/api/endpoint";
import { cancelOrderEndpoint } from "@/lib/api/v1/orders";

export const POST = route(cancelOrderEndpoint);
