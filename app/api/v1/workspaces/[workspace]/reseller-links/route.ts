import { route } from "@/lib/api/endpoint";
import { listWorkspaceLinksEndpoint } from "@/lib/api/v1/reseller-links";

export const GET = route(listWorkspaceLinksEndpoint);
