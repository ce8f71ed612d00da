import { z } from "zod";
import { runRead } from "@/lib/operations/read";
import { addRequestKey, checkOnline, enterActivationKey } from "@/lib/request-keys";
import { activations } from "@/lib/request-keys/reads";
import { defineEndpoint, guardOf, runInWorkspace, workspaceOf, workspaceParam } from "../endpoint";
import { timestamp } from "./schemas";

const activationSchema = z
  .object({
    id: z.uuid(),
    requestKey: z.string().nullable().describe("The 10-digit request key; null for a manually entered key without one."),
    status: z
      .enum(["provisional", "overdue", "activated", "expired"])
      .describe("provisional: the provisional key runs (warning marker); overdue: no final key after 3 weeks, check online again and then contact support; activated: the final name- and term-bound key is installed; expired: 3 months passed without it."),
    productName: z.string().nullable(),
    quantity: z.number().int().nullable(),
    enteredAt: timestamp,
    provisionalUntil: timestamp,
    finalReadyAt: timestamp.nullable().describe("When the activation service expects the final key."),
    activatedAt: timestamp.nullable(),
    updateServiceUntil: timestamp.nullable().describe("Until when program improvements and updates are included."),
    termEnd: timestamp.nullable(),
    keyId: z.string().nullable(),
    via: z.enum(["online", "manual"]).nullable(),
    testKey: z.boolean(),
  })
  .meta({ id: "Activation" });

const offerSchema = z
  .object({
    keyId: z.string(),
    requestKey: z.string().nullable(),
    modules: z.array(z.object({ sku: z.string(), name: z.string(), quantity: z.number().int() })),
    termStart: timestamp,
    termEnd: timestamp,
    updateServiceUntil: timestamp,
    key: z.string().describe("The signed key text."),
  })
  .meta({ id: "ActivationKeyOffer" });

const checkSchema = z
  .object({
    checkedAt: timestamp,
    offers: z.array(offerSchema).describe("Final keys ready at the activation service."),
    waiting: z.array(z.object({ requestKey: z.string(), retryAt: timestamp, contactSupport: z.boolean() })),
    applied: z.array(activationSchema).describe("With apply: the activations installed by this call."),
  })
  .meta({ id: "CheckOnlineResult" });

export const listActivationsEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/activations",
  operationId: "listActivations",
  tag: "Keys",
  summary: "Request keys and activation keys of the workspace, newest first",
  params: workspaceParam,
  success: { status: 200, description: "Every activation (a workspace has a handful).", schema: z.object({ data: z.array(activationSchema) }) },
  errors: [401, 404],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    return { data: await runRead(ctx, activations) };
  },
});

export const addRequestKeyEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/activations/request-keys",
  operationId: "addRequestKey",
  tag: "Keys",
  summary: "Enter a 10-digit request key (supervisor): installs a provisional key for 3 months",
  description: "The last digit is a Luhn check digit. Spaces and hyphens between digits are ignored.",
  params: workspaceParam,
  body: addRequestKey.input,
  guard: guardOf(addRequestKey),
  idempotent: true,
  success: { status: 201, description: "The provisional activation.", schema: activationSchema },
  errors: [401, 403, 404, 409, 422],
  handle: (input) => runInWorkspace(input, addRequestKey, input.body),
});

export const checkOnlineEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/activations/check-online",
  operationId: "checkOnline",
  tag: "Keys",
  summary: "Ask the activation service for final keys (supervisor); with apply, install them",
  params: workspaceParam,
  body: checkOnline.input,
  guard: guardOf(checkOnline),
  idempotent: true,
  success: { status: 200, description: "What is ready, what is still waiting, and what was installed.", schema: checkSchema },
  errors: [401, 403, 404, 422],
  handle: (input) => runInWorkspace(input, checkOnline, input.body),
});

export const enterActivationKeyEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/activations/manual-keys",
  operationId: "enterActivationKey",
  tag: "Keys",
  summary: "Enter a name- and term-bound activation key manually (supervisor; works offline)",
  description:
    "The key is checked on its own against the publisher's public key: signature, licensee (this workspace) and term. Refusals carry codes key_signature, key_licensee, key_expired, key_malformed, key_request_key.",
  params: workspaceParam,
  body: enterActivationKey.input,
  guard: guardOf(enterActivationKey),
  idempotent: true,
  success: { status: 200, description: "The activation; entering the same key again changes nothing.", schema: z.object({ activation: activationSchema, changed: z.boolean() }) },
  errors: [401, 403, 404, 409, 422],
  handle: (input) => runInWorkspace(input, enterActivationKey, input.body),
});
