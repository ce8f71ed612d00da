import { route } from "@/lib/api/endpoint";
import { resendPersonInvitationEndpoint } from "@/lib/api/v1/invitations";

export const POST = route(resendPersonInvitationEndpoint);
