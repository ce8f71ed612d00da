import { route } from "@/lib/api/endpoint";
import { withdrawPersonInvitationEndpoint } from "@/lib/api/v1/invitations";

export const DELETE = route(withdrawPersonInvitationEndpoint);
