import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { loadActor, type Actor } from "./accounts";
import { authOptions } from "./options";

/** The signed-in actor of this request, or null; read once per request. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const accountId = (session as { accountId?: string } | null)?.accountId;
  if (!accountId) return null;
  return loadActor(accountId);
});

/** For pages: the actor, or off to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  return actor;
}
