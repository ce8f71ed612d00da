import { listWorkspaces } from "@/lib/access/workspace";
import { deleteSandbox, createSandbox, sandboxAccountMail, sandboxInput } from "@/lib/sandboxes";
import { z } from "zod";
import { defineEndpoint, requireActor, workspaceOf, workspaceParam } from "../endpoint";
import { sandboxSchema, workspaceSchema, page } from "./schemas";

export const listWorkspacesEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces",
  operationId: "listWorkspaces",
  tag: "Workspaces",
  summary: "Workspaces the caller may open",
  description: "A person's memberships plus every workspace of their reseller; a workspace token's own workspace; a reseller token's linked workspaces, with the token's role in each.",
  success: { status: 200, description: "All of them (never many: not paged).", schema: page(workspaceSchema) },
  errors: [401],
  handle: async ({ actor }) => ({ data: await listWorkspaces(requireActor(actor)), nextCursor: null }),
});

export const getWorkspaceEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}",
  operationId: "getWorkspace",
  tag: "Workspaces",
  summary: "One workspace",
  params: workspaceParam,
  success: { status: 200, description: "The workspace and the caller's role in it.", schema: workspaceSchema },
  errors: [401, 404],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    return { ...ctx.workspace, role: ctx.role };
  },
});

export const createSandboxEndpoint = defineEndpoint({
  method: "POST",
  path: "/sandboxes",
  operationId: "createSandbox",
  tag: "Sandboxes",
  summary: "Create a sandbox workspace (outside production)",
  description:
    "Makes a workspace from a template, with a test clock set to now, a supervisor sign-in and a supervisor API token. " +
    "Sandboxes never appear in other workspaces and are deleted automatically when they expire.",
  auth: "sandbox-secret",
  body: sandboxInput,
  success: { status: 201, description: "The sandbox, its token and sign-in.", schema: sandboxSchema },
  errors: [400, 401, 404, 413, 422],
  handle: async ({ body }) => createSandbox(body),
});

export const deleteSandboxEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/sandboxes/{workspace}",
  operationId: "deleteSandbox",
  tag: "Sandboxes",
  summary: "Delete a sandbox and everything in it",
  params: workspaceParam,
  success: { status: 204, description: "Deleted." },
  errors: [401, 403, 404],
  handle: async (input) => {
    await deleteSandbox(workspaceOf(input));
    return null;
  },
});

export const sandboxAccountMailEndpoint = defineEndpoint({
  method: "GET",
  path: "/sandboxes/{workspace}/account-mail",
  operationId: "sandboxAccountMail",
  tag: "Sandboxes",
  summary: "Password-reset and invitation e-mails of a sandbox's people (test installations)",
  description:
    "These e-mails belong to one person and appear in no workspace's outbox; a suite reads them here, newest first, to follow the link " +
    "as the person would. Only for sandboxes, with the sandbox's supervisor token.",
  params: workspaceParam,
  success: {
    status: 200,
    description: "The latest 20 messages.",
    schema: page(z.object({ id: z.uuid(), kind: z.string(), recipients: z.array(z.string()), subject: z.string(), text: z.string(), queuedAt: z.string() }).meta({ id: "AccountMail" })),
  },
  errors: [401, 403, 404],
  handle: async (input) => ({ data: await sandboxAccountMail(workspaceOf(input)), nextCursor: null }),
});
