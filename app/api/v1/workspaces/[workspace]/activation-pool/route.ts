import { route } from "@/lib/api/endpoint";
import { activationPoolEndpoint } from "@/lib/api/v1/hosts";

export const GET = route(activationPoolEndpoint);
