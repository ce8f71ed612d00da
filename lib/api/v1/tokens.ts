import { z } from "zod";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens";
import { runRead } from "@/lib/operations/read";
import { apiTokens } from "@/lib/settings/reads";
import { defineEndpoint, guardOf, runInWorkspace, workspaceOf, workspaceParam } from "../endpoint";
import { issuedTokenSchema, page, tokenSchema } from "./schemas";

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const listTokensEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/tokens",
  operationId: "listApiTokens",
  tag: "API tokens",
  summary: "API tokens of the workspace (supervisor)",
  params: workspaceParam,
  success: { status: 200, description: "All tokens, newest first; secrets are never shown again.", schema: page(tokenSchema) },
  errors: [401, 403, 404],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    const rows = await runRead(ctx, apiTokens);
    return {
      data: rows.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), lastUsedAt: iso(t.lastUsedAt), expiresAt: iso(t.expiresAt), revokedAt: iso(t.revokedAt) })),
      nextCursor: null,
    };
  },
});

export const createTokenEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/tokens",
  operationId: "createApiToken",
  tag: "API tokens",
  summary: "Create an API token with a role (supervisor)",
  params: workspaceParam,
  body: createApiToken.input,
  guard: guardOf(createApiToken),
  idempotent: true,
  success: { status: 201, description: "The token, with its secret shown this once.", schema: issuedTokenSchema },
  errors: [401, 403, 404, 422],
  handle: (input) => runInWorkspace(input, createApiToken, input.body),
});

export const revokeTokenEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/workspaces/{workspace}/tokens/{tokenId}",
  operationId: "revokeApiToken",
  tag: "API tokens",
  summary: "Revoke an API token (supervisor)",
  params: workspaceParam.extend({ tokenId: z.uuid() }),
  idempotent: true,
  success: { status: 200, description: "Revoked (revoking twice changes nothing).", schema: z.object({ id: z.uuid(), revoked: z.literal(true) }) },
  errors: [401, 403, 404],
  handle: (input) => runInWorkspace(input, revokeApiToken, { tokenId: input.params.tokenId }),
});
