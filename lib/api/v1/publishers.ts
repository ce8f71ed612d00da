import { z } from "zod";
import { openPublisher } from "@/lib/access/publisher";
import { issueCodeInput, issuePublisherCode } from "@/lib/activation-codes/issue";
import { publisherActivationCounts } from "@/lib/hosts/publisher-reads";
import { idempotencyKeyOf } from "@/lib/operations";
import { runRead } from "@/lib/operations/read";
import { defineEndpoint, requireActor, WithHeaders } from "../endpoint";
import { publisherParam } from "./hosts";
import { uuid } from "./schemas";

/** What a publisher (its staff, or its API token) reaches beyond its reset-request queue (./hosts). */

const activationCountSchema = z
  .object({
    productId: uuid,
    productSku: z.string(),
    productName: z.string(),
    state: z.enum(["active", "released"]).describe("active: held on a machine now; released: given back (reset approved, host removed, switched)."),
    activations: z.number().int(),
    hosts: z.number().int().describe("Distinct machines with such activations."),
    workspaces: z.number().int().describe("Distinct customer workspaces with such activations."),
  })
  .meta({ id: "PublisherActivationCount" });

export const publisherActivationsEndpoint = defineEndpoint({
  method: "GET",
  path: "/publishers/{publisher}/activations",
  operationId: "listPublisherActivations",
  tag: "Publisher",
  summary: "The publisher's products' activations in aggregate",
  description: "Counts per product and state over the customers' workspaces; never which workspace, machine or person. Products without activations are absent.",
  params: publisherParam,
  success: { status: 200, description: "One entry per product and state.", schema: z.object({ data: z.array(activationCountSchema) }) },
  errors: [401, 404],
  handle: async ({ actor, params }) => {
    const ctx = await openPublisher(requireActor(actor), params.publisher);
    return { data: await runRead(ctx, publisherActivationCounts) };
  },
});

export const issuePublisherCodeEndpoint = defineEndpoint({
  method: "POST",
  path: "/publishers/{publisher}/activation-codes",
  operationId: "issuePublisherActivationCode",
  tag: "Publisher",
  summary: "Issue an activation code for one of the publisher's products",
  description:
    "The code redeems once, in any customer workspace (Licenses → Enter activation code). Another publisher's SKU answers like an unknown one (422). " +
    "Send an Idempotency-Key: the same key again answers the first code's definition with code: null (only its hash is stored) " +
    "and Idempotent-Replayed: true; the same key with another SKU, quantity or term is 422 idempotency_key_reused.",
  params: publisherParam,
  body: issueCodeInput,
  idempotent: true,
  success: {
    status: 201,
    description: "The code (shown once) and what it stands for.",
    schema: z
      .object({
        codeId: uuid,
        code: z.string().nullable().describe("Null when an Idempotency-Key replay answers."),
        definition: z.object({
          sku: z.string(),
          productName: z.string(),
          name: z.string(),
          licensingModel: z.enum(["per_user", "per_device", "per_host"]),
          quantity: z.number().int(),
          termDays: z.number().int(),
          features: z.array(z.string()),
        }),
      })
      .meta({ id: "PublisherIssuedCode" }),
  },
  errors: [401, 404, 422],
  handle: async ({ actor, params, body, idempotencyKey }) => {
    const ctx = await openPublisher(requireActor(actor), params.publisher);
    const { result, replayed } = await issuePublisherCode(ctx, body, idempotencyKeyOf(idempotencyKey));
    return new WithHeaders(result, replayed ? { "idempotent-replayed": "true" } : {});
  },
});
