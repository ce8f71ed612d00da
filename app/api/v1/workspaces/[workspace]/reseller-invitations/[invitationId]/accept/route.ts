import { route } from "@/lib/api/endpoint";
import { acceptInvitationEndpoint } from "@/lib/api/v1/reseller-links";

export const POST = route(acceptInvitationEndpoint);
