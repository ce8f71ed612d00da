import { route } from "@/lib/api/endpoint";
import { invitePersonEndpoint, listPersonInvitationsEndpoint } from "@/lib/api/v1/invitations";

export const GET = route(listPersonInvitationsEndpoint);
export const POST = route(invitePersonEndpoint);
