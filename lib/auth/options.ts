import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { endSession, endSessions, findAccountForSignIn } from "./accounts";
import { verifyPassword } from "./password";
import { safeRedirectPath } from "./redirect";
import { verifySecondStep } from "./two-factor";
import { clientAddress, consumeAttempt, forgiveAttempt, resetCounters, signInCounters } from "@/lib/throttle";

/** What authorize() throws; the sign-in page turns these codes into messages. */
export const SIGN_IN_ERRORS = {
  invalid: "invalid_credentials",
  locked: "too_many_attempts",
  /** Password right, the account has two-step sign-in on: ask for the code. */
  codeRequired: "two_factor_required",
  /** Wrong, replayed or malformed second-step code (counted like a wrong password). */
  invalidCode: "invalid_code",
} as const;

export const SESSION_MAX_AGE_S = 8 * 60 * 60;

const credentials = z.object({
  email: z.string().trim().email().max(320),
  password: z.string().min(1).max(1024),
  code: z.string().trim().max(32).optional(),
});

export const authOptions: NextAuthOptions = {
  // Credentials sign-in needs JWT sessions; membership and role are re-read on every request.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login" },
  // Behind https the session cookie is Secure (and __Secure- prefixed): never sent in clear.
  useSecureCookies: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
  providers: [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) throw new Error(SIGN_IN_ERRORS.invalid);
        const { email, password, code } = parsed.data;
        // Counted before the password is checked, in one statement per key: of a burst of
        // parallel guesses only the first few are ever checked.
        const counters = signInCounters(email, clientAddress(req?.headers));
        const verdict = await consumeAttempt(counters);
        if (!verdict.allowed) throw new Error(`${SIGN_IN_ERRORS.locked}:${Math.ceil(verdict.retryAfterMs / 60_000)}`);
        const account = await findAccountForSignIn(email);
        // Verify even when nobody matches, so the answer takes as long either way.
        const ok = await verifyPassword(account?.passwordHash ?? null, password);
        if (!account || !ok || account.disabledAt) throw new Error(SIGN_IN_ERRORS.invalid);
        // The second step, inside the same throttle: a wrong code counts as a failed sign-in.
        const second = await verifySecondStep(account.id, code || undefined);
        if (second === "missing") {
          // The right password, asked for its code: not a failure.
          await forgiveAttempt(counters);
          throw new Error(SIGN_IN_ERRORS.codeRequired);
        }
        if (second === "invalid" || second === "replayed") throw new Error(SIGN_IN_ERRORS.invalidCode);
        // Signed in: the account counts from zero again; the address only gets this attempt back.
        await resetCounters(counters.slice(0, 1));
        await forgiveAttempt(counters.slice(1));
        return { id: account.id, email: account.email, name: account.name, sessionVersion: account.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // next-auth's own check lets `/\t/evil.example` through (browsers drop the tab): ours does not.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeRedirectPath(url, baseUrl)}`;
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
        // This sign-in's own id: signing out ends this session and no other browser's.
        token.sid = randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, accountId: token.sub, sessionVersion: token.sv, sessionId: token.sid };
    },
  },
  events: {
    // Signing out ends the session for real: a copy of the cookie stops working at once.
    async signOut({ token }) {
      if (!token?.sub) return;
      if (typeof token.sid === "string") {
        const until = typeof token.exp === "number" ? new Date(token.exp * 1000) : new Date(Date.now() + SESSION_MAX_AGE_S * 1000);
        await endSession(token.sub, token.sid, until);
      } else if (typeof token.sv === "number") {
        // A session from before session ids: only the account-wide version can end it.
        await endSessions(token.sub, token.sv);
      }
    },
  },
};
