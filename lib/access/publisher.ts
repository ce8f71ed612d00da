import { eq } from "drizzle-orm";
import { publishers } from "@/db/schema";
import { withScope, type ScopeOptions, type Tx } from "@/db/scope";
import type { Actor } from "@/lib/auth/accounts";
import { forbidden, notFound } from "@/lib/errors";
import type { Room } from "@/lib/operations/read";

export type PublisherSummary = { id: string; slug: string; name: string };

/** A publisher's staff member in their console: the only rights are their publisher's decisions. */
export type PublisherContext = { actor: Actor; publisher: PublisherSummary };

/**
 * The publisher behind a URL slug, if the actor is its staff. Any other publisher, existing or
 * not, is "not found": the answer never tells which publishers exist.
 */
export async function openPublisher(actor: Actor, slug: string): Promise<PublisherContext> {
  if (!actor.publisherId) throw notFound("publisher");
  const [row] = await withScope(
    { kind: "publisher", accountId: actor.accountId },
    (tx) => tx.select({ id: publishers.id, slug: publishers.slug, name: publishers.name }).from(publishers).where(eq(publishers.id, actor.publisherId!)),
    { readOnly: true },
  );
  if (!row || row.slug !== slug) throw notFound("publisher");
  return { actor, publisher: row };
}

/** The actor's own publisher, for the landing page (null for anyone else). */
export async function ownPublisher(actor: Actor): Promise<PublisherSummary | null> {
  if (!actor.publisherId) return null;
  const [row] = await withScope(
    { kind: "publisher", accountId: actor.accountId },
    (tx) => tx.select({ id: publishers.id, slug: publishers.slug, name: publishers.name }).from(publishers).where(eq(publishers.id, actor.publisherId!)),
    { readOnly: true },
  );
  return row ?? null;
}

/**
 * The publisher console's room (lib/operations/read): row-level security shows the publisher's
 * own items only. openPublisher admitted the actor as its staff (a person, or a publisher token),
 * whose rights are its reset requests and its products' activations in aggregate: no workspace
 * role applies.
 */
export const publisherRoom: Room<PublisherContext> = {
  scope: (ctx) => ({ kind: "publisher", accountId: ctx.actor.accountId }),
  admit: (_ctx, read) => {
    if (read.resource !== "reset_request" && read.resource !== "host") throw forbidden();
  },
};

/** One transaction in the publisher's room, for its decisions; its reads are declared (lib/hosts/publisher). */
export function inPublisher<T>(ctx: PublisherContext, fn: (tx: Tx) => Promise<T>, opts?: ScopeOptions): Promise<T> {
  return withScope(publisherRoom.scope(ctx), fn, opts);
}
