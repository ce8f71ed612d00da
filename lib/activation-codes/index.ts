import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { accounts, licenses, products } from "@/db/schema";
import type { LicensingModel } from "@/db/schema/enums";
import type { Tx } from "@/db/scope";
import { activationService, type LicenseDefinitionView } from "@/lib/activation-service";
import { recordAudit } from "@/lib/audit";
import { workspaceNow } from "@/lib/clock";
import type { LicenseState } from "@/lib/licenses/rules";
import { coveredUntilSql, licenseStateSql } from "@/lib/licenses/state";
import { propagateReplacement, type PropagationResult } from "@/lib/devices";
import { moveAssignments } from "@/lib/seats/assignments";
import { adjustSeats, dropUnusedSeats, openSeats, setSeats } from "@/lib/seats/ledger";
import { AppError, conflict, invalid, notFound } from "@/lib/errors";
import { formatDate, formatNumber } from "@/lib/format";
import type { Translator } from "@/lib/i18n/translate";
import { queueMail } from "@/lib/mail";
import { defineOperation, type OperationContext } from "@/lib/operations";
import { codeCounters, requestAddress } from "@/lib/throttle";
import { memberEmails } from "@/lib/workspaces/people";
import { CODE_PROBLEM_MESSAGES, compareLicenses, parseCode, termFor, type Comparison, type LicenseFacts, type Verdict } from "./rules";

// ---------------------------------------------------------------------------------------------
// Reading a license

export type LicenseDetails = {
  id: string;
  name: string;
  productId: string;
  productName: string;
  sku: string;
  family: string;
  editionRank: number;
  licensingModel: LicensingModel;
  quantity: number;
  termStart: Date;
  termEnd: Date;
  source: string;
  /** By the workspace clock (lib/licenses/rules.ts). */
  state: LicenseState;
  features: string[];
  featureSettings: Record<string, boolean>;
  replacedById: string | null;
  /** The license this one replaced, if it came from an activation code. */
  replacesId: string | null;
};

export async function licenseDetails(tx: Tx, workspaceId: string, licenseId: string): Promise<LicenseDetails | null> {
  const now = await workspaceNow(tx, workspaceId);
  const [row] = await tx
    .select({
      id: licenses.id,
      name: licenses.name,
      productId: licenses.productId,
      productName: products.name,
      sku: products.sku,
      family: products.family,
      editionRank: products.editionRank,
      licensingModel: licenses.licensingModel,
      quantity: licenses.quantity,
      termStart: licenses.termStart,
      // Until when it is bought: a renewal the ledger holds counts before the window's close moves the row.
      termEnd: coveredUntilSql(now),
      source: licenses.source,
      state: licenseStateSql(now),
      features: sql<string[]>`coalesce(${licenses.features}, ${products.features})`,
      featureSettings: licenses.featureSettings,
      replacedById: licenses.replacedById,
      replacesId: sql<string | null>`(select l2.id from ${licenses} l2 where l2.workspace_id = ${licenses.workspaceId} and l2.replaced_by_id = ${licenses.id} limit 1)`,
    })
    .from(licenses)
    .innerJoin(products, eq(products.id, licenses.productId))
    .where(and(eq(licenses.workspaceId, workspaceId), eq(licenses.id, licenseId)));
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------
// Preview and apply

const codeInput = z.object({
  licenseId: z.uuid("Not a license id."),
  code: z.string().max(200, "An activation code has 20 characters."),
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
  throw new AppError(422, "invalid_code", CODE_PROBLEM_MESSAGES[parsed.problem], {
    problem: parsed.problem,
    fieldErrors: { code: [CODE_PROBLEM_MESSAGES[parsed.problem]] },
  });
}

const unknownCode = () =>
  new AppError(404, "activation_code_unknown", "The activation service does not know this code. Check it against the code you received and try again.", {
    fieldErrors: { code: ["The activation service does not know this code."] },
  });

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
  new AppError(409, "activation_code_used", "This activation code has been used already. Each code replaces one license, once.", {
    fieldErrors: { code: ["This activation code has been used already."] },
  });

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
    throw new AppError(409, "license_replaced", "This license has been replaced already; enter the code on its replacement.", {
      replacedById: license.replacedById,
    });
  }
  if (license.state === "cancelled") throw conflict("A cancelled license cannot be replaced.");
}

function requireSameFamily(license: LicenseDetails, definition: LicenseDefinitionView) {
  if (definition.family !== license.family) {
    throw new AppError(422, "activation_code_other_product", `This code is for ${definition.productName}, which cannot replace ${license.productName}.`, {
      fieldErrors: { code: [`This code is for ${definition.productName}.`] },
    });
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
    await tx.insert(licenses).values({
      id: newId,
      workspaceId: ws,
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
    await tx.update(licenses).set({ state: "replaced", replacedById: newId }).where(and(eq(licenses.workspaceId, ws), eq(licenses.id, old.id)));
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

/**
 * The seat figures follow the license: the paid seats of the old product give way to the new
 * limit; when the product changes, per-user seats (assignments) move to the new product.
 * Both seat rows are locked first, in id order, like every seat change.
 */
async function moveSeats(
  tx: Tx,
  ws: string,
  old: LicenseDetails,
  next: { productId: string; quantity: number; licensingModel: LicensingModel },
): Promise<{ movedAssignments: number; purchased: Record<string, number> }> {
  const rows = await openSeats(tx, ws, [old.productId, next.productId]);
  const purchased: Record<string, number> = {};
  let movedAssignments = 0;
  if (old.productId === next.productId) {
    const row = rows.get(old.productId)!;
    purchased[row.productId] = Math.max(0, row.purchased - old.quantity) + next.quantity;
    await setSeats(tx, ws, row.productId, { purchased: purchased[row.productId] });
    return { movedAssignments, purchased };
  }
  const from = rows.get(old.productId)!;
  const to = rows.get(next.productId)!;
  // Another live license of the old product keeps its seats there.
  const [{ others }] = await tx
    .select({ others: sql<number>`count(*)::int` })
    .from(licenses)
    .where(and(eq(licenses.workspaceId, ws), eq(licenses.productId, old.productId), eq(licenses.state, "active"), sql`${licenses.id} <> ${old.id}`));
  if (next.licensingModel === "per_user" && old.licensingModel === "per_user" && others === 0) {
    movedAssignments = await moveAssignments(tx, ws, old.productId, next.productId);
  }
  purchased[from.productId] = Math.max(0, from.purchased - old.quantity);
  purchased[to.productId] = to.purchased + next.quantity;
  await setSeats(tx, ws, from.productId, { purchased: purchased[from.productId] });
  await adjustSeats(tx, ws, from.productId, { used: -movedAssignments });
  await setSeats(tx, ws, to.productId, { purchased: purchased[to.productId] });
  await adjustSeats(tx, ws, to.productId, { used: movedAssignments });
  // Nothing left of the old product here (its devices, if any, move with propagateReplacement)?
  await dropUnusedSeats(tx, ws, [from.productId]);
  return { movedAssignments, purchased };
}

/** Supervisors and admins of the workspace (people, not tokens) and the person who applied. */
async function replacementRecipients(tx: Tx, ctx: OperationContext): Promise<string[]> {
  const members = await memberEmails(tx, ctx.workspace.id);
  const [me] = await tx.select({ email: accounts.email, kind: accounts.kind }).from(accounts).where(eq(accounts.id, ctx.actor.accountId));
  return [...new Set([...members, ...(me?.kind === "person" ? [me.email] : [])])];
}

async function mailReplacement(
  tx: Tx,
  ctx: OperationContext,
  d: {
    previousLicenseId: string;
    licenseId: string;
    verdict: Verdict;
    gained: string[];
    lost: string[];
    from: { name: string; licensingModel: string; quantity: number; expiresAt: string };
    to: { name: string; licensingModel: string; quantity: number; expiresAt: string };
    devices: PropagationResult;
  },
) {
  const to = await replacementRecipients(tx, ctx);
  if (to.length === 0) return;
  const ws = ctx.workspace;
  const day = (iso: string) => formatDate(new Date(iso), ws.locale, ws.timeZone, "long");
  const count = (n: number) => formatNumber(n, ws.locale);
  const compose = (t: Translator) => {
    // The preview's facts carry the model as a plain string; it is always one of the enum's.
    const model = (m: string) => t(`enums.licensingModel.${m as LicensingModel}`);
    const lines = [
      t("mail.licenseReplaced.intro", { actor: ctx.actor.name, workspace: ws.name, verdict: d.verdict }),
      "",
      t("mail.licenseReplaced.name", { from: d.from.name, to: d.to.name }),
      t("mail.licenseReplaced.model", { from: model(d.from.licensingModel), to: model(d.to.licensingModel) }),
      t("mail.licenseReplaced.limit", { from: count(d.from.quantity), to: count(d.to.quantity) }),
      t("mail.licenseReplaced.expiry", { from: day(d.from.expiresAt), to: day(d.to.expiresAt) }),
      "",
      ...(d.gained.length ? [t("mail.licenseReplaced.gained", { features: d.gained.join(", ") })] : []),
      ...(d.lost.length ? [t("mail.licenseReplaced.lost", { features: d.lost.join(", ") })] : []),
      t("mail.licenseReplaced.switched", { count: count(d.devices.switched) }),
      ...(d.devices.registered
        ? [
            d.devices.switchesAt
              ? t("mail.licenseReplaced.registeredOn", { date: day(d.devices.switchesAt), count: count(d.devices.registered) })
              : t("mail.licenseReplaced.registered", { count: count(d.devices.registered) }),
          ]
        : []),
      "",
      t("mail.licenseReplaced.licenseId", { id: d.licenseId, previous: d.previousLicenseId }),
    ];
    return { subject: t("mail.licenseReplaced.subject", { license: d.to.name }), text: lines.join("\n") };
  };
  await queueMail(tx, ws.id, { kind: "license.replaced", to, compose });
}

// ---------------------------------------------------------------------------------------------
// "Try additional features"

const settingsValue = z.preprocess((v) => {
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}, z.record(z.string().min(1).max(100), z.boolean(), "Feature settings: an object of feature → on/off."));

export type FeatureSettingsResult = { licenseId: string; featureSettings: Record<string, boolean> };

/** Turns features of a license on or off (after an upgrade, or later from the license page). */
export const configureLicenseFeatures = defineOperation({
  name: "license.configure_features",
  input: z.object({ licenseId: z.uuid("Not a license id."), settings: settingsValue }),
  resource: "license",
  action: "update",
  async run(ctx, input, tx) {
    const ws = ctx.workspace.id;
    await tx.select({ id: licenses.id }).from(licenses).where(and(eq(licenses.workspaceId, ws), eq(licenses.id, input.licenseId))).for("update");
    const license = await licenseDetails(tx, ws, input.licenseId);
    if (!license) throw notFound("license");
    if (license.state === "replaced" || license.state === "cancelled") throw conflict("Only a license in use can be configured.");
    const unknown = Object.keys(input.settings).filter((f) => !license.features.includes(f));
    if (unknown.length) {
      throw invalid(`Not features of this license: ${unknown.join(", ")}.`, { fieldErrors: { settings: [`Unknown features: ${unknown.join(", ")}.`] } });
    }
    const featureSettings = { ...license.featureSettings, ...input.settings };
    await tx.update(licenses).set({ featureSettings }).where(and(eq(licenses.workspaceId, ws), eq(licenses.id, license.id)));
    await recordAudit(tx, ws, ctx.auditActor, {
      action: "license.features_configured",
      subjectType: "license",
      subjectId: license.id,
      data: { settings: input.settings },
    });
    return { licenseId: license.id, featureSettings } satisfies FeatureSettingsResult;
  },
});

// ---------------------------------------------------------------------------------------------
// Issuing codes (sandboxes and suites)

export const issueCodeInput = z.object({
  sku: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200).optional(),
  quantity: z.number().int().min(1).max(1_000_000),
  termDays: z.number().int().min(1).max(3650).default(365),
  features: z.array(z.string().min(1).max(100)).max(50).optional(),
  licensingModel: z.enum(["per_user", "per_device", "per_host"]).optional(),
});

export type IssuedCodeView = {
  code: string;
  definition: { sku: string; productName: string; name: string; licensingModel: LicensingModel; quantity: number; termDays: number; features: string[] };
};

/** Outside production only: the activation service issues a code bound to this sandbox. */
export const issueActivationCode = defineOperation({
  name: "activation_code.issue",
  input: issueCodeInput,
  // Only the supervisor: like deleting the sandbox, issuing codes into it changes its set-up
  // (the vendor's business, played here for demos and suites).
  resource: "workspace",
  action: "update",
  async run(ctx, input, tx) {
    if (!ctx.workspace.isSandbox) throw notFound("activation service");
    const [product] = await tx.select({ id: products.id }).from(products).where(eq(products.sku, input.sku));
    if (!product) throw invalid(`No product with SKU ${input.sku}.`, { fieldErrors: { sku: ["Unknown SKU."] } });
    const issued = await activationService().issue(tx, { ...input, workspaceId: ctx.workspace.id });
    await recordAudit(tx, ctx.workspace.id, ctx.auditActor, {
      action: "activation_code.issued",
      subjectType: "activation_code",
      subjectId: issued.codeId,
      data: { sku: input.sku, quantity: input.quantity, termDays: input.termDays },
    });
    const d = issued.definition;
    return {
      code: issued.code,
      definition: { sku: d.sku, productName: d.productName, name: d.name, licensingModel: d.licensingModel, quantity: d.quantity, termDays: d.termDays, features: d.features },
    } satisfies IssuedCodeView;
  },
});
