import { route } from "@/lib/api/endpoint";
import { publisherActivationsEndpoint } from "@/lib/api/v1/publishers";

export const GET = route(publisherActivationsEndpoint);
