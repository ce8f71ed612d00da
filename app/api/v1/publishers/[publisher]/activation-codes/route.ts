import { route } from "@/lib/api/endpoint";
import { issuePublisherCodeEndpoint } from "@/lib/api/v1/publishers";

export const POST = route(issuePublisherCodeEndpoint);
