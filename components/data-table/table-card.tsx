import type { ReactNode } from "react";
import { SideScroll } from "@/components/ui/side-scroll";

/**
 * A plain table inside a card (a Card with `bodyClassName="p-0"`): wider than a phone, it scrolls
 * inside the card, as the data tables do, instead of widening the page, and is then a named,
 * focusable region (`label`: the card's title). `relative`: the cells' sr-only spans are absolute;
 * with their containing block outside this scrolling box they were not clipped by it and widened
 * a 390 px page.
 */
export function TableCard({ label, children }: { label: string; children: ReactNode }) {
  return (
    <SideScroll label={label} className="relative">
      {children}
    </SideScroll>
  );
}
