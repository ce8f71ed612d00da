import { route } from "@/lib/api/endpoint";
import { issueActivationCodeEndpoint } from "@/lib/api/v1/activation";

export const POST = route(issueActivationCodeEndpoint);
