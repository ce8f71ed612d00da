import { route } from "@/lib/api/endpoint";
import { getOperationEndpoint } from "@/lib/api/v1/unassignments";

export const GET = route(getOperationEndpoint);
