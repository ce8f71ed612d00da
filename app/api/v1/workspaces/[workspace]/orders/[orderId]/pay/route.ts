import { route } from "@/lib/api/endpoint";
import { payOrderEndpoint } from "@/lib/api/v1/orders";

export const POST = route(payOrderEndpoint);
