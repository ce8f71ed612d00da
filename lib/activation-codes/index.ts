import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { v } from "@/lib/i18n/validation";
import { licenses } from "@/db/schema";
import type { LicensingModel } from "@/db/schema/enums";
import type { Tx } from "@/db/scope";
import { activationService, type LicenseDefinitionView } from "@/lib/activation-service";
import { recordAudit } from "@/lib/audit";
import { workspaceNow } from "@/lib/clock";
import { propagateReplacement, type PropagationResult } from "@/lib/devices";
import { AppError, conflict, fieldError, type LocalisedMessage, notFound } from "@/lib/errors";
import { licenseDetails, type LicenseDetails } from "@/lib/licenses/details";
import { replaceLicense } from "@/lib/licenses/lifecycle";
import { defineOperation } from "@/lib/operations";
import { codeCounters, requestAddress } from "@/lib/throttle";
import { mailReplacement } from "./mail";
import { moveSeats } from "./seats";
import { compareLicenses, parseCode, termFor, type Comparison, type LicenseFacts, type Verdict } from "./rules";

/** Entering an activation code (seed 002): the preview of the license it stands for, and applying it. */

const codeInput = z.object({
  licenseId: z.uuid(),
  code: z.string().max(200, v("activation_code_length")),
});

export type LicenseView = {
  id: string;
  name: string;
  licensingModel: LicensingModel;
  quantity: number;
  expiresAt: string;
  editionRank: number;
  features: string[];
};

export type PreviewResult = {
  code: string;
  verdict: Verdict;
  gained: string[];
  lost: string[];
  warn: boolean;
  current: LicenseView;
  next: LicenseView & { productName: string; termDays: number };
  /** Per field: whether current and new are equal (the preview then shows one value). */
  same: { name: boolean; licensingModel: boolean; quantity: boolean; expiresAt: boolean };
};

export type ApplyResult = {
  previousLicenseId: string;
  license: LicenseView;
  verdict: Verdict;
  gained: string[];
  lost: string[];
  devices: PropagationResult | null;
  /** True when this code had already replaced this license: the first answer, given again. */
  alreadyApplied: boolean;
};

const facts = (l: { name: string; licensingModel: string; quantity: number; termEnd: Date; editionRank: number; features: string[] }): LicenseFacts => ({
  name: l.name,
  licensingModel: l.licensingModel,
  quantity: l.quantity,
  expiresAt: l.termEnd,
  editionRank: l.editionRank,
  features: [...l.features].sort(),
});

const view = (l: LicenseDetails): LicenseView => ({
  id: l.id,
  name: l.name,
  licensingModel: l.licensingModel,
  quantity: l.quantity,
  expiresAt: l.termEnd.toISOString(),
  editionRank: l.editionRank,
  features: [...l.features].sort(),
});

/** Malformed input is refused before the activation service is asked (and counts as a wrong code). */
function parsedOrRefuse(raw: string) {
  const parsed = parseCode(raw);
  if (parsed.ok) return parsed;
  const message: LocalisedMessage = { key: "apiErrors.activation_code_problem", values: { problem: parsed.problem } };
  throw new AppError(422, "invalid_code", message, { problem: parsed.problem, ...fieldError("code", message) });
}

const unknownCode = () =>
  new AppError(404, "activation_code_unknown", { key: "apiErrors.activation_code_unknown" }, fieldError("code", { key: "apiErrors.activation_code_unknown_field" }));

/**
 * Wrong codes are counted per account and per client address (never per workspace: one admin's
 * guesses must not lock out the others). Every entry is counted before the code is checked, so
 * parallel guesses cannot outrun the count; anything but a wrong code is given back.
 */
const codeThrottle = {
  counters: async (ctx: { actor: { accountId: string } }) => codeCounters(ctx.actor.accountId, await requestAddress()),
  failed: (e: unknown) =>
    e instanceof AppError &&
    (e.code === "activation_code_unknown" || (e.code === "invalid_code" && (e.details as { problem?: string }).problem !== "empty")),
};

const usedCode = () =>
  new AppError(409, "activation_code_used", { key: "apiErrors.activation_code_used" }, fieldError("code", { key: "apiErrors.activation_code_used_field" }));

async function replaceableLicense(tx: Tx, workspaceId: string, licenseId: string, lock: boolean): Promise<LicenseDetails> {
  if (lock) {
    await tx.select({ id: licenses.id }).from(licenses).where(and(eq(licenses.workspaceId, workspaceId), eq(licenses.id, licenseId))).for("update");
  }
  const license = await licenseDetails(tx, workspaceId, licenseId);
  if (!license) throw notFound("license");
  return license;
}

function requireReplaceable(license: LicenseDetails) {
  if (license.state === "replaced") {
    throw new AppError(409, "license_replaced", { key: "apiErrors.license_replaced" }, {
      replacedById: license.replacedById,
    });
  }
  if (license.state === "cancelled") throw conflict({ key: "apiErrors.license_cancelled_not_replaceable" });
}

function requireSameFamily(license: LicenseDetails, definition: LicenseDefinitionView) {
  if (definition.family !== license.family) {
    const values = { product: definition.productName, license: license.productName };
    throw new AppError(422, "activation_code_other_product", { key: "apiErrors.activation_code_other_product", values }, fieldError("code", { key: "apiErrors.activation_code_other_product_field", values }));
  }
}

function nextFacts(definition: LicenseDefinitionView, now: Date) {
  const { termEnd } = termFor(now, definition.termDays);
  return { ...definition, termEnd };
}

/**
 * "Enter activation code": checks the code with the activation service and compares the license
 * it stands for with the current one, field by field, with the verdict. Changes nothing (but a
 * wrong code counts towards the throttle).
 */
export const previewActivationCode = defineOperation({
  name: "activation_code.preview",
  input: codeInput,
  resource: "activation_code",
  action: "create",
  throttle: codeThrottle,
  async run(ctx, input, tx) {
    const ws = ctx.workspace.id;
    const license = await replaceableLicense(tx, ws, input.licenseId, false);
    requireReplaceable(license);
    const parsed = parsedOrRefuse(input.code);
    const found = await activationService().lookup(tx, parsed.code, ws);
    if (!found) throw unknownCode();
    if (found.redeemed) throw usedCode();
    requireSameFamily(license, found.definition);
    const now = await workspaceNow(tx, ws);
    const next = nextFacts(found.definition, now);
    const cmp = compareLicenses(facts(license), facts(next));
    return previewOf(parsed.code, license, next, cmp);
  },
});

function previewOf(code: string, license: LicenseDetails, next: LicenseDefinitionView & { termEnd: Date }, cmp: Comparison): PreviewResult {
  return {
    code,
    verdict: cmp.verdict,
    gained: cmp.gained,
    lost: cmp.lost,
    warn: cmp.warn,
    current: view(license),
    next: {
      id: next.id,
      name: next.name,
      licensingModel: next.licensingModel,
      quantity: next.quantity,
      expiresAt: next.termEnd.toISOString(),
      editionRank: next.editionRank,
      features: [...next.features].sort(),
      productName: next.productName,
      termDays: next.termDays,
    },
    same: {
      name: cmp.fields.name.same,
      licensingModel: cmp.fields.licensingModel.same,
      quantity: cmp.fields.quantity.same,
      expiresAt: cmp.fields.expiresAt.same,
    },
  };
}

/**
 * "Apply": in one transaction the code is redeemed (its row locked, so a second apply of the same
 * code waits and then sees it used), a new license with a new id takes the old one's place, the
 * old one is marked replaced, seats and devices move to the new id, and the change is audited
 * and mailed. Applying the same code to the same license again answers as the first time did.
 */
export const applyActivationCode = defineOperation({
  name: "activation_code.apply",
  input: codeInput,
  resource: "activation_code",
  action: "create",
  throttle: codeThrottle,
  async run(ctx, input, tx) {
    const ws = ctx.workspace.id;
    // Is the license ours at all? (404 before anything is locked or counted.)
    await replaceableLicense(tx, ws, input.licenseId, false);
    const parsed = parsedOrRefuse(input.code);
    const now = await workspaceNow(tx, ws);
    const newId = randomUUID();
    // Lock order everywhere: the code, then the license.
    const outcome = await activationService().redeem(tx, parsed.code, { workspaceId: ws, replacedLicenseId: input.licenseId, newLicenseId: newId, at: now });
    if (outcome.status === "unknown") throw unknownCode();
    if (outcome.status === "already_redeemed") {
      if (outcome.byWorkspaceId === ws && outcome.replacedLicenseId === input.licenseId && outcome.licenseId) {
        return firstAnswer(tx, ws, input.licenseId, outcome.licenseId);
      }
      throw usedCode();
    }
    const old = await replaceableLicense(tx, ws, input.licenseId, true);
    requireReplaceable(old);
    const definition = outcome.definition;
    requireSameFamily(old, definition);
    const { termStart, termEnd } = termFor(now, definition.termDays);
    const cmp = compareLicenses(facts(old), facts({ ...definition, termEnd }));

    // Settings of features the new license keeps carry over.
    const keptSettings = Object.fromEntries(Object.entries(old.featureSettings).filter(([f]) => definition.features.includes(f)));
    await replaceLicense(tx, ws, old.id, {
      id: newId,
      productId: definition.productId,
      contractId: await contractOf(tx, ws, old.id),
      name: definition.name,
      quantity: definition.quantity,
      licensingModel: definition.licensingModel,
      source: "activation_code",
      state: "active",
      termStart,
      termEnd,
      purchasedAt: now,
      features: definition.features,
      featureSettings: keptSettings,
    });
    const seats = await moveSeats(tx, ws, old, { productId: definition.productId, quantity: definition.quantity, licensingModel: definition.licensingModel });
    const devices = await propagateReplacement(tx, ws, { id: old.id, termEnd: old.termEnd }, newId, now);

    const data = {
      previousLicenseId: old.id,
      licenseId: newId,
      codeId: outcome.codeId,
      verdict: cmp.verdict,
      gained: cmp.gained,
      lost: cmp.lost,
      from: { name: old.name, licensingModel: old.licensingModel, quantity: old.quantity, expiresAt: old.termEnd.toISOString() },
      to: { name: definition.name, licensingModel: definition.licensingModel, quantity: definition.quantity, expiresAt: termEnd.toISOString() },
      seats,
      devices,
    };
    await recordAudit(tx, ws, ctx.auditActor, { action: "license.replaced", subjectType: "license", subjectId: newId, data });
    await mailReplacement(tx, ctx, data);
    const fresh = (await licenseDetails(tx, ws, newId))!;
    return {
      previousLicenseId: old.id,
      license: view(fresh),
      verdict: cmp.verdict,
      gained: cmp.gained,
      lost: cmp.lost,
      devices,
      alreadyApplied: false,
    } satisfies ApplyResult;
  },
});

async function contractOf(tx: Tx, ws: string, licenseId: string): Promise<string | null> {
  const [row] = await tx.select({ contractId: licenses.contractId }).from(licenses).where(and(eq(licenses.workspaceId, ws), eq(licenses.id, licenseId)));
  return row?.contractId ?? null;
}

async function firstAnswer(tx: Tx, ws: string, previousId: string, newId: string): Promise<ApplyResult> {
  const [prev, next] = await Promise.all([licenseDetails(tx, ws, previousId), licenseDetails(tx, ws, newId)]);
  if (!prev || !next) throw usedCode();
  const cmp = compareLicenses(facts(prev), facts(next));
  return { previousLicenseId: previousId, license: view(next), verdict: cmp.verdict, gained: cmp.gained, lost: cmp.lost, devices: null, alreadyApplied: true };
}
