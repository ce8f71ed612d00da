import { z } from "zod";
import { LICENSE_STATES } from "@/lib/licenses/rules";
import { applyActivationCode, previewActivationCode } from "@/lib/activation-codes";
import { configureLicenseFeatures } from "@/lib/activation-codes/features";
import { issueActivationCode, issueCodeInput } from "@/lib/activation-codes/issue";
import { testClocksAllowed } from "@/lib/clock/rules";
import { switchDeviceNow, DEVICE_SORTS, type DeviceRow } from "@/lib/devices";
import { devicesPage, licenseDevices } from "@/lib/devices/reads";
import { license } from "@/lib/licenses/reads";
import { runReads } from "@/lib/operations/read";
import { notFound } from "@/lib/errors";
import { defineEndpoint, runInWorkspace, workspaceOf, workspaceParam } from "../endpoint";
import { timestamp, uuid } from "./schemas";

const licenseParams = workspaceParam.extend({ licenseId: z.uuid() });
const hostParams = workspaceParam.extend({ hostId: z.uuid() });
const model = z.enum(["per_user", "per_device", "per_host"]);

const deviceSchema = z
  .object({
    id: uuid.describe("The host id."),
    name: z.string(),
    platform: z.enum(["windows", "macos", "linux", "android", "ios"]),
    licenseId: uuid.nullable(),
    licenseName: z.string().nullable(),
    pendingLicenseId: uuid.nullable().describe("macOS: the replacement license registered on the device."),
    pendingLicenseName: z.string().nullable(),
    switchesAt: timestamp.nullable().describe("When the device switches to the pending license (the current one's expiry)."),
  })
  .meta({ id: "Device" });

const licenseSchema = z
  .object({
    id: uuid,
    name: z.string(),
    productId: uuid,
    productName: z.string(),
    sku: z.string(),
    licensingModel: model,
    quantity: z.number().int().describe("The license limit."),
    termStart: timestamp,
    expiresAt: timestamp.describe(
      "Until when the license is bought: its term's end, or the end of a paid renewal (any path) that takes over from it, " +
        "also before the renewal window's close applies a renewal order to the license.",
    ),
    source: z.string(),
    state: z
      .enum(LICENSE_STATES)
      .describe(
        "By the workspace clock: expired once expiresAt is reached, expiring when fewer than 30 days remain (between instants), provisional for a " +
          "request key's provisional key, replaced once an activation code replaced it, cancelled, otherwise active.",
      ),
    features: z.array(z.string()),
    featureSettings: z.record(z.string(), z.boolean()),
    replacedById: uuid.nullable(),
    replacesId: uuid.nullable(),
    devices: z.array(deviceSchema),
  })
  .meta({ id: "License" });

const licenseView = z.object({
  id: uuid,
  name: z.string(),
  licensingModel: model,
  quantity: z.number().int(),
  expiresAt: timestamp,
  editionRank: z.number().int(),
  features: z.array(z.string()),
});

const verdict = z.enum(["upgrade", "downgrade", "renewal"]);

const previewSchema = z
  .object({
    code: z.string().describe("The code, normalised (XXXXX-XXXXX-XXXXX-XXXXX)."),
    verdict,
    gained: z.array(z.string()).describe("Features the new license adds."),
    lost: z.array(z.string()).describe("Features no longer available with the new license."),
    warn: z.boolean().describe("True when features would be lost."),
    current: licenseView,
    next: licenseView.extend({ id: uuid.describe("The license definition's id."), productName: z.string(), termDays: z.number().int() }),
    same: z.object({ name: z.boolean(), licensingModel: z.boolean(), quantity: z.boolean(), expiresAt: z.boolean() }),
  })
  .meta({ id: "ActivationCodePreview" });

const applySchema = z
  .object({
    previousLicenseId: uuid,
    license: licenseView,
    verdict,
    gained: z.array(z.string()),
    lost: z.array(z.string()),
    devices: z
      .object({ switched: z.number().int(), registered: z.number().int(), switchesAt: timestamp.nullable() })
      .nullable()
      .describe("Devices moved to the new license; null on a repeated apply."),
    alreadyApplied: z.boolean().describe("True when this code had replaced this license before: the first answer again."),
  })
  .meta({ id: "ActivationCodeApplied" });

const codeBody = z.object({ code: z.string().max(200).describe("With or without dashes and spaces, any case.") });

export const getLicenseEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/licenses/{licenseId}",
  operationId: "getLicense",
  tag: "Licenses",
  summary: "A license with its features and the devices on it",
  params: licenseParams,
  success: { status: 200, description: "The license.", schema: licenseSchema },
  errors: [401, 404],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    const [l, devices] = await runReads(ctx, license.with(input.params.licenseId), licenseDevices.with(input.params.licenseId));
    if (!l) throw notFound("license");
    return {
      id: l.id,
      name: l.name,
      productId: l.productId,
      productName: l.productName,
      sku: l.sku,
      licensingModel: l.licensingModel,
      quantity: l.quantity,
      termStart: l.termStart.toISOString(),
      expiresAt: l.termEnd.toISOString(),
      source: l.source,
      state: l.state,
      features: l.features,
      featureSettings: l.featureSettings,
      replacedById: l.replacedById,
      replacesId: l.replacesId,
      devices: devices.map(deviceJson),
    };
  },
});

export const previewActivationCodeEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/licenses/{licenseId}/activation-code/preview",
  operationId: "previewActivationCode",
  tag: "Licenses",
  summary: "Check an activation code and compare its license with this one",
  description:
    "Supervisor or admin. 422 invalid_code for a malformed code (details.problem: lookalike, short, long, character, check); " +
    "404 activation_code_unknown for a code the activation service does not know (or issued for another workspace); " +
    "409 activation_code_used for a redeemed code; 429 with Retry-After after repeated wrong codes.",
  params: licenseParams,
  body: codeBody,
  success: { status: 200, description: "The preview: current and new license, field by field, and the verdict.", schema: previewSchema },
  errors: [401, 403, 404, 409, 422, 429],
  handle: (input) => runInWorkspace({ ...input, idempotencyKey: null }, previewActivationCode, { licenseId: input.params.licenseId, code: input.body.code }),
});

export const applyActivationCodeEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/licenses/{licenseId}/activation-code/apply",
  operationId: "applyActivationCode",
  tag: "Licenses",
  summary: "Replace the license with the one an activation code stands for",
  description:
    "One transaction: the code is redeemed once, a new license (new id) replaces this one, seats and devices move to it " +
    "(macOS devices register it and switch when this license expires). Applying the same code to the same license again " +
    "answers as the first time (alreadyApplied: true); another license or workspace gets 409 activation_code_used.",
  params: licenseParams,
  body: codeBody,
  idempotent: true,
  success: { status: 200, description: "The replacement.", schema: applySchema },
  errors: [401, 403, 404, 409, 422, 429],
  handle: (input) => runInWorkspace(input, applyActivationCode, { licenseId: input.params.licenseId, code: input.body.code }),
});

export const configureLicenseFeaturesEndpoint = defineEndpoint({
  method: "PUT",
  path: "/workspaces/{workspace}/licenses/{licenseId}/features",
  operationId: "configureLicenseFeatures",
  tag: "Licenses",
  summary: "Turn features of a license on or off (\"Try additional features\")",
  params: licenseParams,
  body: z.object({ settings: z.record(z.string(), z.boolean()) }),
  idempotent: true,
  success: {
    status: 200,
    description: "The license's feature settings.",
    schema: z.object({ licenseId: uuid, featureSettings: z.record(z.string(), z.boolean()) }),
  },
  errors: [401, 403, 404, 409, 422],
  handle: (input) => runInWorkspace(input, configureLicenseFeatures, { licenseId: input.params.licenseId, settings: input.body.settings }),
});

export const issueActivationCodeEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/activation-codes/issue",
  operationId: "issueActivationCode",
  tag: "Sandboxes",
  summary: "Sandboxes only: have the activation service issue a code for this sandbox",
  description: "Supervisor token. The code redeems once, in this sandbox only. Does not exist in production (404) nor for real workspaces (404).",
  params: workspaceParam,
  body: issueCodeInput,
  idempotent: true,
  success: {
    status: 201,
    description: "The code (shown once; only its hash is stored) and what it stands for.",
    schema: z.object({
      code: z.string(),
      definition: z.object({
        sku: z.string(),
        productName: z.string(),
        name: z.string(),
        licensingModel: model,
        quantity: z.number().int(),
        termDays: z.number().int(),
        features: z.array(z.string()),
      }),
    }),
  },
  errors: [401, 403, 404, 422],
  handle: (input) => {
    if (!testClocksAllowed()) throw notFound("endpoint");
    return runInWorkspace(input, issueActivationCode, input.body);
  },
});

const deviceJson = (d: DeviceRow) => ({
  id: d.id,
  name: d.name,
  platform: d.platform,
  licenseId: d.licenseId,
  licenseName: d.licenseName,
  pendingLicenseId: d.pendingLicenseId,
  pendingLicenseName: d.pendingLicenseName,
  switchesAt: d.switchesAt ? d.switchesAt.toISOString() : null,
});

export const listDevicesEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/devices",
  operationId: "listDevices",
  tag: "Devices",
  summary: "Managed devices with their platform and license",
  params: workspaceParam,
  query: z.object({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    size: z.coerce.number().int().min(1).max(200).default(50),
    sort: z.enum(DEVICE_SORTS).default("name"),
    dir: z.enum(["asc", "desc"]).default("asc"),
    q: z.string().max(100).optional(),
  }),
  success: {
    status: 200,
    description: "One page.",
    schema: z.object({ data: z.array(deviceSchema), total: z.number().int(), page: z.number().int(), size: z.number().int() }),
  },
  errors: [401, 404, 422],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    const [p] = await runReads(ctx, devicesPage.with({ ...input.query, q: input.query.q ?? "", filters: {} }));
    return { data: p.rows.map(deviceJson), total: p.total, page: p.page, size: p.size };
  },
});

export const switchDeviceNowEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/devices/{hostId}/switch-now",
  operationId: "switchDeviceNow",
  tag: "Devices",
  summary: "Switch a macOS device to its registered new license now",
  description: "409 when the device has no new license waiting.",
  params: hostParams,
  idempotent: true,
  success: {
    status: 200,
    description: "What switched.",
    schema: z.object({ hostId: uuid, switched: z.array(z.object({ activationId: uuid, from: uuid, to: uuid })) }),
  },
  errors: [401, 403, 404, 409],
  handle: (input) => runInWorkspace(input, switchDeviceNow, { hostId: input.params.hostId }),
});
