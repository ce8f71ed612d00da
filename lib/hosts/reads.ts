import { defineRead } from "@/lib/operations/read";
import type { TableParams } from "@/lib/tables/params";
import { activationPool, getHost, listHosts, type HostSort } from "./queries";

/** The hosts' declared reads (lib/operations/read). */

export const hostsPage = defineRead({
  name: "hosts page",
  resource: "host",
  run: (tx, ctx, p: { table: TableParams<HostSort>; includeRemoved: boolean; offset?: number }) =>
    listHosts(tx, ctx.workspace.id, p.table, { includeRemoved: p.includeRemoved, offset: p.offset, locale: ctx.workspace.locale }),
});

/** Free activations per license. */
export const pool = defineRead({ name: "activation pool", resource: "host", run: (tx, ctx) => activationPool(tx, ctx.workspace.id) });

/** One host; another workspace's is "not found". */
export const host = defineRead({ name: "host", resource: "host", run: (tx, ctx, hostId: string) => getHost(tx, ctx.workspace, hostId) });
