import { route } from "@/lib/api/endpoint";
import { declineInvitationEndpoint } from "@/lib/api/v1/reseller-links";

export const POST = route(declineInvitationEndpoint);
