import { notFound } from "next/navigation";
import { cache } from "react";
import { requireActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { openReseller, type ResellerContext } from "./index";

/**
 * The reseller of a /r/[reseller] page, for its layout and pages alike (resolved once per
 * request). Not signed in: off to /login; not this actor's reseller: Next's 404.
 */
export const resellerForPage = cache(async (slug: string): Promise<ResellerContext> => {
  const actor = await requireActor();
  try {
    return await openReseller(actor, slug);
  } catch (e) {
    if (e instanceof AppError && e.status === 404) notFound();
    throw e;
  }
});
