import { addDays } from "@/lib/renewal/window";
import { seatShortage } from "@/lib/seats/rules";

/**
 * When the renewal window closes with a shortage (seed 003): the users assigned most recently
 * lose access, as many as the seats not renewed; what was renewed becomes the new term's paid
 * seats. With nothing renewed the contract's subscription is gone. `kept` are the paid seats of
 * the product's licenses outside the contract (a key, say), which the close does not judge: they
 * still cover users and stay paid.
 */
export function windowClosePlan(seats: { used: number; renewed: number }, kept = 0) {
  const lose = seatShortage({ used: seats.used, renewed: seats.renewed + kept });
  return { lose, usedAfter: seats.used - lose, renewed: seats.renewed, purchasedAfter: seats.renewed + kept, noRenewal: seats.renewed === 0 };
}

/** The same calendar day a year later (29 February becomes 28 February). */
export function nextAnniversary(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const last = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  return `${y + 1}-${String(m).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** The local day after the window's last day: the window closes at its midnight. */
export function windowCloseDay(anniversary: string, closesDaysAfter: number): string {
  return addDays(anniversary, closesDaysAfter + 1);
}

/** An assignment as the renewal rules see it. */
export type RankedAssignment = { id: string; userId: string; assignedAt: Date };

/**
 * Who loses access first (seed 003): the most recently assigned; ties in assigned-at go by the
 * assignment id, so every reader (the list, the preview, the window-close job) agrees.
 */
export function mostRecentFirst(a: RankedAssignment, b: RankedAssignment): number {
  const t = b.assignedAt.getTime() - a.assignedAt.getTime();
  return t !== 0 ? t : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * The "Requires renewal" list: the `shortage` most recently assigned users, shown oldest first,
 * so that the list's first user is the one who leaves it when someone not on it is unassigned
 * (the list always holds exactly the `shortage` most recent).
 */
export function requiresRenewalList<T extends RankedAssignment>(live: readonly T[], shortage: number): T[] {
  return [...live].sort(mostRecentFirst).slice(0, Math.max(0, shortage)).reverse();
}

export type UnassignPreview<T extends RankedAssignment> = {
  shortageBefore: number;
  shortageAfter: number;
  listBefore: T[];
  listAfter: T[];
  /** Listed now, not listed afterwards: unassigned themselves, or dropped from the list. */
  leavingList: T[];
};

/**
 * What unassigning the `selected` users would do to the list, before anything happens.
 * `mostRecent` holds live assignments, at least the `shortageBefore` most recent of them (a
 * database passes just those; tests pass all): among them are at most `unassigned` selected users,
 * so they also hold the list that remains. `unassigned` is how many selected users hold a seat.
 */
export function previewUnassign<T extends RankedAssignment>(
  mostRecent: readonly T[],
  shortageBefore: number,
  selected: ReadonlySet<string>,
  unassigned: number,
): UnassignPreview<T> {
  const shortageAfter = Math.max(0, shortageBefore - unassigned);
  const listBefore = requiresRenewalList(mostRecent, shortageBefore);
  const listAfter = requiresRenewalList(mostRecent.filter((a) => !selected.has(a.userId)), shortageAfter);
  const after = new Set(listAfter.map((a) => a.id));
  return { shortageBefore, shortageAfter, listBefore, listAfter, leavingList: listBefore.filter((a) => !after.has(a.id)) };
}
