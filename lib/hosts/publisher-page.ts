import { notFound } from "next/navigation";
import { cache } from "react";
import { openPublisher, type PublisherContext } from "@/lib/access/publisher";
import { requireActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

/**
 * The publisher of a console page's URL, for the layout and the page alike. Not signed in: off
 * to /login. Not this actor's publisher (or none at all): Next's 404, the same for every case.
 */
export const publisherForPage = cache(async (slug: string): Promise<PublisherContext> => {
  const actor = await requireActor();
  try {
    return await openPublisher(actor, slug);
  } catch (e) {
    if (e instanceof AppError && e.status === 404) notFound();
    throw e;
  }
});
