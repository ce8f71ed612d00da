import type { ReactNode } from "react";

/**
 * A plain table inside a card (a Card with `bodyClassName="p-0"`): wider than a phone, it scrolls
 * inside the card, as the data tables do, instead of widening the page. `relative`: the cells'
 * sr-only spans are absolute; with their containing block outside this scrolling box they were not
 * clipped by it and widened a 390 px page.
 */
export function TableCard({ children }: { children: ReactNode }) {
  return <div className="relative overflow-x-auto">{children}</div>;
}
