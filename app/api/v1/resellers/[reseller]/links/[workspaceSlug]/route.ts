import { route } from "@/lib/api/endpoint";
import { endLinkByResellerEndpoint } from "@/lib/api/v1/reseller-links";

export const DELETE = route(endLinkByResellerEndpoint);
