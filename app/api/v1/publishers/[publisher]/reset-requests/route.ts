import { route } from "@/lib/api/endpoint";
import { publisherQueueEndpoint } from "@/lib/api/v1/hosts";

export const GET = route(publisherQueueEndpoint);
