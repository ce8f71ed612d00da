import { route } from "@/lib/api/endpoint";
import { endLinkByWorkspaceEndpoint } from "@/lib/api/v1/reseller-links";

export const DELETE = route(endLinkByWorkspaceEndpoint);
