import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { readCaller, type Caller } from "@/lib/access/caller";
import { endSessions, type Actor } from "./accounts";
import { authOptions } from "./options";

/** Where an account that must enrol in two-step sign-in is sent, and may only be. */
export const ENROLMENT_PATH = "/account/security";

/** This request's session token: its account and the session version it was issued under. */
const sessionToken = cache(async () => (await getServerSession(authOptions)) as { accountId?: string; sessionVersion?: number; sessionId?: string } | null);

/** This request's session as a caller (lib/access/caller), without asking the database. */
export const sessionCaller = cache(async (): Promise<Caller> => {
  const session = await sessionToken();
  return session?.accountId
    ? { kind: "session", accountId: session.accountId, sessionVersion: session.sessionVersion, sessionId: session.sessionId }
    : { kind: "anonymous" };
});

/**
 * The account behind this request's session, enrolled in two-step sign-in or not; read once per
 * request. A page of a workspace reads it with the workspace instead (lib/workspaces/current).
 */
export const sessionActor = cache(async (): Promise<Actor | null> => (await readCaller(await sessionCaller(), null)).actor);

/**
 * The signed-in actor of this request, or null. An account that must enrol in two-step sign-in
 * and has not counts as not signed in for everything but the enrolment page.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const actor = await sessionActor();
  return actor && !actor.twoFactorPending ? actor : null;
});

/** For pages: the actor, or off to the sign-in page (or to enrolment, when it is due). */
export async function requireActor(opts: { enrolment?: boolean } = {}): Promise<Actor> {
  const actor = await sessionActor();
  if (!actor) redirect("/login");
  if (actor.twoFactorPending && !opts.enrolment) redirect(ENROLMENT_PATH);
  return actor;
}

/** "Sign out everywhere": ends every session of this request's account, this one included. */
export async function endEverySession(): Promise<void> {
  const session = await sessionToken();
  if (session?.accountId && typeof session.sessionVersion === "number") await endSessions(session.accountId, session.sessionVersion);
}
