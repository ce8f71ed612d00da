import { route } from "@/lib/api/endpoint";
import { quoteOrderEndpoint } from "@/lib/api/v1/orders";

export const GET = route(quoteOrderEndpoint);
