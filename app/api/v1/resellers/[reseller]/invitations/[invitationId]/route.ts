import { route } from "@/lib/api/endpoint";
import { withdrawInvitationEndpoint } from "@/lib/api/v1/reseller-links";

export const DELETE = route(withdrawInvitationEndpoint);
