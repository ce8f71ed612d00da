import { getServerSession } from "next-auth";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { readCaller, type Caller } from "@/lib/access/caller";
import { endSessions, type Actor } from "./accounts";
import { authOptions, SESSION_MAX_AGE_S } from "./options";

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

/**
 * This browser keeps its session after the account raised its session version (a password
 * changed here): its own token is issued again under `sessionVersion`, same session id and
 * expiry, so every other session stays ended and this one does not. Only the holder of this
 * request's valid cookie gets it; the version comes from the change itself, never the client.
 */
export async function keepThisSession(sessionVersion: number): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return;
  const jar = await cookies();
  const name = `${authOptions.useSecureCookies ? "__Secure-" : ""}next-auth.session-token`;
  const current = jar.get(name)?.value;
  const token = current ? await decode({ token: current, secret }).catch(() => null) : null;
  if (!token?.sub) return;
  const maxAge = typeof token.exp === "number" ? Math.max(0, token.exp - Math.floor(Date.now() / 1000)) : SESSION_MAX_AGE_S;
  const { exp: _exp, iat: _iat, jti: _jti, ...claims } = token;
  jar.set(name, await encode({ token: { ...claims, sv: sessionVersion }, secret, maxAge }), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: Boolean(authOptions.useSecureCookies),
    maxAge,
  });
}
