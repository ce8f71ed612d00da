import { route } from "@/lib/api/endpoint";
import { createUserEndpoint, listUsersEndpoint } from "@/lib/api/v1/users";

export const GET = route(listUsersEndpoint);
export const POST = route(createUserEndpoint);
