import { route } from "@/lib/api/endpoint";
import { listResellerLinksEndpoint } from "@/lib/api/v1/reseller-links";

export const GET = route(listResellerLinksEndpoint);
