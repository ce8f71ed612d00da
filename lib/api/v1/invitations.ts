import { z } from "zod";
import { runRead } from "@/lib/operations/read";
import { invitationsRead, inviteMember, resendInvitation, withdrawInvitation } from "@/lib/workspaces/invitations";
import { defineEndpoint, guardOf, runInWorkspace, workspaceOf, workspaceParam } from "../endpoint";
import { page } from "./schemas";

const invitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: z.enum(["supervisor", "admin", "viewer"]),
    invitedBy: z.string(),
    sentAt: z.string(),
    expiresAt: z.string(),
    expired: z.boolean().describe("The link no longer works; send it again for 7 more days."),
  })
  .meta({ id: "WorkspaceInvitation" });

const invitationParams = workspaceParam.extend({ invitationId: z.uuid() });

export const listPersonInvitationsEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/invitations",
  operationId: "listPersonInvitations",
  tag: "People",
  summary: "Open invitations of the workspace (supervisor)",
  params: workspaceParam,
  success: { status: 200, description: "Invitations not yet accepted or withdrawn, latest sent first (up to 200).", schema: page(invitationSchema) },
  errors: [401, 403, 404],
  handle: async (input) => ({ data: await runRead(workspaceOf(input), invitationsRead), nextCursor: null }),
});

export const invitePersonEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/invitations",
  operationId: "invitePerson",
  tag: "People",
  summary: "Invite a person by e-mail with a role (supervisor)",
  description:
    "The person receives an e-mail with a one-time link valid for 7 days: a new person sets a name and password, an existing account signs in " +
    "and accepts. Inviting an address with an open invitation sends it again with the new role (the old link stops working); a member already: 409.",
  params: workspaceParam,
  body: inviteMember.input,
  guard: guardOf(inviteMember),
  idempotent: true,
  success: {
    status: 201,
    description: "The invitation, and whether it replaced an open one.",
    schema: z.object({ invitation: invitationSchema, resent: z.boolean() }),
  },
  errors: [401, 403, 404, 409, 422],
  // Dates go out as ISO 8601 (JSON), as the schema says.
  handle: (input) => runInWorkspace(input, inviteMember, input.body),
});

export const resendPersonInvitationEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/invitations/{invitationId}/resend",
  operationId: "resendPersonInvitation",
  tag: "People",
  summary: "Send an open invitation again: a new link, 7 more days (supervisor)",
  params: invitationParams,
  guard: guardOf(resendInvitation),
  idempotent: true,
  success: { status: 200, description: "The invitation with its new expiry.", schema: invitationSchema },
  errors: [401, 403, 404],
  handle: (input) => runInWorkspace(input, resendInvitation, { invitationId: input.params.invitationId }),
});

export const withdrawPersonInvitationEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/workspaces/{workspace}/invitations/{invitationId}",
  operationId: "withdrawPersonInvitation",
  tag: "People",
  summary: "Withdraw an open invitation: its link stops working (supervisor)",
  params: invitationParams,
  guard: guardOf(withdrawInvitation),
  idempotent: true,
  success: { status: 200, description: "Withdrawn.", schema: z.object({ id: z.uuid(), withdrawn: z.literal(true) }) },
  errors: [401, 403, 404],
  handle: (input) => runInWorkspace(input, withdrawInvitation, { invitationId: input.params.invitationId }),
});
