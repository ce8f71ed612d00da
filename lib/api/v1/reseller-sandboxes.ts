import { z } from "zod";
import { createResellerSandbox, resellerSandboxInput } from "@/lib/sandboxes/resellers";
import { defineEndpoint } from "../endpoint";
import { sandboxSchema } from "./schemas";

const id = z.uuid();

export const createResellerSandboxEndpoint = defineEndpoint({
  method: "POST",
  path: "/sandboxes/resellers",
  operationId: "createResellerSandbox",
  tag: "Sandboxes",
  summary: "Create a sandbox reseller with linked sandbox workspaces (outside production)",
  description:
    "Makes a throw-away reseller, a staff sign-in and 1–5 linked sandbox workspaces (alternately PL and DE), each with four licenses: " +
    "renewable online (web store, 20 days left), too early (90 days left), bought through a partner, and bought before the 8.0 release. " +
    "Delete each workspace with its token as usual; the reseller goes when it has no workspace left. To unlink one (and assert the 404 the " +
    "reseller's staff and tokens get next), DELETE /workspaces/{slug}/reseller-links/{reseller} with that workspace's token (a supervisor's).",
  auth: "sandbox-secret",
  body: resellerSandboxInput,
  success: {
    status: 201,
    description: "The reseller, its staff sign-in and its workspaces.",
    schema: z
      .object({
        reseller: z.object({ id, slug: z.string(), name: z.string(), requireTwoFactor: z.boolean() }),
        staff: z.object({ email: z.string(), password: z.string() }),
        workspaces: z.array(sandboxSchema.extend({ licenses: z.object({ renewable: id, tooEarly: id, partner: id, before80: id }) })),
      })
      .meta({ id: "ResellerSandbox" }),
  },
  errors: [400, 401, 404, 413, 422],
  handle: async ({ body }) => createResellerSandbox(body),
});
