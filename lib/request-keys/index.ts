import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { v } from "@/lib/i18n/validation";
import { licenses, products, requestKeys } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { recordAudit } from "@/lib/audit";
import { workspaceNow } from "@/lib/clock";
import { AppError, conflict, fieldError, type LocalisedMessage } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { scheduleTimer } from "@/lib/jobs/timers";
import { activateProvisionalLicense, issueLicense } from "@/lib/licenses/lifecycle";
import { defineOperation, type OperationContext } from "@/lib/operations";
import { getActivation, MANUAL_PREFIX, type ActivationView, type StoredFinalKey } from "./activations";
import { publisherPublicKey } from "./config";
import { mailActivated } from "./mail";
import { PROVISIONAL_EXPIRY } from "./provisional";
import { checkRequestKey, provisionalUntil, REQUEST_KEY_MESSAGES, retryAdvice } from "./rules";
import { lockProductSeats, movePurchased } from "./seats";
import { keyService } from "./service";
import { verifyActivationKey, type ActivationKeyPayload } from "./signed-key";

/** Entering request keys and final keys (seed 001), and the provisional key's expiry. */

const requestKeyInput = z.object({
  requestKey: z
    .string({ error: REQUEST_KEY_MESSAGES.empty })
    .max(40, REQUEST_KEY_MESSAGES.length)
    .transform((raw, c) => {
      const check = checkRequestKey(raw);
      if (!check.ok) {
        c.addIssue({ code: "custom", message: REQUEST_KEY_MESSAGES[check.problem] });
        return z.NEVER;
      }
      return check.key;
    }),
});

/**
 * Add: a supervisor enters the request key from the license certificate. The activation service
 * registers it and the provisional key is installed at once: a provisional license for three months
 * (workspace clock), whose expiry is scheduled.
 */
export const addRequestKey = defineOperation({
  name: "keys.add_request_key",
  input: requestKeyInput,
  resource: "request_key",
  action: "create",
  async run(ctx, { requestKey }, tx): Promise<ActivationView> {
    const ws = ctx.workspace;
    const now = await workspaceNow(tx, ws.id);
    const until = provisionalUntil(now);
    // The unique (workspace, key) row is claimed first: a second Add of the same key waits here.
    const [row] = await tx
      .insert(requestKeys)
      .values({ workspaceId: ws.id, requestKey, state: "provisional", enteredBy: ctx.actor.accountId, enteredAt: now, provisionalUntil: until })
      .onConflictDoNothing()
      .returning({ id: requestKeys.id });
    if (!row) {
      const [prior] = await tx.select({ enteredAt: requestKeys.enteredAt }).from(requestKeys).where(and(eq(requestKeys.workspaceId, ws.id), eq(requestKeys.requestKey, requestKey)));
      const on = formatDate(prior.enteredAt, ws.locale, ws.timeZone, "long");
      throw conflict({ key: "apiErrors.request_key_entered", values: { on } }, fieldError("requestKey", { key: "apiErrors.request_key_entered_field" }));
    }
    const registered = await keyService().registerRequestKey({ requestKey, licensee: { id: ws.id, name: ws.name }, now });
    const [product] = await tx.select().from(products).where(eq(products.sku, registered.sku));
    if (!product) throw conflict({ key: "apiErrors.request_key_module_unknown", values: { sku: registered.sku } });
    await lockProductSeats(tx, ws.id, product.id);
    const licenseId = await issueLicense(tx, ws.id, {
      productId: product.id,
      name: product.name,
      quantity: registered.quantity,
      licensingModel: product.licensingModel,
      source: "request_key",
      state: "provisional",
      termStart: now,
      termEnd: until,
      purchasedAt: now,
    });
    await movePurchased(tx, ws.id, product.id, registered.quantity);
    await tx.update(requestKeys).set({ licenseId, finalReadyAt: registered.finalReadyAt }).where(eq(requestKeys.id, row.id));
    await scheduleTimer(tx, ws.id, { kind: PROVISIONAL_EXPIRY, key: row.id, dueAt: until, payload: { requestKeyId: row.id } });
    await recordAudit(tx, ws.id, ctx.auditActor, {
      action: "keys.request_key_entered",
      subjectType: "request_key",
      subjectId: row.id,
      data: { requestKey, licenseId, productId: product.id, quantity: registered.quantity, provisionalUntil: until.toISOString(), finalReadyAt: registered.finalReadyAt.toISOString() },
    });
    return getActivation(tx, ws.id, row.id);
  },
});

export type KeyOffer = {
  keyId: string;
  requestKey: string | null;
  modules: { sku: string; name: string; quantity: number }[];
  termStart: string;
  termEnd: string;
  updateServiceUntil: string;
  /** The signed key text, applied as shown. */
  key: string;
};

export type CheckOnlineResult = {
  checkedAt: string;
  offers: KeyOffer[];
  /** Pending request keys with nothing new yet: when to try again, and whether to contact support. */
  waiting: { requestKey: string; retryAt: string; contactSupport: boolean }[];
  applied: ActivationView[];
};

function offerOf(payload: ActivationKeyPayload, text: string): KeyOffer {
  return {
    keyId: payload.kid,
    requestKey: payload.requestKey,
    modules: payload.modules,
    termStart: payload.termStart,
    termEnd: payload.termEnd,
    updateServiceUntil: payload.updateServiceUntil,
    key: text,
  };
}

/**
 * Check online: asks the activation service for final keys of the pending request keys. Without
 * `apply` it only reports (the assistant shows what would be installed); with `apply` it installs
 * them. Every key is verified here as if it came from anywhere: the transport is not trusted.
 */
export const checkOnline = defineOperation({
  name: "keys.check_online",
  input: z.object({ apply: z.boolean().default(false) }),
  resource: "request_key",
  action: "update",
  async run(ctx, { apply }, tx): Promise<CheckOnlineResult> {
    const ws = ctx.workspace;
    const now = await workspaceNow(tx, ws.id);
    const pending = await tx
      .select()
      .from(requestKeys)
      .where(and(eq(requestKeys.workspaceId, ws.id), inArray(requestKeys.state, ["provisional", "expired"])))
      .orderBy(asc(requestKeys.enteredAt));
    const real = pending.filter((p) => !p.requestKey.startsWith(MANUAL_PREFIX));
    const { keys } = await keyService().checkOnline({
      licensee: { id: ws.id, name: ws.name },
      pending: real.map((p) => ({ requestKey: p.requestKey, registeredAt: p.enteredAt })),
      now,
    });
    const offers: KeyOffer[] = [];
    for (const text of keys) {
      const check = verifyActivationKey(text, { publicKeyPem: publisherPublicKey(), licenseeId: ws.id, now });
      if (check.ok) offers.push(offerOf(check.payload, check.text));
    }
    const offered = new Set(offers.map((o) => o.requestKey));
    const waiting = real
      .filter((p) => p.state === "provisional" && !offered.has(p.requestKey))
      .map((p) => {
        const advice = retryAdvice(p, now);
        return { requestKey: p.requestKey, retryAt: advice.retryAt.toISOString(), contactSupport: advice.contactSupport };
      });
    const applied: ActivationView[] = [];
    if (apply) for (const o of offers) applied.push((await installKey(ctx, tx, o.key, "online")).activation);
    await recordAudit(tx, ws.id, ctx.auditActor, {
      action: "keys.checked_online",
      subjectType: "workspace",
      subjectId: ws.id,
      data: { offers: offers.map((o) => o.keyId), applied: applied.length, waiting: waiting.length },
    });
    return { checkedAt: now.toISOString(), offers, waiting, applied };
  },
});

const keyText = z.string({ error: v("paste_activation_key") }).max(20_000, v("activation_key_too_long"));

export type InstallResult = { activation: ActivationView; changed: boolean };

/** The assistant's confirm step: installs exactly the keys it showed. */
export const applyOnlineKeys = defineOperation({
  name: "keys.apply_online",
  input: z.object({ keys: z.array(keyText).min(1).max(20) }),
  resource: "request_key",
  action: "update",
  async run(ctx, { keys }, tx): Promise<InstallResult[]> {
    const out: InstallResult[] = [];
    for (const k of keys) out.push(await installKey(ctx, tx, k, "online"));
    return out;
  },
});

/**
 * "Enter activation key manually": a name- and term-bound key (offline or zero-trust servers,
 * test keys of new modules), checked on its own against the publisher's public key.
 */
export const enterActivationKey = defineOperation({
  name: "keys.enter_manually",
  input: z.object({ key: keyText }),
  resource: "request_key",
  action: "create",
  run: (ctx, { key }, tx) => installKey(ctx, tx, key, "manual"),
});

/**
 * Installs a verified final key. It activates the provisional key of its request key (or, with
 * none here, installs the licenses it names). Installing the same key again changes nothing.
 */
async function installKey(ctx: OperationContext, tx: Tx, text: string, via: "online" | "manual"): Promise<InstallResult> {
  const ws = ctx.workspace;
  const now = await workspaceNow(tx, ws.id);
  const check = verifyActivationKey(text, { publicKeyPem: publisherPublicKey(), licenseeId: ws.id, now });
  if (!check.ok) {
    const message: LocalisedMessage = { key: "apiErrors.activation_key_problem", values: { reason: check.reason } };
    throw new AppError(422, `key_${check.reason}`, message, { ...fieldError("key", message), ...check.detail });
  }
  const p = check.payload;
  const stored: StoredFinalKey = { kid: p.kid, text: check.text, type: p.type, termStart: p.termStart, termEnd: p.termEnd, modules: p.modules, via };
  const rowKey = p.requestKey ?? `${MANUAL_PREFIX}${p.kid}`;

  // Claim or lock the activation row: concurrent installs of one key serialise here.
  await tx
    .insert(requestKeys)
    .values({ workspaceId: ws.id, requestKey: rowKey, state: "provisional", enteredBy: ctx.actor.accountId, enteredAt: now, provisionalUntil: now })
    .onConflictDoNothing();
  const [row] = await tx.select().from(requestKeys).where(and(eq(requestKeys.workspaceId, ws.id), eq(requestKeys.requestKey, rowKey))).for("update");
  if (row.state === "activated") {
    const prior = row.finalKey as StoredFinalKey | null;
    if (prior?.kid === p.kid) return { activation: await getActivation(tx, ws.id, row.id), changed: false };
    throw conflict({ key: "apiErrors.request_key_activated_other" }, { keyId: prior?.kid });
  }

  const skus = p.modules.map((m) => m.sku);
  const catalogue = await tx.select().from(products).where(inArray(products.sku, skus));
  const missing = skus.filter((s) => !catalogue.some((c) => c.sku === s));
  if (missing.length) throw conflict({ key: "apiErrors.key_modules_unknown", values: { skus: missing.join(", ") } });
  const [requested] = row.licenseId
    ? await tx.select().from(licenses).where(and(eq(licenses.workspaceId, ws.id), eq(licenses.id, row.licenseId)))
    : [];
  // The final key takes over the provisional license only while it is still that one: replaced
  // meanwhile (by an activation code) or cancelled, it stays as it is and the key installs anew.
  const provisional = requested?.state === "provisional" || requested?.state === "expired" ? requested : undefined;

  const termStart = new Date(p.termStart);
  const termEnd = new Date(p.termEnd);
  let firstLicenseId: string | null = provisional?.id ?? null;
  const installed: { product: string; quantity: number }[] = [];
  for (const m of p.modules) {
    const product = catalogue.find((c) => c.sku === m.sku)!;
    await lockProductSeats(tx, ws.id, product.id);
    if (provisional && provisional.productId === product.id) {
      // Seats counted while provisional stay counted; an expired provisional key counts again.
      const before = provisional.state === "provisional" ? provisional.quantity : 0;
      await activateProvisionalLicense(tx, ws.id, provisional.id, { quantity: m.quantity, termStart, termEnd });
      await movePurchased(tx, ws.id, product.id, m.quantity - before);
    } else {
      const licenseId = await issueLicense(tx, ws.id, {
        productId: product.id,
        name: p.type === "test" ? `${product.name} (test key)` : product.name,
        quantity: m.quantity,
        licensingModel: product.licensingModel,
        source: "request_key",
        state: "active",
        termStart,
        termEnd,
        purchasedAt: now,
      });
      firstLicenseId ??= licenseId;
      await movePurchased(tx, ws.id, product.id, m.quantity);
    }
    installed.push({ product: product.name, quantity: m.quantity });
  }
  await tx
    .update(requestKeys)
    .set({ state: "activated", activatedAt: now, finalKey: stored, updateServiceUntil: new Date(p.updateServiceUntil), licenseId: firstLicenseId })
    .where(eq(requestKeys.id, row.id));
  await recordAudit(tx, ws.id, ctx.auditActor, {
    action: "keys.activated",
    subjectType: "request_key",
    subjectId: row.id,
    data: { keyId: p.kid, via, type: p.type, requestKey: p.requestKey, modules: p.modules, termEnd: p.termEnd, updateServiceUntil: p.updateServiceUntil },
  });
  await mailActivated(tx, ws, ctx.auditActor, p, installed, via);
  return { activation: await getActivation(tx, ws.id, row.id), changed: true };
}
