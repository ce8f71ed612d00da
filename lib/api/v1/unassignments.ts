import { z } from "zod";
import { runRead } from "@/lib/operations/read";
import { bulkJob, unassignPreview } from "@/lib/seats/reads";
import { unassignSelectionBody } from "@/lib/seats/selection";
import { unassignUsers } from "@/lib/seats/unassign";
import { defineEndpoint, runInWorkspace, workspaceOf, workspaceParam } from "../endpoint";
import { timestamp, uuid } from "./schemas";

const productParams = workspaceParam.extend({ productId: z.uuid() });

const previewSchema = z
  .object({
    selected: z.number().int(),
    unassigned: z.number().int().describe("Selected users who hold a seat: these lose it."),
    withoutSeat: z.number().int().describe("Selected users without a seat: nothing happens to them."),
    shortageBefore: z.number().int(),
    shortageAfter: z.number().int(),
    listBefore: z.number().int().describe("Users on the Requires renewal list now."),
    listAfter: z.number().int(),
    leavingList: z.array(z.object({ userId: uuid, name: z.string(), email: z.string(), unassigned: z.boolean() })),
    tracked: z.boolean().describe("True when the change will run as a tracked operation."),
  })
  .meta({ id: "UnassignPreview" });

const outcomeSchema = z
  .object({
    operationId: uuid.nullable().describe("Set for a tracked operation: follow it at GET /workspaces/{workspace}/operations/{operationId}."),
    status: z.enum(["done", "queued"]),
    selected: z.number().int(),
    unassigned: z.number().int().describe("Seats taken back now (0 for a tracked operation until it runs)."),
    withoutSeat: z.number().int(),
  })
  .meta({ id: "UnassignOutcome" });

const operationSchema = z
  .object({
    id: uuid,
    kind: z.string(),
    productId: uuid.nullable(),
    total: z.number().int(),
    done: z.number().int(),
    changed: z.number().int(),
    status: z.enum(["queued", "running", "done", "failed"]),
    reason: z.string(),
    requestedBy: z.string(),
    createdAt: timestamp,
    finishedAt: timestamp.nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: "Operation" });

const SELECTION_HELP =
  "Either `userIds` (at most 50,000 directory users of this workspace; an unknown or foreign id refuses the whole request) or `allMatching` (the product's user list filter: `q` searches name and e-mail, `requiresRenewal` takes the Requires renewal list).";

export const previewUnassignEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/products/{productId}/unassignments/preview",
  operationId: "previewUnassign",
  tag: "Products and seats",
  summary: "What unassigning a selection would do, without doing it",
  description: `${SELECTION_HELP} Answers the shortage before and after and who leaves the Requires renewal list. Changes nothing.`,
  params: productParams,
  body: unassignSelectionBody,
  success: { status: 200, description: "The effect.", schema: previewSchema },
  errors: [401, 403, 404, 422],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    // A preview of a change: only those who may make it may ask; the read itself changes nothing.
    return runRead(ctx, unassignPreview.with({ ...input.body, productId: input.params.productId }));
  },
});

export const unassignUsersEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/products/{productId}/unassignments",
  operationId: "unassignUsers",
  tag: "Products and seats",
  summary: "Unassign many users at once (the users and their data stay)",
  description: `${SELECTION_HELP} Up to 1,000 seats are taken back at once; more run as a tracked operation (status "queued" and an operationId). Users without a seat change nothing; repeating the request changes nothing more.`,
  params: productParams,
  body: unassignSelectionBody,
  idempotent: true,
  success: { status: 200, description: "What happened, or the tracked operation.", schema: outcomeSchema },
  errors: [401, 403, 404, 409, 422],
  handle: (input) =>
    runInWorkspace(input, unassignUsers, { ...input.body, productId: input.params.productId }),
});


export const getOperationEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/operations/{operationId}",
  operationId: "getOperation",
  tag: "Products and seats",
  summary: "Progress of a tracked operation",
  params: workspaceParam.extend({ operationId: z.uuid() }),
  success: { status: 200, description: "The operation.", schema: operationSchema },
  errors: [401, 404],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    const op = await runRead(ctx, bulkJob.with(input.params.operationId));
    const { requestedByLabel, ...rest } = op;
    return { ...rest, requestedBy: requestedByLabel, createdAt: op.createdAt.toISOString(), finishedAt: op.finishedAt?.toISOString() ?? null };
  },
});
