/**
 * Renewal-window and seat arithmetic for the Overview (seed 003). Plain functions over plain
 * values: no I/O, so tests call them directly. Calendar dates are ISO strings ("2025-03-14") in
 * the workspace's own calendar; "today" comes from the workspace clock, read in its time zone.
 */

import { seatShortage, type SeatView } from "@/lib/seats/rules";

const DAY_MS = 86_400_000;

/** Calendar arithmetic on ISO dates (no time zone involved: a day is a day). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

export type RenewalWindow = {
  anniversary: string;
  /** First day of the window. */
  opensOn: string;
  /** Last day of the window: it closes at the workspace's midnight that ends this day. */
  closesOn: string;
};

export function renewalWindow(anniversary: string, opensDaysBefore: number, closesDaysAfter: number): RenewalWindow {
  return { anniversary, opensOn: addDays(anniversary, -opensDaysBefore), closesOn: addDays(anniversary, closesDaysAfter) };
}

export type WindowPhase = "before" | "open" | "closed";

/** Where `today` falls: before the window, inside it (both ends included), or after it. */
export function windowPhase(w: RenewalWindow, today: string): WindowPhase {
  if (today < w.opensOn) return "before";
  if (today > w.closesOn) return "closed";
  return "open";
}

/** Today is past the anniversary: the new term has begun (the anniversary day itself is still "before"). */
export function afterAnniversary(w: RenewalWindow, today: string): boolean {
  return today > w.anniversary;
}

/** What the banner on Overview and Products says about the workspace's renewal (seed 003). */
export type RenewalBannerKind = "windowOpen" | "fullRenewal" | "partialBeforeAnniversary" | "partialAfterAnniversary" | "noRenewal";

export type RenewalBanner = {
  kind: RenewalBannerKind;
  /** Products with assigned seats not yet renewed, and how many seats in all. */
  productsShort: number;
  seatsShort: number;
  /** Products whose subscription ended at the last window close with nothing renewed. */
  productsLapsed: number;
  /** Days until the window's last day is over (0 on the last day); null outside the window. */
  daysLeft: number | null;
  afterAnniversary: boolean;
  /** The first product with a shortage, so a banner about one product can link straight to it. */
  firstShortProductId: string | null;
};

/** Per product, what the banner needs: the raw seat row and whether its subscription lapsed. */
export type BannerProduct = { id?: string; used: number; renewed: number; lapsed: boolean };

/**
 * The one banner for the workspace's situation, from its clock:
 * - inside the window, nothing renewed yet: the window is open (invite to renew);
 * - inside the window, every assigned seat renewed (or more bought): full renewal;
 * - inside the window, some renewed but a shortage left: partial, before or after the anniversary;
 * - after the window closed with nothing renewed (the close job ended the subscription, or it
 *   is about to): no renewal;
 * - otherwise (before the window, nothing lapsed): no banner.
 */
export function renewalBanner(window: RenewalWindow | null, today: string, products: BannerProduct[]): RenewalBanner | null {
  const lapsed = products.filter((p) => p.lapsed).length;
  const short = products.filter((p) => !p.lapsed && seatShortage(p) > 0);
  const seatsShort = short.reduce((n, p) => n + seatShortage(p), 0);
  const renewedAny = products.some((p) => !p.lapsed && p.renewed > 0);
  const base = { productsShort: short.length, seatsShort, productsLapsed: lapsed, firstShortProductId: short[0]?.id ?? null };
  if (!window) return lapsed ? { kind: "noRenewal", ...base, daysLeft: null, afterAnniversary: false } : null;
  const phase = windowPhase(window, today);
  const after = afterAnniversary(window, today);
  if (phase === "open") {
    const daysLeft = daysBetween(today, window.closesOn);
    if (!renewedAny) return { kind: "windowOpen", ...base, daysLeft, afterAnniversary: after };
    if (short.length === 0) return { kind: "fullRenewal", ...base, daysLeft, afterAnniversary: after };
    return { kind: after ? "partialAfterAnniversary" : "partialBeforeAnniversary", ...base, daysLeft, afterAnniversary: after };
  }
  if (phase === "closed" && !renewedAny && short.length > 0) return { kind: "noRenewal", ...base, productsLapsed: lapsed + short.length, daysLeft: null, afterAnniversary: true };
  if (lapsed) return { kind: "noRenewal", ...base, daysLeft: null, afterAnniversary: after };
  return null;
}

/** A product's statuses, in the order they matter; a product may have several or none. */
export type ProductStatus = "noRenewal" | "needsRenewal" | "paymentRequired" | "noAccess" | "renewed";

export function productStatuses(s: SeatView & { renewedForNextTerm?: number; lapsed?: boolean }, inWindow: boolean): ProductStatus[] {
  const out: ProductStatus[] = [];
  if (s.lapsed) out.push("noRenewal");
  if (s.needsRenewal) out.push("needsRenewal");
  if (s.paymentRequired > 0) out.push("paymentRequired");
  if (s.noAccess > 0) out.push("noAccess");
  if (inWindow && !s.lapsed && !s.needsRenewal && s.purchased > 0) out.push("renewed");
  return out;
}

/** One bar of the used-versus-purchased chart: widths as percentages of the largest figure. */
export function chartBars(products: { used: number; purchased: number }[]): { usedPct: number; purchasedPct: number; overPct: number }[] {
  const max = Math.max(1, ...products.flatMap((p) => [p.used, p.purchased]));
  const pct = (n: number) => Math.round((n / max) * 1000) / 10;
  return products.map((p) => ({ usedPct: pct(p.used), purchasedPct: pct(p.purchased), overPct: pct(Math.max(0, p.used - p.purchased)) }));
}

/** Where the dates that matter sit on a timeline from window start to window end, today clamped in. */
export function timelinePositions(w: RenewalWindow, today: string) {
  const span = Math.max(1, daysBetween(w.opensOn, w.closesOn));
  const at = (iso: string) => Math.min(100, Math.max(0, Math.round((daysBetween(w.opensOn, iso) / span) * 1000) / 10));
  return { opensOn: 0, anniversary: at(w.anniversary), closesOn: 100, today: at(today), todayOutside: windowPhase(w, today) !== "open" };
}
