import { and, asc, count, desc, eq, ilike, inArray, ne, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { accounts, activations, hosts, licenses, products, publishers, resetRequestItems, resetRequests } from "@/db/schema";
import type { Platform } from "@/db/schema/enums";
import type { Tx } from "@/db/scope";
import { workspaceNow } from "@/lib/clock";
import { notFound } from "@/lib/errors";
import { LIVE_LICENSE_STATES } from "@/lib/licenses/rules";
import { licenseStateSql } from "@/lib/licenses/state";
import { likePattern, type Page, type TableParams } from "@/lib/tables/params";
import { canReport, freeActivations, suggestContactingPublisher, type HostState, type ResetDecision } from "./rules";
import { byName } from "@/lib/tables/collation";

export const HOST_SORTS = ["name", "platform", "state", "lastSeenAt", "activations"] as const;
export type HostSort = (typeof HOST_SORTS)[number];

export type HostRow = {
  id: string;
  name: string;
  platform: Platform;
  state: HostState;
  lastSeenAt: Date | null;
  /** Activations the host holds now (not released). */
  activations: number;
  /** The licenses those activations belong to, by name ("Name ×2" when it holds two). */
  licenses: string[];
};

/**
 * One page of a workspace's hosts; search by name. Removed hosts are gone from the account and
 * hidden unless asked for (`includeRemoved`).
 */
export async function listHosts(
  tx: Tx,
  workspaceId: string,
  p: TableParams<HostSort>,
  opts: { includeRemoved?: boolean; offset?: number; locale?: string } = {},
): Promise<Page<HostRow>> {
  const where = and(
    eq(hosts.workspaceId, workspaceId),
    opts.includeRemoved ? undefined : ne(hosts.state, "removed"),
    p.q ? ilike(hosts.name, likePattern(p.q)) : undefined,
  );
  // Written out with qualified names: drizzle renders columns of a single-table select
  // unqualified, and inside this subquery "id" would silently mean the activation's id.
  const activeCount = sql<number>`(
    select count(*)::int from ${activations} a
     where a.workspace_id = "hosts"."workspace_id" and a.host_id = "hosts"."id" and a.released_at is null)`;
  // "Activations by license": each license once, with a count when it holds more than one.
  const licenseNames = sql<string[]>`(
    select coalesce(array_agg(x.label order by x.label), '{}') from (
      select l.name || case when count(*) > 1 then ' ×' || count(*) else '' end as label
        from ${activations} a join ${licenses} l on l.workspace_id = a.workspace_id and l.id = a.license_id
       where a.workspace_id = "hosts"."workspace_id" and a.host_id = "hosts"."id" and a.released_at is null
       group by l.id, l.name) x)`;
  const column: Record<HostSort, SQL | AnyColumn> = {
    name: byName(hosts.name, opts.locale),
    platform: sql`${hosts.platform}::text`,
    state: sql`${hosts.state}::text`,
    lastSeenAt: sql`${hosts.lastSeenAt}`,
    activations: activeCount,
  };
  const dirSql = p.dir === "asc" ? asc(column[p.sort]) : desc(column[p.sort]);
  // "Never seen" sorts last either way.
  const order = p.sort === "lastSeenAt" ? sql`${hosts.lastSeenAt} ${sql.raw(p.dir)} nulls last` : dirSql;
  const [rows, [{ total }]] = await Promise.all([
    tx
      .select({
        id: hosts.id,
        name: hosts.name,
        platform: hosts.platform,
        state: hosts.state,
        lastSeenAt: hosts.lastSeenAt,
        activations: activeCount,
        licenses: licenseNames,
      })
      .from(hosts)
      .where(where)
      .orderBy(order, asc(byName(hosts.name, opts.locale)), asc(hosts.id))
      .limit(p.size)
      .offset(opts.offset ?? (p.page - 1) * p.size),
    tx.select({ total: count() }).from(hosts).where(where),
  ]);
  return { rows, total, page: p.page, size: p.size };
}

export type PoolRow = {
  licenseId: string;
  licenseName: string;
  productName: string;
  publisherName: string;
  quantity: number;
  inUse: number;
  free: number;
};

/**
 * The account's pool of activations per license: its quantity less the activations in use.
 * Released activations (an approved reset) are no longer in use, so they are back in the pool.
 * Lists the licenses activated on machines: per-device and per-host ones, and any other that
 * has ever been activated.
 */
export async function activationPool(tx: Tx, workspaceId: string): Promise<PoolRow[]> {
  const inUse = sql<number>`(
    select count(*)::int from ${activations} a
     where a.workspace_id = "licenses"."workspace_id" and a.license_id = "licenses"."id" and a.released_at is null)`;
  const rows = await tx
    .select({
      licenseId: licenses.id,
      licenseName: licenses.name,
      productName: products.name,
      publisherName: publishers.name,
      quantity: licenses.quantity,
      inUse,
    })
    .from(licenses)
    .innerJoin(products, eq(products.id, licenses.productId))
    .innerJoin(publishers, eq(publishers.id, products.publisherId))
    .where(
      and(
        eq(licenses.workspaceId, workspaceId),
        inArray(licenseStateSql(await workspaceNow(tx, workspaceId)), [...LIVE_LICENSE_STATES]),
        sql`(${licenses.licensingModel} in ('per_device', 'per_host') or exists (
              select 1 from ${activations} a where a.workspace_id = ${licenses.workspaceId} and a.license_id = ${licenses.id}))`,
      ),
    )
    .orderBy(asc(licenses.name), asc(licenses.id));
  return rows.map((r) => ({ ...r, free: freeActivations(r.quantity, r.inUse) }));
}

export type HostActivation = {
  licenseId: string;
  licenseName: string;
  productName: string;
  publisherId: string;
  publisherName: string;
  activations: number;
  activatedAt: Date;
  /** Set when every activation of this license on the host was released (an approved reset). */
  releasedAt: Date | null;
};

export type ResetItemView = {
  id: string;
  licenseId: string;
  licenseName: string;
  publisherId: string;
  publisherName: string;
  decision: ResetDecision;
  decidedAt: Date | null;
  note: string | null;
  /** Undecided for CONTACT_AFTER_WORKING_DAYS working days: suggest contacting the publisher. */
  contactPublisher: boolean;
};

export type ResetRequestView = {
  id: string;
  reason: string;
  requestedAt: Date;
  requestedBy: string | null;
  items: ResetItemView[];
};

export type HostDetails = {
  id: string;
  name: string;
  platform: Platform;
  state: HostState;
  lastSeenAt: Date | null;
  createdAt: Date;
  activations: HostActivation[];
  /** The latest reset request, if any. */
  request: ResetRequestView | null;
  canReport: boolean;
};

async function loadActivations(tx: Tx, workspaceId: string, hostId: string): Promise<HostActivation[]> {
  const rows = await tx
    .select({
      licenseId: licenses.id,
      licenseName: licenses.name,
      productName: products.name,
      publisherId: publishers.id,
      publisherName: publishers.name,
      activations: sql<number>`count(*) filter (where ${activations.releasedAt} is null)::int`,
      activatedAt: sql<Date>`min(${activations.activatedAt})`.mapWith(activations.activatedAt),
      releasedAt: sql<Date | null>`case when bool_and(${activations.releasedAt} is not null) then max(${activations.releasedAt}) end`.mapWith(
        activations.releasedAt,
      ),
    })
    .from(activations)
    .innerJoin(licenses, and(eq(licenses.workspaceId, activations.workspaceId), eq(licenses.id, activations.licenseId)))
    .innerJoin(products, eq(products.id, licenses.productId))
    .innerJoin(publishers, eq(publishers.id, products.publisherId))
    .where(and(eq(activations.workspaceId, workspaceId), eq(activations.hostId, hostId)))
    .groupBy(licenses.id, licenses.name, products.name, publishers.id, publishers.name)
    .orderBy(asc(publishers.name), asc(licenses.name));
  return rows;
}

async function loadLatestRequest(tx: Tx, workspaceId: string, hostId: string, now: Date, timeZone: string): Promise<ResetRequestView | null> {
  const [request] = await tx
    .select({ id: resetRequests.id, reason: resetRequests.reason, requestedAt: resetRequests.requestedAt, requestedBy: accounts.name })
    .from(resetRequests)
    .leftJoin(accounts, eq(accounts.id, resetRequests.requestedBy))
    .where(and(eq(resetRequests.workspaceId, workspaceId), eq(resetRequests.hostId, hostId)))
    .orderBy(desc(resetRequests.requestedAt), desc(resetRequests.id))
    .limit(1);
  if (!request) return null;
  const items = await resetItems(tx, workspaceId, request.id);
  return {
    ...request,
    items: items.map((i) => ({ ...i, contactPublisher: suggestContactingPublisher({ decision: i.decision, requestedAt: request.requestedAt }, now, timeZone) })),
  };
}

/** One host with its activations by license and its latest reset request; unknown ids are not found. */
export async function getHost(tx: Tx, workspace: { id: string; timeZone: string }, hostId: string): Promise<HostDetails> {
  const [host] = await tx
    .select({
      id: hosts.id,
      name: hosts.name,
      platform: hosts.platform,
      state: hosts.state,
      lastSeenAt: hosts.lastSeenAt,
      createdAt: hosts.createdAt,
    })
    .from(hosts)
    .where(and(eq(hosts.workspaceId, workspace.id), eq(hosts.id, hostId)));
  if (!host) throw notFound("host");
  const now = await workspaceNow(tx, workspace.id);
  const [acts, request] = await Promise.all([loadActivations(tx, workspace.id, hostId), loadLatestRequest(tx, workspace.id, hostId, now, workspace.timeZone)]);
  return { ...host, activations: acts, request, canReport: canReport(host.state) && acts.some((a) => a.activations > 0) };
}

export async function hostExists(tx: Tx, workspaceId: string, hostId: string): Promise<boolean> {
  const [row] = await tx.select({ id: hosts.id }).from(hosts).where(and(eq(hosts.workspaceId, workspaceId), eq(hosts.id, hostId)));
  return Boolean(row);
}

/** A reset request's items, one per license, with each publisher's decision. */
export async function resetItems(tx: Tx, workspaceId: string, requestId: string) {
  return tx
    .select({
      id: resetRequestItems.id,
      licenseId: resetRequestItems.licenseId,
      licenseName: licenses.name,
      publisherId: resetRequestItems.publisherId,
      publisherName: publishers.name,
      decision: resetRequestItems.decision,
      decidedAt: resetRequestItems.decidedAt,
      note: resetRequestItems.note,
    })
    .from(resetRequestItems)
    .innerJoin(licenses, and(eq(licenses.workspaceId, resetRequestItems.workspaceId), eq(licenses.id, resetRequestItems.licenseId)))
    .innerJoin(publishers, eq(publishers.id, resetRequestItems.publisherId))
    .where(and(eq(resetRequestItems.workspaceId, workspaceId), eq(resetRequestItems.resetRequestId, requestId)))
    .orderBy(asc(publishers.name), asc(licenses.name));
}
