import { route } from "@/lib/api/endpoint";
import { bulkCreateUsersEndpoint } from "@/lib/api/v1/users";

export const POST = route(bulkCreateUsersEndpoint);
