/** Online renewal by a reseller: the quote, the checkout, and what a license page shows of it. */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { v } from "@/lib/i18n/validation";
import { licenses, licenseTerms, orders } from "@/db/schema";
import { type Tx } from "@/db/scope";
import type { Actor } from "@/lib/auth/accounts";
import { recordAudit } from "@/lib/audit";
import { workspaceNow } from "@/lib/clock";
import { localDate } from "@/lib/clock/rules";
import { conflict, notFound } from "@/lib/errors";
import { formatDate, formatMoney, formatNumber } from "@/lib/format";
import { coveredUntil } from "@/lib/licenses/rules";
import { extendTerm } from "@/lib/licenses/lifecycle";
import { assertRenewable, licenseTermsOf, recordRenewal } from "@/lib/licenses/terms";
import { pendingRenewal } from "@/lib/licenses/term-rules";
import { insertOrder } from "@/lib/orders";
import { queueMail } from "@/lib/mail";
import { defineOperation } from "@/lib/operations";
import { effectivePrice } from "@/lib/orders/rules";
import { productPriceList } from "@/lib/prices";
import { renewalState } from "@/lib/renewal/state";
import { daysBetween } from "@/lib/renewal/window";
import { adjustSeats, lockSeats } from "@/lib/seats/ledger";
import { memberEmails } from "@/lib/workspaces/people";
import type { LicenseTerm } from "@/db/schema";
import { renewalAmount, renewalEligibility, renewedTerm, type Eligibility } from "./rules";

export type RenewalQuote = {
  currency: string;
  unitAmountMinor: number;
  /** The list price when an offer lowers it, else null. */
  listAmountMinor: number | null;
  offerName: string | null;
  offerValidUntil: string | null;
  quantity: number;
  amountMinor: number;
  termStart: Date;
  termEnd: Date;
  carriedDays: number;
};

/** What renewing costs today in the workspace's currency (list price or a special offer; lib/prices falls back to converted reference prices), and the new term. */
export async function renewalQuote(
  tx: Tx,
  license: { productId: string; quantity: number; termStart: Date; termEnd: Date },
  ws: { currency: string; timeZone: string },
  now: Date,
): Promise<RenewalQuote | null> {
  const priceList = await productPriceList(tx, license.productId, ws.currency);
  if (!priceList) return null;
  const rows = priceList.rows;
  const today = localDate(now, ws.timeZone);
  const price = effectivePrice(rows, today);
  if (!price) return null;
  const list = effectivePrice(rows.filter((r) => !r.offerName), today);
  const term = renewedTerm(license, now, ws.timeZone);
  return {
    currency: priceList.currency,
    unitAmountMinor: price.unitAmountMinor,
    listAmountMinor: price.offerName && list && list.unitAmountMinor !== price.unitAmountMinor ? list.unitAmountMinor : null,
    offerName: price.offerName,
    offerValidUntil: price.offerName ? price.validUntil : null,
    quantity: license.quantity,
    amountMinor: renewalAmount(price.unitAmountMinor, license.quantity),
    termStart: term.termStart,
    termEnd: term.termEnd,
    carriedDays: term.carriedDays,
  };
}

export type RenewalResult = {
  renewalId: string;
  orderId: string;
  orderNumber: string;
  licenseId: string;
  amountMinor: number;
  currency: string;
  previousTermEnd: string;
  termEnd: string;
  carriedDays: number;
  mailedTo: string[];
};

const renewInput = z.object({
  licenseId: z.uuid(),
  /** The term end and total the checkout showed: if either changed meanwhile, nothing is charged. */
  expectedTermEnd: z.iso.datetime({ offset: true, message: v("reload_checkout") }),
  expectedAmountMinor: z.coerce.number().int().min(0),
  /** One per checkout: a second submit (double click, retry) returns the first renewal. */
  requestKey: z.string().min(8).max(100).regex(/^[\x21-\x7e]+$/),
});

/**
 * Online renewal (seed 004), paid at once: a PAID renewal order in the workspace's currency, the
 * renewal recorded once in the term ledger (refused with term_already_renewed if the workspace's
 * renewal order or any other path renewed that term), the license's term extended (old end + 1
 * year before expiry; a fresh year after), an e-mail to the people of the workspace, audit
 * entries. No activation code: the term is extended already, and entering one would replace the
 * license again. Run in the license's workspace with the actor's role there (reseller staff act as admins).
 */
export const renewLicense = defineOperation({
  name: "licenses.renew_online",
  input: renewInput,
  resource: "license",
  action: "update",
  async run(ctx, input, tx): Promise<RenewalResult> {
    const ws = ctx.workspace;
    const replay = async () => {
      const [prior] = await tx
        .select()
        .from(licenseTerms)
        .where(and(eq(licenseTerms.workspaceId, ws.id), eq(licenseTerms.requestKey, input.requestKey)));
      if (prior && prior.licenseId !== input.licenseId) throw conflict({ key: "apiErrors.checkout_other_license" });
      return prior ? renewalResult(tx, prior, ws, await renewalRecipients(tx, ws.id, ctx.actor)) : null;
    };
    const prior = await replay();
    if (prior) return prior;
    // The renewal moves the product's seat figures (below): its seat row is locked before the
    // license row, as on every other path. A product without a seat row here has none to move.
    const [peek] = await tx
      .select({ productId: licenses.productId })
      .from(licenses)
      .where(and(eq(licenses.workspaceId, ws.id), eq(licenses.id, input.licenseId)));
    const seated = peek ? await lockSeats(tx, ws.id, peek.productId).then(() => true, () => false) : false;
    // The license row is the lock: two online renewals of one license serialise here (a renewal
    // order of the workspace meets this one on the ledger's unique key instead).
    const [license] = await tx
      .select()
      .from(licenses)
      .where(and(eq(licenses.workspaceId, ws.id), eq(licenses.id, input.licenseId)))
      .for("update");
    if (!license) throw notFound("license");
    // A concurrent submit with the same key waited on the lock above: answer with its renewal.
    const raced = await replay();
    if (raced) return raced;
    const now = await workspaceNow(tx, ws.id);
    await assertRenewable(tx, ws, license.id, new Date(input.expectedTermEnd), "online_renewal", now);
    if (license.termEnd.getTime() !== new Date(input.expectedTermEnd).getTime()) {
      throw conflict({ key: "apiErrors.checkout_license_changed" });
    }
    const eligibility = renewalEligibility({ ...license, termEnd: coveredUntil(license.termEnd, await licenseTermsOf(tx, ws.id, license.id), now) }, now, ws.timeZone);
    if (!eligibility.eligible) throw conflict({ key: "apiErrors.not_renewable_online", values: { reason: eligibility.reasons[0] } }, { reasons: eligibility.reasons });
    const quote = await renewalQuote(tx, license, ws, now);
    if (!quote) throw conflict({ key: "apiErrors.no_price", values: { currency: ws.currency } });
    if (quote.amountMinor !== input.expectedAmountMinor) {
      throw conflict({ key: "apiErrors.checkout_price_changed" }, {
        amountMinor: quote.amountMinor,
      });
    }
    // The year bought runs from the old end (before expiry) or from today (after): the same
    // dates on the order, in the ledger and on the license.
    const renewalStart = now < license.termEnd ? license.termEnd : quote.termStart;
    const order = await insertOrder(tx, ws, {
      productId: license.productId,
      kind: "renewal",
      quantity: license.quantity,
      amountMinor: quote.amountMinor,
      currency: quote.currency,
      status: "paid",
      termStart: renewalStart,
      termEnd: quote.termEnd,
      createdBy: ctx.actor.accountId,
      createdAt: now,
      paidAt: now,
    });
    const renewal = await recordRenewal(tx, ws, {
      licenseId: license.id,
      via: "online_renewal",
      termStart: renewalStart,
      termEnd: quote.termEnd,
      seats: license.quantity,
      renewsTermEnd: license.termEnd,
      orderId: order.id,
      requestKey: input.requestKey,
      renewedOn: localDate(now, ws.timeZone),
      createdBy: ctx.actor.accountId,
    });
    await extendTerm(tx, ws.id, license, { termStart: quote.termStart, termEnd: quote.termEnd });
    // The seats the renewal paid for, where the window's close reads them: a license the close
    // ended comes back with its seats paid for now; one of the contract whose window is open is
    // renewed for the coming term (else the close would see nothing renewed and end it).
    if (seated) {
      const window = await renewalState(tx, ws);
      if (license.state === "expired") await adjustSeats(tx, ws.id, license.productId, { purchased: license.quantity });
      else if (window.inWindow && license.contractId !== null && license.contractId === window.primary?.id) {
        await adjustSeats(tx, ws.id, license.productId, { renewed: license.quantity });
      }
    }

    const recipients = await renewalRecipients(tx, ws.id, ctx.actor);
    const money = formatMoney(quote.amountMinor, quote.currency, ws.locale);
    const from = formatDate(renewalStart, ws.locale, ws.timeZone, "long");
    const until = formatDate(quote.termEnd, ws.locale, ws.timeZone, "long");
    if (recipients.length > 0) await queueMail(tx, ws.id, {
      kind: "license.renewed",
      to: recipients,
      compose: (t) => ({
        subject: t("mail.licenseRenewed.subject", { license: license.name, until }),
        text: [
          t("mail.licenseRenewed.intro", { license: license.name, workspace: ws.name, actor: ctx.actor.name }),
          "",
          t("mail.licenseRenewed.seats", { seats: formatNumber(license.quantity, ws.locale) }),
          t("mail.licenseRenewed.paid", { amount: money, number: order.number }),
          t("mail.licenseRenewed.term", { from, until, carried: quote.carriedDays }),
          "",
          t("mail.licenseRenewed.applied"),
        ].join("\n"),
      }),
    });
    const data = {
      licenseId: license.id,
      orderId: order.id,
      orderNumber: order.number,
      previousTermEnd: license.termEnd.toISOString(),
      termStart: renewalStart.toISOString(),
      termEnd: quote.termEnd.toISOString(),
      carriedDays: quote.carriedDays,
      amountMinor: quote.amountMinor,
      currency: quote.currency,
      offer: quote.offerName,
      via: ctx.via,
    };
    await recordAudit(tx, ws.id, ctx.auditActor, { action: "order.created", subjectType: "order", subjectId: order.id, data: { kind: "renewal", status: "paid", ...data } });
    await recordAudit(tx, ws.id, ctx.auditActor, { action: "license.renewed", subjectType: "license", subjectId: license.id, data });
    return renewalResult(tx, renewal, ws, recipients);
  },
});

/**
 * The workspace's supervisors and admins (disabled accounts left out) and the acting person. An
 * API token is nobody's inbox: its placeholder address is never written to.
 */
async function renewalRecipients(tx: Tx, workspaceId: string, actor: Pick<Actor, "kind" | "email">): Promise<string[]> {
  const admins = await memberEmails(tx, workspaceId, ["supervisor", "admin"]);
  return [...new Set([...(actor.kind === "person" ? [actor.email] : []), ...admins].map((e) => e.toLowerCase()))];
}

async function renewalResult(tx: Tx, r: LicenseTerm, ws: { timeZone: string }, mailedTo: string[]): Promise<RenewalResult> {
  const [order] = await tx.select({ number: orders.number, amountMinor: orders.amountMinor, currency: orders.currency }).from(orders).where(eq(orders.id, r.orderId!));
  const previousTermEnd = r.renewsTermEnd!;
  return {
    renewalId: r.id,
    orderId: r.orderId!,
    orderNumber: order.number,
    licenseId: r.licenseId,
    amountMinor: order.amountMinor,
    currency: order.currency,
    previousTermEnd: previousTermEnd.toISOString(),
    termEnd: r.termEnd.toISOString(),
    carriedDays: Math.max(0, daysBetween(r.renewedOn ?? localDate(r.createdAt, ws.timeZone), localDate(previousTermEnd, ws.timeZone))),
    mailedTo,
  };
}

export type LicenseRenewalView = {
  licenseId: string;
  name: string;
  termEnd: string;
  eligible: boolean;
  /** Renewed ahead (any path) until this moment; online renewal is refused meanwhile. */
  renewedUntil: string | null;
  daysLeft: number;
  reasons: Eligibility["reasons"];
  quote: { currency: string; unitAmountMinor: number; offerName: string | null; quantity: number; amountMinor: number; termEnd: string; carriedDays: number } | null;
};

/** Whether a license of the workspace can be renewed online now, and for how much. */
export async function licenseRenewalView(
  tx: Tx,
  ws: { id: string; currency: string; timeZone: string },
  licenseId: string,
): Promise<LicenseRenewalView> {
  const [license] = await tx.select().from(licenses).where(and(eq(licenses.workspaceId, ws.id), eq(licenses.id, licenseId)));
  if (!license) throw notFound("license");
  const now = await workspaceNow(tx, ws.id);
  const terms = await licenseTermsOf(tx, ws.id, license.id);
  const ahead = pendingRenewal(terms, now);
  const e = renewalEligibility({ ...license, termEnd: coveredUntil(license.termEnd, terms, now) }, now, ws.timeZone, ahead?.termEnd ?? null);
  const q = e.eligible ? await renewalQuote(tx, license, ws, now) : null;
  return {
    licenseId: license.id,
    name: license.name,
    termEnd: license.termEnd.toISOString(),
    eligible: e.eligible && q !== null,
    renewedUntil: ahead ? ahead.termEnd.toISOString() : null,
    daysLeft: e.daysLeft,
    reasons: e.reasons,
    quote: q && {
      currency: q.currency,
      unitAmountMinor: q.unitAmountMinor,
      offerName: q.offerName,
      quantity: q.quantity,
      amountMinor: q.amountMinor,
      termEnd: q.termEnd.toISOString(),
      carriedDays: q.carriedDays,
    },
  };
}
