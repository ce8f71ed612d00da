import { route } from "@/lib/api/endpoint";
import { inviteWorkspaceEndpoint } from "@/lib/api/v1/reseller-links";

export const POST = route(inviteWorkspaceEndpoint);
