import { addDays } from "@/lib/overview/rules";

/**
 * When the renewal window closes with a shortage (seed 003): the users assigned most recently
 * lose access, as many as the seats not renewed; what was renewed becomes the new term's paid
 * seats. With nothing renewed the subscription is gone.
 */
export function windowClosePlan(seats: { used: number; renewed: number }) {
  const lose = Math.max(0, seats.used - seats.renewed);
  return { lose, usedAfter: seats.used - lose, purchasedAfter: seats.renewed, noRenewal: seats.renewed === 0 };
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
