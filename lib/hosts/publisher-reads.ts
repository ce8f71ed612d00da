import { sql } from "drizzle-orm";
import { publisherRoom } from "@/lib/access/publisher";
import { defineRead } from "@/lib/operations/read";
import { listPublisherQueue, pendingCount, type QueueView } from "./publisher";

/** The publisher console's declared reads, in the publisher's room (lib/access/publisher). */

export const publisherQueue = defineRead({
  name: "publisher queue",
  room: publisherRoom,
  resource: "reset_request",
  run: (tx, _ctx, opts: { view: QueueView; q?: string; page: number; size: number }) => listPublisherQueue(tx, opts),
});

/** How many items wait for a decision (the console's badge). */
export const pendingDecisions = defineRead({ name: "pending decisions", room: publisherRoom, resource: "reset_request", run: (tx) => pendingCount(tx) });

/** One product's activations in one state, over every workspace the publisher may see. */
export type PublisherActivationCount = {
  productId: string;
  productSku: string;
  productName: string;
  state: "active" | "released";
  activations: number;
  hosts: number;
  workspaces: number;
};

/**
 * The publisher's products' activations in aggregate (app_publisher_activation_counts): counts
 * only, never which workspace, host or person.
 */
export const publisherActivationCounts = defineRead({
  name: "publisher activation counts",
  room: publisherRoom,
  resource: "host",
  run: async (tx): Promise<PublisherActivationCount[]> => {
    const rows = await tx.execute<{
      product_id: string;
      product_sku: string;
      product_name: string;
      state: "active" | "released";
      activations: number;
      hosts: number;
      workspaces: number;
    }>(sql`select * from app_publisher_activation_counts()`);
    return rows.map((r) => ({
      productId: r.product_id,
      productSku: r.product_sku,
      productName: r.product_name,
      state: r.state,
      activations: r.activations,
      hosts: r.hosts,
      workspaces: r.workspaces,
    }));
  },
});
