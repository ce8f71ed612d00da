import { and, asc, count, desc, eq, ilike, ne, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { activations, hosts } from "@/db/schema";
import type { Platform } from "@/db/schema/enums";
import type { Tx } from "@/db/scope";
import { likePattern, type Page, type TableParams } from "@/lib/tables/params";
import type { HostState } from "./rules";

export { isUnusable, type HostState } from "./rules";

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
};

/** One page of a workspace's hosts (removed ones are gone from the account); search by name. */
export async function listHosts(tx: Tx, workspaceId: string, p: TableParams<HostSort>): Promise<Page<HostRow>> {
  const where = and(
    eq(hosts.workspaceId, workspaceId),
    ne(hosts.state, "removed"),
    p.q ? ilike(hosts.name, likePattern(p.q)) : undefined,
  );
  // Written out with qualified names: drizzle renders columns of a single-table select
  // unqualified, and inside this subquery "id" would silently mean the activation's id.
  const activeCount = sql<number>`(
    select count(*)::int from ${activations} a
     where a.workspace_id = "hosts"."workspace_id" and a.host_id = "hosts"."id" and a.released_at is null)`;
  const column: Record<HostSort, SQL | AnyColumn> = {
    name: hosts.name,
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
      })
      .from(hosts)
      .where(where)
      .orderBy(order, asc(hosts.name), asc(hosts.id))
      .limit(p.size)
      .offset((p.page - 1) * p.size),
    tx.select({ total: count() }).from(hosts).where(where),
  ]);
  return { rows, total, page: p.page, size: p.size };
}
