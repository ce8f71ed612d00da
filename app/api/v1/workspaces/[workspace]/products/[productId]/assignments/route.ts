import { route } from "@/lib/api/endpoint";
import { assignEndpoint, listAssignmentsEndpoint } from "@/lib/api/v1/products";

export const GET = route(listAssignmentsEndpoint);
export const POST = route(assignEndpoint);
