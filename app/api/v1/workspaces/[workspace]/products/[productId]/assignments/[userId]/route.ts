import { route } from "@/lib/api/endpoint";
import { unassignEndpoint } from "@/lib/api/v1/products";

export const DELETE = route(unassignEndpoint);
