import { route } from "@/lib/api/endpoint";
import { listProductsEndpoint } from "@/lib/api/v1/products";

export const GET = route(listProductsEndpoint);
