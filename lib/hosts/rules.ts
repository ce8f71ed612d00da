import type { hostState, resetDecision } from "@/db/schema/enums";
import { localDate, startOfLocalDay } from "@/lib/clock/rules";
import { addDays } from "@/lib/renewal/window";

export type HostState = (typeof hostState.enumValues)[number];
export type ResetDecision = (typeof resetDecision.enumValues)[number];
export type Verdict = Exclude<ResetDecision, "pending">;

/** A host that cannot hold activations any more shows greyed out (seed 000). */
export function isUnusable(state: HostState): boolean {
  return state === "unusable" || state === "reset_requested";
}

/**
 * "Report as unusable" applies to a host still on the account that has no request under way:
 * an active one (lost, sold, changed beyond recognition) or one already unusable (e.g. after a
 * denial). Reset requested: the existing request stands; removed: nothing left to report.
 */
export function canReport(state: HostState): boolean {
  return state === "active" || state === "unusable";
}

/**
 * A publisher's answer for one item. An item leaves "pending" exactly once: the same answer again
 * changes nothing (a retried click), a different one is a conflict (someone decided first).
 */
export function decisionOutcome(current: ResetDecision, requested: Verdict): "apply" | "unchanged" | "conflict" {
  if (current === "pending") return "apply";
  return current === requested ? "unchanged" : "conflict";
}

/**
 * The host's state from the items of its latest request. Any undecided: reset requested. Every
 * item approved: its activations are all back in the pool and the host is removed from the
 * account. Otherwise (some denied): the host stays unusable, as before the request.
 */
export function hostStateFromItems(items: readonly ResetDecision[]): HostState {
  if (items.length === 0) return "unusable";
  if (items.some((d) => d === "pending")) return "reset_requested";
  if (items.every((d) => d === "approved")) return "removed";
  return "unusable";
}

export type RequestStatus = "pending" | "approved" | "denied" | "partly_approved";

/** One word for a request as a whole, for lists. */
export function requestStatus(items: readonly ResetDecision[]): RequestStatus {
  if (items.some((d) => d === "pending")) return "pending";
  if (items.every((d) => d === "approved")) return "approved";
  if (items.every((d) => d === "denied")) return "denied";
  return "partly_approved";
}

/** Activations of a license still free to activate elsewhere: quantity minus those in use, never below 0. */
export function freeActivations(quantity: number, inUse: number): number {
  return Math.max(0, quantity - inUse);
}

/** Working days before the console suggests contacting a publisher that has not decided. */
export const CONTACT_AFTER_WORKING_DAYS = 3;

function isWeekday(isoDate: string): boolean {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
}

/**
 * From when an undecided request counts as overdue: once `workingDays` full working days
 * (Monday to Friday, in the workspace's time zone) have passed after the day it was made, i.e.
 * at the local midnight that ends the last of them. Made on a Friday, 3 working days: Monday,
 * Tuesday and Wednesday pass, overdue from Thursday 00:00. Made on a Saturday: the same.
 */
export function contactPublisherFrom(requestedAt: Date, timeZone: string, workingDays = CONTACT_AFTER_WORKING_DAYS): Date {
  let day = localDate(requestedAt, timeZone);
  let counted = 0;
  while (counted < workingDays) {
    day = addDays(day, 1);
    if (isWeekday(day)) counted++;
  }
  return startOfLocalDay(addDays(day, 1), timeZone);
}

/** Whether the console should suggest contacting the publisher about an item now. */
export function suggestContactingPublisher(
  item: { decision: ResetDecision; requestedAt: Date },
  now: Date,
  timeZone: string,
  workingDays = CONTACT_AFTER_WORKING_DAYS,
): boolean {
  return item.decision === "pending" && now.getTime() >= contactPublisherFrom(item.requestedAt, timeZone, workingDays).getTime();
}
