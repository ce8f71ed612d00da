import type { Tx } from "@/db/scope";
import * as s from "@/db/schema";
import { recountUsed } from "@/lib/seats/ledger";
import { seedId } from "./ids";

const DAY = 86_400_000;

/** A machine and the licenses (by SKU) activated on it. */
export type MachineSpec = {
  name: string;
  platform: s.Platform;
  state?: "active" | "unusable";
  lastSeenDaysAgo: number;
  skus: string[];
};

/**
 * Hosts holding activations of several licenses (possibly of several publishers), for the
 * activation-reset scenarios (seed 000). The licenses must exist already: seedWorkspaceData makes
 * them with ids derived from the same `key`. Stable ids, so running it twice changes nothing.
 */
export async function seedMachines(tx: Tx, w: { workspaceId: string; key: string; now: Date; machines: MachineSpec[] }) {
  for (const [i, m] of w.machines.entries()) {
    const hostId = seedId(`machine:${w.key}:${i}`);
    await tx
      .insert(s.hosts)
      .values({
        id: hostId,
        workspaceId: w.workspaceId,
        name: m.name,
        platform: m.platform,
        state: m.state ?? "active",
        lastSeenAt: new Date(w.now.getTime() - m.lastSeenDaysAgo * DAY),
        createdAt: new Date(w.now.getTime() - 200 * DAY),
      })
      .onConflictDoNothing();
    for (const sku of m.skus) {
      await tx
        .insert(s.activations)
        .values({
          id: seedId(`machine-activation:${w.key}:${i}:${sku}`),
          workspaceId: w.workspaceId,
          hostId,
          licenseId: seedId(`license:${w.key}:${sku}`),
          activatedAt: new Date(w.now.getTime() - (150 - i) * DAY),
        })
        .onConflictDoNothing();
    }
  }
  // These activations are seats in use of per-device and per-host products.
  await recountUsed(tx, w.workspaceId);
}
