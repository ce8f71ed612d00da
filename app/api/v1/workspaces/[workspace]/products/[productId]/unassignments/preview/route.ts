import { route } from "@/lib/api/endpoint";
import { previewUnassignEndpoint } from "@/lib/api/v1/unassignments";

export const POST = route(previewUnassignEndpoint);
