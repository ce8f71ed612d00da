import { route } from "@/lib/api/endpoint";
import { listWorkspacesEndpoint } from "@/lib/api/v1/workspaces";

export const GET = route(listWorkspacesEndpoint);
