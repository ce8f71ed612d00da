import { eq } from "drizzle-orm";
import { scheduleWindowClose } from "../../lib/renewal";
import { openSeats, recountUsed, recountUnpaid } from "../../lib/seats/ledger";
import type { Tx } from "../scope";
import * as s from "../schema";
import { PRODUCTS } from "./catalog";
import { seedId } from "./ids";

const DAY = 86_400_000;

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export type SeatSpec = { sku: string; assigned: number; purchased: number; renewed: number; unpaid?: number };
export type WorkspaceSpec = {
  workspaceId: string;
  key: string;
  domain: string;
  names: [string[], string[]];
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
 * Used by the demo seed (as owner) and by sandbox templates (as the app, in system scope);
 * ids derive from `key`, so running it twice changes nothing.
 */
export async function seedWorkspaceData(tx: Tx, w: WorkspaceSpec) {
  const { workspaceId, now } = w;
  const contractId = seedId(`contract:${w.key}`);
  await tx
    .insert(s.contracts)
    .values({ id: contractId, workspaceId, name: "Annual agreement", anniversaryDate: isoDate(w.anniversary) })
    .onConflictDoNothing();
  const [contract] = await tx.select().from(s.contracts).where(eq(s.contracts.id, contractId));
  await scheduleWindowClose(tx, { id: workspaceId, timeZone: w.timeZone }, contract);

  const [first, last] = w.names;
  const users = Array.from({ length: w.users }, (_, i) => {
    const f = first[i % first.length];
    const l = last[Math.floor(i / first.length) % last.length];
    const local = `${f}.${l}`.normalize("NFD").replace(/[^\x00-\x7f]/g, "").toLowerCase();
    return {
      id: seedId(`user:${w.key}:${i}`),
      workspaceId,
      name: `${f} ${l}${i >= first.length * last.length ? ` ${Math.floor(i / (first.length * last.length)) + 1}` : ""}`,
      email: `${local}${i >= first.length * last.length ? i : ""}@${w.domain}`,
      createdAt: new Date(now.getTime() - (400 - (i % 300)) * DAY),
    };
  });
  for (let i = 0; i < users.length; i += 500) {
    await tx.insert(s.directoryUsers).values(users.slice(i, i + 500)).onConflictDoNothing();
  }

  const termStart = new Date(w.anniversary.getTime() - 365 * DAY);
  let offset = 0;
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
        termEnd: w.anniversary,
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
    const price = product.prices[w.currency];
    if (seat.renewed > 0) {
      await tx
        .insert(s.orders)
        .values({
          id: seedId(`order:${w.key}:${seat.sku}:renewal`),
          workspaceId,
          productId,
          kind: "renewal",
          quantity: seat.renewed,
          amountMinor: price * seat.renewed,
          currency: w.currency,
          status: "paid",
          termStart: w.anniversary,
          termEnd: new Date(w.anniversary.getTime() + 365 * DAY),
          createdAt: new Date(now.getTime() - 3 * DAY),
          paidAt: new Date(now.getTime() - 3 * DAY),
        })
        .onConflictDoNothing();
    }
    if (seat.unpaid) {
      await tx
        .insert(s.orders)
        .values({
          id: seedId(`order:${w.key}:${seat.sku}:add`),
          workspaceId,
          productId,
          kind: "add_licenses",
          quantity: seat.unpaid,
          amountMinor: price * seat.unpaid,
          currency: w.currency,
          status: "unpaid",
          createdAt: new Date(now.getTime() - DAY),
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

