import { route } from "@/lib/api/endpoint";
import { unassignUsersEndpoint } from "@/lib/api/v1/unassignments";

export const POST = route(unassignUsersEndpoint);
