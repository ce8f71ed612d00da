import { listApiTokens } from "@/lib/api-tokens";
import { defineRead } from "@/lib/operations/read";
import { getWorkspaceSettings } from "./index";

/** The settings page's declared reads (lib/operations/read). */

export const workspaceSettings = defineRead({ name: "settings", resource: "settings", run: (tx, ctx) => getWorkspaceSettings(tx, ctx.workspace.id) });

export const apiTokens = defineRead({ name: "api tokens", resource: "api_token", run: (tx, ctx) => listApiTokens(tx, ctx.workspace.id) });
