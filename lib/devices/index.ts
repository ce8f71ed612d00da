import { alias } from "drizzle-orm/pg-core";
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, ne, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { z } from "zod";
import { activations, hosts, licenses, type WorkspaceTimer } from "@/db/schema";
import type { Platform } from "@/db/schema/enums";
import type { Tx } from "@/db/scope";
import { macSwitchDue, switchMode } from "@/lib/activation-codes/rules";
import { recordAudit, recordAuditEvents } from "@/lib/audit";
import { workspaceNow } from "@/lib/clock";
import { conflict, notFound } from "@/lib/errors";
import { registerTimerHandler, scheduleTimer } from "@/lib/jobs/timers";
import { defineOperation } from "@/lib/operations";
import { licensesOfActivations, withActivationSeats } from "@/lib/seats/ledger";
import { likePattern, type Page, type TableParams } from "@/lib/tables/params";
import { byName } from "@/lib/tables/collation";

/**
 * Managed devices: the workspace's hosts seen through the licenses they run on. Reads the hosts
 * and activations tables (lib/hosts owns the Hosts page and reset requests); this area is the one
 * writer of activations: it moves them when a license is replaced (seed 002), releases them when
 * a window closes short of seats (seed 003) or a publisher approves a reset (seed 000).
 */

export const DEVICE_SORTS = ["name", "platform", "license"] as const;
export type DeviceSort = (typeof DEVICE_SORTS)[number];

export type DeviceRow = {
  /** The host id. */
  id: string;
  name: string;
  platform: Platform;
  activationId: string | null;
  licenseId: string | null;
  licenseName: string | null;
  licenseExpiresAt: Date | null;
  /** macOS: the replacement registered on the device, active from `switchesAt`. */
  pendingLicenseId: string | null;
  pendingLicenseName: string | null;
  switchesAt: Date | null;
};

const current = alias(licenses, "current_license");
const pending = alias(licenses, "pending_license");

function deviceQuery(tx: Tx) {
  return tx
    .select({
      id: hosts.id,
      name: hosts.name,
      platform: hosts.platform,
      activationId: activations.id,
      licenseId: activations.licenseId,
      licenseName: current.name,
      licenseExpiresAt: current.termEnd,
      pendingLicenseId: activations.pendingLicenseId,
      pendingLicenseName: pending.name,
      switchesAt: sql<Date | null>`case when ${activations.pendingLicenseId} is not null then ${current.termEnd} end`.mapWith(
        (v: string | Date | null) => (v == null ? null : new Date(v)),
      ),
    })
    .from(hosts)
    .leftJoin(activations, and(eq(activations.workspaceId, hosts.workspaceId), eq(activations.hostId, hosts.id), isNull(activations.releasedAt)))
    .leftJoin(current, and(eq(current.workspaceId, activations.workspaceId), eq(current.id, activations.licenseId)))
    .leftJoin(pending, and(eq(pending.workspaceId, activations.workspaceId), eq(pending.id, activations.pendingLicenseId)));
}

/** One page of devices (one row per live activation, or the bare host); search by device or license. */
export async function listDevices(tx: Tx, workspaceId: string, p: TableParams<DeviceSort>, locale?: string): Promise<Page<DeviceRow>> {
  const where = and(
    eq(hosts.workspaceId, workspaceId),
    ne(hosts.state, "removed"),
    p.q ? or(ilike(hosts.name, likePattern(p.q)), ilike(current.name, likePattern(p.q))) : undefined,
  );
  const column: Record<DeviceSort, SQL | AnyColumn> = {
    name: byName(hosts.name, locale),
    platform: sql`${hosts.platform}::text`,
    license: byName(current.name, locale),
  };
  const order = p.dir === "asc" ? asc(column[p.sort]) : desc(column[p.sort]);
  const [rows, [{ total }]] = await Promise.all([
    deviceQuery(tx)
      .where(where)
      .orderBy(order, asc(byName(hosts.name, locale)), asc(hosts.id), asc(activations.id))
      .limit(p.size)
      .offset((p.page - 1) * p.size),
    tx
      .select({ total: count() })
      .from(hosts)
      .leftJoin(activations, and(eq(activations.workspaceId, hosts.workspaceId), eq(activations.hostId, hosts.id), isNull(activations.releasedAt)))
      .leftJoin(current, and(eq(current.workspaceId, activations.workspaceId), eq(current.id, activations.licenseId)))
      .where(where),
  ]);
  return { rows, total, page: p.page, size: p.size };
}

/** The devices running on (or registered for) one license: the license page lists them. */
export async function devicesOfLicense(tx: Tx, workspaceId: string, licenseId: string): Promise<DeviceRow[]> {
  return deviceQuery(tx)
    .where(
      and(
        eq(hosts.workspaceId, workspaceId),
        ne(hosts.state, "removed"),
        or(eq(activations.licenseId, licenseId), eq(activations.pendingLicenseId, licenseId)),
      ),
    )
    .orderBy(asc(hosts.name), asc(hosts.id));
}

const MAC_SWITCH = "devices.mac_switch";

export type PropagationResult = { switched: number; registered: number; switchesAt: string | null };

/**
 * A license was replaced: Windows, Android, iOS (and Linux) devices switch to the new license
 * now; macOS devices register it and switch when the old license expires by the workspace's
 * clock (a timer), at once if it has expired already. Devices that had registered the old
 * license as their pending one register the new one instead.
 */
export async function propagateReplacement(
  tx: Tx,
  workspaceId: string,
  old: { id: string; termEnd: Date },
  newLicenseId: string,
  now: Date,
): Promise<PropagationResult> {
  return withActivationSeats(tx, workspaceId, [old.id, newLicenseId], () => propagate(tx, workspaceId, old, newLicenseId, now));
}

async function propagate(tx: Tx, workspaceId: string, old: { id: string; termEnd: Date }, newLicenseId: string, now: Date): Promise<PropagationResult> {
  const live = await tx
    .select({ id: activations.id, platform: hosts.platform, licenseId: activations.licenseId, pendingLicenseId: activations.pendingLicenseId })
    .from(activations)
    .innerJoin(hosts, and(eq(hosts.workspaceId, activations.workspaceId), eq(hosts.id, activations.hostId)))
    .where(
      and(
        eq(activations.workspaceId, workspaceId),
        isNull(activations.releasedAt),
        or(eq(activations.licenseId, old.id), eq(activations.pendingLicenseId, old.id)),
      ),
    )
    .orderBy(asc(activations.id))
    .for("update", { of: activations });
  const switchAt = macSwitchDue(old.termEnd, now);
  const expired = switchAt.getTime() <= now.getTime();
  const immediate = live.filter((a) => a.licenseId === old.id && (switchMode(a.platform) === "immediate" || expired)).map((a) => a.id);
  const register = live.filter((a) => a.licenseId === old.id && switchMode(a.platform) === "at_expiry" && !expired).map((a) => a.id);
  const repoint = live.filter((a) => a.licenseId !== old.id && a.pendingLicenseId === old.id).map((a) => a.id);
  if (immediate.length) {
    await tx.update(activations).set({ licenseId: newLicenseId, pendingLicenseId: null }).where(inArray(activations.id, immediate));
  }
  if (register.length || repoint.length) {
    await tx.update(activations).set({ pendingLicenseId: newLicenseId }).where(inArray(activations.id, [...register, ...repoint]));
  }
  if (register.length) {
    await scheduleTimer(tx, workspaceId, { kind: MAC_SWITCH, key: old.id, dueAt: switchAt, payload: { licenseId: old.id } });
  }
  return { switched: immediate.length, registered: register.length + repoint.length, switchesAt: register.length ? switchAt.toISOString() : null };
}

/**
 * Moves every live activation matching `where` that has a pending license onto it, in one
 * statement, under the seat locks of the products involved. `old` is the row as it was, for the
 * license each activation leaves.
 */
async function switchPending(tx: Tx, workspaceId: string, where: SQL): Promise<{ id: string; hostId: string; from: string; to: string }[]> {
  const touched = await licensesOfActivations(tx, workspaceId, and(isNotNull(activations.pendingLicenseId), where));
  return withActivationSeats(tx, workspaceId, touched, () => movePending(tx, workspaceId, where));
}

async function movePending(tx: Tx, workspaceId: string, where: SQL): Promise<{ id: string; hostId: string; from: string; to: string }[]> {
  const moved = await tx.execute<{ id: string; hostId: string; from: string; to: string }>(sql`
    update ${activations}
    set license_id = ${activations}.pending_license_id, pending_license_id = null
    from ${activations} as old
    where old.id = ${activations.id}
      and ${activations.workspaceId} = ${workspaceId}
      and ${activations.releasedAt} is null
      and ${activations.pendingLicenseId} is not null
      and ${where}
    returning ${activations.id} as id, ${activations.hostId} as "hostId", old.license_id as "from", ${activations.licenseId} as "to"`);
  return [...moved];
}

/** The old license expired: macOS devices that registered its replacement switch now. */
async function macSwitchAtExpiry(tx: Tx, timer: WorkspaceTimer): Promise<Record<string, unknown>> {
  const { licenseId } = timer.payload as { licenseId: string };
  const moved = await switchPending(tx, timer.workspaceId, eq(activations.licenseId, licenseId));
  // One event per device, as a switch by hand writes.
  const perHost = new Map<string, { from: string; to: string }[]>();
  for (const m of moved) perHost.set(m.hostId, [...(perHost.get(m.hostId) ?? []), { from: m.from, to: m.to }]);
  await recordAuditEvents(
    tx,
    timer.workspaceId,
    { accountId: null, label: `job:${MAC_SWITCH}` },
    [...perHost].map(([hostId, switched]) => ({ action: "device.license_switched", subjectType: "host", subjectId: hostId, data: { switched, by: "expiry" } })),
  );
  return { licenseId, switched: moved.length };
}

registerTimerHandler(MAC_SWITCH, macSwitchAtExpiry);

export type SwitchResult = { hostId: string; switched: { activationId: string; from: string; to: string }[] };

/** "Switch now" on a macOS device: it activates its registered new license by hand. */
export const switchDeviceNow = defineOperation({
  name: "devices.switch_now",
  input: z.object({ hostId: z.uuid() }),
  resource: "host",
  action: "update",
  async run(ctx, { hostId }, tx) {
    const ws = ctx.workspace.id;
    const [host] = await tx
      .select({ id: hosts.id, name: hosts.name })
      .from(hosts)
      .where(and(eq(hosts.workspaceId, ws), eq(hosts.id, hostId), ne(hosts.state, "removed")));
    if (!host) throw notFound("device");
    const moved = await switchPending(tx, ws, eq(activations.hostId, hostId));
    if (moved.length === 0) throw conflict({ key: "apiErrors.device_no_new_license" });
    await recordAudit(tx, ws, ctx.auditActor, {
      action: "device.license_switched",
      subjectType: "host",
      subjectId: hostId,
      data: { name: host.name, switched: moved.map((m) => ({ from: m.from, to: m.to })), by: "hand", at: (await workspaceNow(tx, ws)).toISOString() },
    });
    return { hostId, switched: moved.map((m) => ({ activationId: m.id, from: m.from, to: m.to })) } satisfies SwitchResult;
  },
});


/**
 * A renewal window closed with `count` seats of a per-device or per-host product not renewed
 * (seed 003: who got a seat last loses it first): per device, the devices that activated the
 * product most recently give up every activation of it; per host, the most recent activations
 * are released. The caller holds the product's seat lock and recounts it. Returns each released
 * seat's machine (id for the audit, name for the close's e-mail).
 */
export async function releaseMostRecent(
  tx: Tx,
  workspaceId: string,
  product: { id: string; licensingModel: "per_device" | "per_host" },
  count: number,
  now: Date,
): Promise<{ hostId: string; name: string }[]> {
  if (count <= 0) return [];
  const ofProduct = and(
    eq(activations.workspaceId, workspaceId),
    isNull(activations.releasedAt),
    inArray(activations.licenseId, tx.select({ id: licenses.id }).from(licenses).where(and(eq(licenses.workspaceId, workspaceId), eq(licenses.productId, product.id)))),
  );
  const latest = sql`max(${activations.activatedAt})`;
  const chosen: { id?: string; hostId: string }[] =
    product.licensingModel === "per_device"
      ? await tx
          .select({ hostId: activations.hostId })
          .from(activations)
          .where(ofProduct)
          .groupBy(activations.hostId)
          .orderBy(desc(latest), desc(activations.hostId))
          .limit(count)
      : await tx
          .select({ id: activations.id, hostId: activations.hostId })
          .from(activations)
          .where(ofProduct)
          .orderBy(desc(activations.activatedAt), desc(activations.id))
          .limit(count);
  if (chosen.length === 0) return [];
  const which =
    product.licensingModel === "per_device"
      ? inArray(activations.hostId, chosen.map((c) => c.hostId))
      : inArray(activations.id, chosen.map((c) => c.id!));
  await tx.update(activations).set({ releasedAt: now }).where(and(ofProduct, which));
  const named = await tx
    .select({ id: hosts.id, name: hosts.name })
    .from(hosts)
    .where(and(eq(hosts.workspaceId, workspaceId), inArray(hosts.id, [...new Set(chosen.map((c) => c.hostId))])));
  const name = new Map(named.map((h) => [h.id, h.name]));
  return chosen.map((c) => ({ hostId: c.hostId, name: name.get(c.hostId) ?? c.hostId }));
}

/**
 * A publisher approved resetting a host (seed 000): the host's activations of the license go back
 * to the workspace's pool, and the product's seats in use drop with them (under the seat lock).
 * Returns how many were released; releasing twice releases nothing more.
 */
export async function releaseLicenseOnHost(tx: Tx, workspaceId: string, hostId: string, licenseId: string, now: Date): Promise<number> {
  const rows = await withActivationSeats(tx, workspaceId, [licenseId], () =>
    tx
      .update(activations)
      .set({ releasedAt: now })
      .where(and(eq(activations.workspaceId, workspaceId), eq(activations.hostId, hostId), eq(activations.licenseId, licenseId), isNull(activations.releasedAt)))
      .returning({ id: activations.id }),
  );
  return rows.length;
}
