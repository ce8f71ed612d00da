import { route } from "@/lib/api/endpoint";
import { getWorkspaceEndpoint } from "@/lib/api/v1/workspaces";

export const GET = route(getWorkspaceEndpoint);
