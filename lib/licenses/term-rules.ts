/**
 * The term ledger's rules (issue 12), plain functions of plain values. Calendar dates are ISO
 * strings in the workspace's calendar; moments are Dates.
 */

import { coveredUntil, type RenewalTerm } from "./rules";

export type TermVia = "purchase" | "renewal_order" | "online_renewal" | "activation_code" | "key";

export type LedgerTerm = { via: TermVia; termStart: Date; termEnd: Date; seats: number; renewsTermEnd: Date | null };

/**
 * The renewal bought ahead of time: a renewal term that has not started yet. While there is one,
 * the license reads "renewed until …" in every console and no path may renew it again.
 */
export function pendingRenewal<T extends LedgerTerm>(terms: T[], now: Date): T | null {
  const ahead = terms.filter((t) => t.renewsTermEnd !== null && t.termStart.getTime() > now.getTime());
  return ahead.reduce<T | null>((last, t) => (!last || t.termEnd > last.termEnd ? t : last), null);
}

export type TermEndSkip = "not_active" | "moved" | "renewed" | "window_judges";

/**
 * At the moment a license's term was due to end: why its seats still count, or null when they
 * stop counting now. Not when it no longer holds seats (replaced, cancelled, expired, a
 * provisional key, which its own timer ends), when its end moved since (renewed online, a key),
 * when the ledger renews it, or when its contract's window close judges it: a term ending on its
 * contract's anniversary keeps its seats until the close renews or ends it with the rest.
 */
export function termEndSkip(
  l: { state: string; replacedById: string | null; termEnd: Date },
  dueAt: Date,
  terms: readonly RenewalTerm[],
  now: Date,
  endsOnContractAnniversary: boolean,
): TermEndSkip | null {
  if (l.state !== "active" || l.replacedById) return "not_active";
  if (l.termEnd.getTime() !== dueAt.getTime()) return "moved";
  if (coveredUntil(l.termEnd, terms, now).getTime() > now.getTime()) return "renewed";
  if (endsOnContractAnniversary) return "window_judges";
  return null;
}

/**
 * Whether a second renewal of the same term by `via` may add to the recorded one: only further
 * renewal orders of the workspace (a partial renewal topped up with the remaining seats). Any
 * other pair is the same year bought twice.
 */
export function mayTopUp(recorded: TermVia, incoming: TermVia): boolean {
  return recorded === "renewal_order" && incoming === "renewal_order";
}

/**
 * A renewal order buys seats for a product, whose licenses of the contract each have a term the
 * anniversary closes: the order's seats are shared among them so that they add up to what was
 * paid. Each license is filled up to its own seats, counting seats an earlier order of the same
 * term gave it, in the order given; the last takes what remains. A license given none is not renewed.
 */
export function shareRenewalSeats(quantity: number, licenses: readonly { seats: number; renewedAlready: number }[]): number[] {
  let left = quantity;
  return licenses.map((l, i) => {
    const take = i === licenses.length - 1 ? left : Math.min(left, Math.max(0, l.seats - l.renewedAlready));
    left -= take;
    return take;
  });
}

// ---------------------------------------------------------------------------------------------
// Orders

export type LapseReason = "window_closed" | "term_ended" | "subscription_ended";

export type LapsableOrder = {
  kind: "add_licenses" | "add_products" | "renewal";
  status: "unpaid" | "paid" | "cancelled" | "lapsed";
  /** Local calendar dates of the term the order buys; null on orders from before terms were kept. */
  termStart: string | null;
  termEnd: string | null;
};

/**
 * Why an unpaid order can no longer be paid, or null while it still can. It lapses when the term
 * it buys can no longer start: a renewal once its window is no longer the open one (closed, or
 * the contract moved on); any order once the last day of its term has passed; "Add licenses"
 * once the product's subscription has ended (nothing left to add seats to: buy it anew).
 */
export function lapseReason(
  order: LapsableOrder,
  today: string,
  ctx: { openAnniversary: string | null; productLicensed: boolean },
): LapseReason | null {
  if (order.status !== "unpaid") return null;
  if (order.kind === "renewal" && order.termStart !== ctx.openAnniversary) return "window_closed";
  if (order.termEnd !== null && today >= order.termEnd) return "term_ended";
  if (order.kind === "add_licenses" && !ctx.productLicensed) return "subscription_ended";
  return null;
}

/** "LC-2026-000123": the year the order was placed in (workspace calendar) and its sequence in the workspace. */
export function orderNumber(localDay: string, seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError("order sequence must be a positive integer");
  return `LC-${localDay.slice(0, 4)}-${String(seq).padStart(6, "0")}`;
}

export const ORDER_NUMBER = /^LC-\d{4}-\d{6,}$/;
