import { route } from "@/lib/api/endpoint";
import { sandboxAccountMailEndpoint } from "@/lib/api/v1/workspaces";

export const GET = route(sandboxAccountMailEndpoint);
