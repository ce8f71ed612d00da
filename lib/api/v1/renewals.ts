import { randomUUID } from "node:crypto";
import { z } from "zod";
import { runRead } from "@/lib/operations/read";
import { licenseRenewal } from "@/lib/reseller/reads";
import { renewLicense } from "@/lib/reseller/renewal";
import { defineEndpoint, runInWorkspace, workspaceOf, workspaceParam } from "../endpoint";

const id = z.uuid();
const timestamp = z.iso.datetime({ offset: true });
const params = workspaceParam.extend({ licenseId: z.uuid() });

const renewalViewSchema = z
  .object({
    licenseId: id,
    name: z.string(),
    termEnd: timestamp,
    eligible: z.boolean(),
    renewedUntil: timestamp.nullable().describe("Set while a renewal bought ahead (a renewal order, an online renewal, a code) has not started: the term is renewed until then and cannot be renewed again."),
    daysLeft: z.number().int().describe("Whole days until the term ends on the workspace's calendar."),
    reasons: z.array(z.enum(["already_renewed", "not_active", "not_web_store", "before_8_0", "too_early"])),
    quote: z
      .object({
        currency: z.string(),
        unitAmountMinor: z.number().int(),
        offerName: z.string().nullable(),
        quantity: z.number().int(),
        amountMinor: z.number().int(),
        termEnd: timestamp,
        carriedDays: z.number().int(),
      })
      .nullable(),
  })
  .meta({ id: "LicenseRenewal" });

const renewalResultSchema = z
  .object({
    renewalId: id,
    orderId: id,
    orderNumber: z.string().describe("The order's number, e.g. LC-2026-000123."),
    licenseId: id,
    amountMinor: z.number().int(),
    currency: z.string(),
    previousTermEnd: timestamp,
    termEnd: timestamp,
    carriedDays: z.number().int(),
    mailedTo: z.array(z.string()),
  })
  .meta({ id: "RenewalResult" });

export const getRenewalEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/licenses/{licenseId}/renewal",
  operationId: "getLicenseRenewal",
  tag: "Renewals",
  summary: "Whether a license can be renewed online now, why not, and the price in the workspace's currency",
  params,
  success: { status: 200, description: "Eligibility and, when eligible, the quote.", schema: renewalViewSchema },
  errors: [401, 404],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    return runRead(ctx, licenseRenewal.with(input.params.licenseId));
  },
});

export const renewLicenseEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/licenses/{licenseId}/renew",
  operationId: "renewLicense",
  tag: "Renewals",
  summary: "Renew a license online (seed 004): a paid renewal order, the term extended, an e-mail to the workspace's supervisors and admins",
  description:
    "Send the term end and total from GET …/renewal; if either changed meanwhile the answer is 409 and nothing is charged. " +
    "With an Idempotency-Key, a repeated request returns the first renewal. A term is renewed once, whichever way: " +
    "if the workspace's renewal order (or any other path) renewed it already, the answer is 409 term_already_renewed with renewedUntil.",
  params,
  body: z.object({ expectedTermEnd: timestamp, expectedAmountMinor: z.number().int().min(0) }),
  idempotent: true,
  success: { status: 201, description: "The renewal.", schema: renewalResultSchema },
  errors: [401, 403, 404, 409, 422],
  handle: (input) =>
    runInWorkspace(input, renewLicense, {
      ...input.body,
      licenseId: input.params.licenseId,
      requestKey: input.idempotencyKey ?? `api-${randomUUID()}`,
    }),
});
