import { z } from "zod";
import { resellerInvitationState } from "@/db/schema/enums";
import { idempotencyKeyOf } from "@/lib/operations";
import { runRead } from "@/lib/operations/read";
import {
  createCustomerWorkspace,
  customerInput,
  decideResellerInvitation,
  endLinkByReseller,
  endResellerLink,
  inviteInput,
  inviteWorkspace,
  listResellerLinks,
  resellerLinksOfWorkspace,
  withdrawInvitation,
  type InvitationView,
} from "@/lib/reseller/links";
import { defineEndpoint, guardOf, requireActor, runInWorkspace, WithHeaders, workspaceOf, workspaceParam } from "../endpoint";

/**
 * Linking customers (issue 17). The reseller's side, /resellers/{reseller}/…, answers its staff
 * (session) and its API tokens (admin tokens change, viewer tokens read); another reseller, existing
 * or not, is 404. The workspace's side answers its supervisor. Access of the reseller's staff and
 * tokens to a workspace ends on the very next request after either side ends the link.
 */

const id = z.uuid();
const timestamp = z.iso.datetime({ offset: true });
const slug = z.string().min(1).max(100).regex(/^[a-z0-9-]+$/);
const resellerParam = z.object({ reseller: slug });
const iso = (d: Date | null) => d?.toISOString() ?? null;
const replayHeaders = (replayed: boolean): Record<string, string> => (replayed ? { "idempotent-replayed": "true" } : {});

const state = z.enum(resellerInvitationState.enumValues);

const invitationSchema = z
  .object({
    id,
    invitedAs: z.string().describe("What the reseller typed: the workspace's address or a supervisor's e-mail."),
    state,
    invitedBy: z.string(),
    createdAt: timestamp,
    decidedAt: timestamp.nullable(),
    workspace: z.object({ slug: z.string(), name: z.string() }).nullable().describe("Named once the invitation is accepted; null before."),
  })
  .meta({ id: "ResellerInvitation" });

const linkSchema = z
  .object({ workspace: z.object({ id, slug: z.string(), name: z.string(), country: z.string() }), linkedAt: timestamp })
  .meta({ id: "ResellerLink" });

const invitationOut = (i: InvitationView) => ({ ...i, createdAt: i.createdAt.toISOString(), decidedAt: iso(i.decidedAt) });

export const listResellerLinksEndpoint = defineEndpoint({
  method: "GET",
  path: "/resellers/{reseller}/links",
  operationId: "listResellerLinks",
  tag: "Reseller links",
  summary: "The reseller's linked workspaces and its latest 100 invitations",
  params: resellerParam,
  success: { status: 200, description: "Links by workspace name; invitations newest first.", schema: z.object({ links: z.array(linkSchema), invitations: z.array(invitationSchema) }) },
  errors: [401, 404],
  handle: async ({ actor, params }) => {
    const { links, invitations } = await listResellerLinks(requireActor(actor), params.reseller);
    return { links: links.map((l) => ({ ...l, linkedAt: l.linkedAt.toISOString() })), invitations: invitations.map(invitationOut) };
  },
});

export const inviteWorkspaceEndpoint = defineEndpoint({
  method: "POST",
  path: "/resellers/{reseller}/invitations",
  operationId: "inviteWorkspace",
  tag: "Reseller links",
  summary: "Invite an existing workspace, by its address or a supervisor's e-mail",
  description:
    "A supervisor of the workspace accepts or declines (POST /workspaces/{workspace}/reseller-invitations/{invitationId}/accept); until then the " +
    "reseller sees only what it typed. The workspace's supervisors get an e-mail; both audit logs record it. 404: no such workspace (a sandbox reseller " +
    "reaches sandboxes only). 422 invitee_ambiguous: the e-mail supervises several workspaces. 409 already_linked, or invitation_pending (details.invitationId) " +
    "when one is already waiting; invitation_too_soon (details.retryAfter) within a day of a declined or withdrawn one. " +
    "With an Idempotency-Key, a repeat answers the first invitation.",
  params: resellerParam,
  body: inviteInput,
  idempotent: true,
  success: { status: 201, description: "The pending invitation.", schema: invitationSchema },
  errors: [401, 403, 404, 409, 422],
  handle: async ({ actor, params, body, idempotencyKey }) => {
    const { result, replayed } = await inviteWorkspace(requireActor(actor), params.reseller, body, idempotencyKeyOf(idempotencyKey));
    return new WithHeaders(invitationOut(result), replayHeaders(replayed));
  },
});

export const withdrawInvitationEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/resellers/{reseller}/invitations/{invitationId}",
  operationId: "withdrawInvitation",
  tag: "Reseller links",
  summary: "Withdraw a pending invitation",
  description: "Withdrawing twice changes nothing; an invitation already accepted or declined answers 409 invitation_decided.",
  params: resellerParam.extend({ invitationId: id }),
  idempotent: true,
  success: { status: 200, description: "Withdrawn.", schema: z.object({ id, state }) },
  errors: [401, 403, 404, 409],
  handle: ({ actor, params }) => withdrawInvitation(requireActor(actor), params.reseller, params.invitationId),
});

export const endLinkByResellerEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/resellers/{reseller}/links/{workspaceSlug}",
  operationId: "endResellerLinkByReseller",
  tag: "Reseller links",
  summary: "Stop administering a workspace (end the link from the reseller's side)",
  description:
    "The reseller's staff and tokens lose access at once: their next request to the workspace answers 404. Both audit logs record it; the " +
    "workspace's supervisors and the reseller's staff get an e-mail. Once ended, a repeat answers 404 (the workspace is no longer the reseller's).",
  params: resellerParam.extend({ workspaceSlug: slug }),
  idempotent: true,
  success: { status: 200, description: "Ended.", schema: z.object({ workspace: z.string(), ended: z.literal(true) }) },
  errors: [401, 403, 404],
  handle: ({ actor, params }) => endLinkByReseller(requireActor(actor), params.reseller, params.workspaceSlug),
});

export const createCustomerWorkspaceEndpoint = defineEndpoint({
  method: "POST",
  path: "/resellers/{reseller}/workspaces",
  operationId: "createCustomerWorkspace",
  tag: "Reseller links",
  summary: "Create a customer workspace, linked to the reseller from the start",
  description:
    "Currency and formats follow the country; the time zone defaults to the country's. With supervisorEmail, that person is invited as its " +
    "first supervisor (an e-mail with a link to set their password, valid 7 days); until someone accepts, the reseller's staff administer it (as admins). A sandbox reseller's workspaces are sandboxes. With an Idempotency-Key, a repeat answers the first workspace.",
  params: resellerParam,
  body: customerInput,
  idempotent: true,
  success: {
    status: 201,
    description: "The new workspace.",
    schema: z
      .object({ id, slug: z.string(), name: z.string(), country: z.string(), currency: z.string(), locale: z.string(), timeZone: z.string(), isSandbox: z.boolean() })
      .meta({ id: "CustomerWorkspace" }),
  },
  errors: [401, 403, 404, 422],
  handle: async ({ actor, params, body, idempotencyKey }) => {
    const { result, replayed } = await createCustomerWorkspace(requireActor(actor), params.reseller, body, idempotencyKeyOf(idempotencyKey));
    return new WithHeaders(result, replayHeaders(replayed));
  },
});

// ---------------------------------------------------------------------------------------------
// The workspace's side

const resellerRef = z.object({ id, slug: z.string(), name: z.string() });

const workspaceInvitationSchema = z
  .object({ id, reseller: resellerRef, invitedAs: z.string(), invitedBy: z.string(), state, createdAt: timestamp, decidedAt: timestamp.nullable(), decidedBy: z.string().nullable() })
  .meta({ id: "WorkspaceResellerInvitation" });

export const listWorkspaceInvitationsEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/reseller-invitations",
  operationId: "listResellerInvitations",
  tag: "Reseller links",
  summary: "Resellers' invitations to administer the workspace (admins read, the supervisor decides)",
  params: workspaceParam,
  guard: guardOf(resellerLinksOfWorkspace),
  success: { status: 200, description: "Pending first (oldest first), then the latest 50 decided.", schema: z.object({ data: z.array(workspaceInvitationSchema) }) },
  errors: [401, 403, 404],
  handle: async (input) => {
    const { invitations } = await runRead(workspaceOf(input), resellerLinksOfWorkspace);
    return { data: invitations.map((i) => ({ ...i, createdAt: i.createdAt.toISOString(), decidedAt: iso(i.decidedAt) })) };
  },
});

export const listWorkspaceLinksEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/reseller-links",
  operationId: "listWorkspaceResellerLinks",
  tag: "Reseller links",
  summary: "The resellers that administer the workspace",
  params: workspaceParam,
  guard: guardOf(resellerLinksOfWorkspace),
  success: { status: 200, description: "By reseller name.", schema: z.object({ data: z.array(z.object({ reseller: resellerRef, linkedAt: timestamp })) }) },
  errors: [401, 403, 404],
  handle: async (input) => {
    const { links } = await runRead(workspaceOf(input), resellerLinksOfWorkspace);
    return { data: links.map((l) => ({ ...l, linkedAt: l.linkedAt.toISOString() })) };
  },
});

const decisionSchema = z.object({ id, state, changed: z.boolean().describe("False when it had been decided the same way already.") });

const decideEndpoint = (decision: "accept" | "decline") =>
  defineEndpoint({
    method: "POST",
    path: `/workspaces/{workspace}/reseller-invitations/{invitationId}/${decision}`,
    operationId: decision === "accept" ? "acceptResellerInvitation" : "declineResellerInvitation",
    tag: "Reseller links",
    summary: decision === "accept" ? "Accept a reseller's invitation (supervisor): the link is made" : "Decline a reseller's invitation (supervisor)",
    description:
      (decision === "accept"
        ? "The reseller's staff and tokens act as admins in the workspace from their next request. "
        : "The reseller may invite again later. ") +
      "Both audit logs record it; the reseller's staff get an e-mail. Deciding the same way twice answers 200 with changed: false; the other way 409 invitation_decided.",
    params: workspaceParam.extend({ invitationId: id }),
    guard: guardOf(decideResellerInvitation),
    idempotent: true,
    success: { status: 200, description: "The invitation's state.", schema: decisionSchema },
    errors: [401, 403, 404, 409],
    handle: (input) => runInWorkspace(input, decideResellerInvitation, { invitationId: input.params.invitationId, decision }),
  });

export const acceptInvitationEndpoint = decideEndpoint("accept");
export const declineInvitationEndpoint = decideEndpoint("decline");

export const endLinkByWorkspaceEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/workspaces/{workspace}/reseller-links/{reseller}",
  operationId: "endResellerLink",
  tag: "Reseller links",
  summary: "End a reseller's link to the workspace (supervisor)",
  description:
    "The reseller's staff and tokens lose access at once: their next request to the workspace answers 404. Both audit logs record it; the " +
    "supervisors and the reseller's staff get an e-mail. Sandbox suites unlink this way with the sandbox's (supervisor) token. " +
    "With an Idempotency-Key a repeat answers the first result; without one, a repeat is 404.",
  params: workspaceParam.extend({ reseller: slug }),
  guard: guardOf(endResellerLink),
  idempotent: true,
  success: { status: 200, description: "Ended.", schema: z.object({ reseller: z.string(), ended: z.literal(true) }) },
  errors: [401, 403, 404],
  handle: (input) => runInWorkspace(input, endResellerLink, { reseller: input.params.reseller }),
});
