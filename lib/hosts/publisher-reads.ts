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
