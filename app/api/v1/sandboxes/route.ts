import { route } from "@/lib/api/endpoint";
import { createSandboxEndpoint } from "@/lib/api/v1/workspaces";

export const POST = route(createSandboxEndpoint);
