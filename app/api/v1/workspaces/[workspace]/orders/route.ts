import { route } from "@/lib/api/endpoint";
import { createOrderEndpoint, listOrdersEndpoint } from "@/lib/api/v1/orders";

export const GET = route(listOrdersEndpoint);
export const POST = route(createOrderEndpoint);
