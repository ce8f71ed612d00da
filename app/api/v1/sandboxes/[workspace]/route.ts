import { route } from "@/lib/api/endpoint";
import { deleteSandboxEndpoint } from "@/lib/api/v1/workspaces";

export const DELETE = route(deleteSandboxEndpoint);
