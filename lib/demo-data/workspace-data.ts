import { eq } from "drizzle-orm";
import type { Tx } from "@/db/scope";
import * as s from "@/db/schema";
import { localDate, startOfLocalDay } from "@/lib/clock/rules";
import { orderNumber } from "@/lib/licenses/term-rules";
import { orderTerm, previousAnniversary, proratedAmount } from "@/lib/orders/rules";
import { priceListFor } from "@/lib/prices/rules";
import { scheduleWindowClose } from "@/lib/renewal";
import { nextAnniversary } from "@/lib/renewal/rules";
import { openSeats, recountUsed, recountUnpaid } from "@/lib/seats/ledger";
import { PRODUCTS } from "./catalog";
import { personName } from "./names";
import { seedId } from "./ids";

const DAY = 86_400_000;


export type SeatSpec = { sku: string; assigned: number; purchased: number; renewed: number; unpaid?: number };
export type WorkspaceSpec = {
  workspaceId: string;
  key: string;
  domain: string;
  names: [string[], string[]];
  /** Whose naming rules the generated people follow (Polish surnames agree with the first name). */
  country: "PL" | "DE";
  users: number;
  now: Date;
  anniversary: Date;
  currency: string;
  timeZone: string;
  seats: SeatSpec[];
  hosts?: { product: string; machines: [string, s.Platform][] };
};

/**
 * A workspace's contract, directory, licenses, seats, orders and hosts from a compact spec.
 * Used by the demo seed (db/seed, as owner) and by sandbox templates (as the app, in system
 * scope); ids derive from `key`, so running it twice changes nothing. Demo data, written as the
 * seeds write it (fixed ids, moments in the past), not through the owning areas' operations:
 * lib/owners.ts lists this folder as the one exception.
 */
export async function seedWorkspaceData(tx: Tx, w: WorkspaceSpec) {
  const { workspaceId, now } = w;
  // Contract dates are the workspace's calendar days and terms turn at its local midnight: the
  // anniversary is the local date the spec's moment falls on (in Auckland or Kolkata not always
  // its UTC date), and the years around it are calendar years, not 365 × 24 hours.
  const anniversaryDate = localDate(w.anniversary, w.timeZone);
  const anniversary = startOfLocalDay(anniversaryDate, w.timeZone);
  const contractId = seedId(`contract:${w.key}`);
  await tx
    .insert(s.contracts)
    .values({ id: contractId, workspaceId, name: "Annual agreement", anniversaryDate })
    .onConflictDoNothing();
  const [contract] = await tx.select().from(s.contracts).where(eq(s.contracts.id, contractId));
  await scheduleWindowClose(tx, { id: workspaceId, timeZone: w.timeZone }, contract);

  const [first, last] = w.names;
  const users = Array.from({ length: w.users }, (_, i) => {
    const f = first[i % first.length];
    const l = last[Math.floor(i / first.length) % last.length];
    const person = personName(f, l, w.country);
    const local = person.emailLocal;
    return {
      id: seedId(`user:${w.key}:${i}`),
      workspaceId,
      name: `${person.name}${i >= first.length * last.length ? ` ${Math.floor(i / (first.length * last.length)) + 1}` : ""}`,
      email: `${local}${i >= first.length * last.length ? i : ""}@${w.domain}`,
      createdAt: new Date(now.getTime() - (400 - (i % 300)) * DAY),
    };
  });
  for (let i = 0; i < users.length; i += 500) {
    await tx.insert(s.directoryUsers).values(users.slice(i, i + 500)).onConflictDoNothing();
  }

  const termStart = startOfLocalDay(previousAnniversary(anniversaryDate), w.timeZone);
  let offset = 0;
  let seq = 0;
  const numbered = (createdAt: Date) => {
    seq += 1;
    return { seq, number: orderNumber(localDate(createdAt, w.timeZone), seq) };
  };
  for (const seat of w.seats) {
    const product = PRODUCTS.find((p) => p.sku === seat.sku)!;
    const productId = seedId(`product:${seat.sku}`);
    await tx
      .insert(s.licenses)
      .values({
        id: seedId(`license:${w.key}:${seat.sku}`),
        workspaceId,
        productId,
        contractId,
        name: product.name,
        quantity: seat.purchased,
        licensingModel: product.licensingModel,
        source: "web_store",
        termStart,
        termEnd: anniversary,
        purchasedAt: termStart,
      })
      .onConflictDoNothing();
    // Seats assigned at distinct moments over the past months: the order decides who loses access first.
    // Every three days and an hour; closer together when that many would run past now.
    const room = now.getTime() - termStart.getTime() - 2 * DAY;
    const step = Math.max(60_000, Math.min(3 * DAY + 3_600_000, Math.floor(room / Math.max(1, seat.assigned))));
    const assigned = users.slice(offset, offset + seat.assigned).map((u, i) => ({
      id: seedId(`assignment:${w.key}:${seat.sku}:${i}`),
      workspaceId,
      productId,
      directoryUserId: u.id,
      assignedAt: new Date(termStart.getTime() + DAY + i * step),
    }));
    offset += Math.min(seat.assigned, 10);
    if (assigned.length) await tx.insert(s.assignments).values(assigned).onConflictDoNothing();
    // Priced as lib/prices prices an order: the currency's list price, else the reference price converted.
    const priced = priceListFor(w.currency, Object.entries(product.prices).map(([currency, unitAmountMinor]) => ({ currency, unitAmountMinor, offerName: null, validFrom: null, validUntil: null })))!;
    const price = priced.rows[0].unitAmountMinor;
    if (seat.renewed > 0) {
      const orderId = seedId(`order:${w.key}:${seat.sku}:renewal`);
      const renewedUntil = startOfLocalDay(nextAnniversary(anniversaryDate), w.timeZone);
      await tx
        .insert(s.orders)
        .values({
          id: orderId,
          workspaceId,
          productId,
          kind: "renewal",
          ...numbered(new Date(now.getTime() - 3 * DAY)),
          quantity: seat.renewed,
          amountMinor: price * seat.renewed,
          currency: priced.currency,
          status: "paid",
          termStart: anniversary,
          termEnd: renewedUntil,
          createdAt: new Date(now.getTime() - 3 * DAY),
          paidAt: new Date(now.getTime() - 3 * DAY),
        })
        .onConflictDoNothing();
      // The paid renewal is in the term ledger, as lib/orders records it, so no other path renews the year again.
      await tx
        .insert(s.licenseTerms)
        .values({
          id: seedId(`term:${w.key}:${seat.sku}:renewal`),
          workspaceId,
          licenseId: seedId(`license:${w.key}:${seat.sku}`),
          via: "renewal_order",
          termStart: anniversary,
          termEnd: renewedUntil,
          seats: seat.renewed,
          renewsTermEnd: anniversary,
          orderId,
          renewedOn: localDate(new Date(now.getTime() - 3 * DAY), w.timeZone),
        })
        .onConflictDoNothing();
    }
    if (seat.unpaid) {
      // Priced as lib/orders prices one: from the day it was placed to the contract's anniversary, pro rata.
      const createdAt = new Date(now.getTime() - DAY);
      const term = orderTerm("add_licenses", localDate(createdAt, w.timeZone), { anniversary: anniversaryDate, opensDaysBefore: 30, closesDaysAfter: 30 })!;
      await tx
        .insert(s.orders)
        .values({
          id: seedId(`order:${w.key}:${seat.sku}:add`),
          workspaceId,
          productId,
          kind: "add_licenses",
          ...numbered(createdAt),
          quantity: seat.unpaid,
          amountMinor: proratedAmount(price, seat.unpaid, term.chargedDays, term.yearDays),
          currency: priced.currency,
          status: "unpaid",
          termStart: startOfLocalDay(term.start, w.timeZone),
          termEnd: startOfLocalDay(term.end, w.timeZone),
          createdAt,
        })
        .onConflictDoNothing();
    }
    await openSeats(tx, workspaceId, [productId], { purchased: seat.purchased, renewed: seat.renewed });
  }

  const licenseId = seedId(`license:${w.key}:${w.hosts?.product}`);
  for (const [i, [name, platform]] of (w.hosts?.machines ?? []).entries()) {
    const hostId = seedId(`host:${w.key}:${i}`);
    await tx
      .insert(s.hosts)
      .values({ id: hostId, workspaceId, name, platform, lastSeenAt: new Date(now.getTime() - i * 7 * DAY) })
      .onConflictDoNothing();
    await tx
      .insert(s.activations)
      .values({ id: seedId(`activation:${w.key}:${i}`), workspaceId, hostId, licenseId, activatedAt: termStart })
      .onConflictDoNothing();
  }

  // "Used" is counted from the assignments, devices and activations, so a re-run never drifts from them.
  await recountUsed(tx, workspaceId);
  await recountUnpaid(tx, workspaceId);
}

