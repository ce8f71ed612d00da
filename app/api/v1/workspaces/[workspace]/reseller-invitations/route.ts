import { route } from "@/lib/api/endpoint";
import { listWorkspaceInvitationsEndpoint } from "@/lib/api/v1/reseller-links";

export const GET = route(listWorkspaceInvitationsEndpoint);
