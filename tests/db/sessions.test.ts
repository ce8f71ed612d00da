/**
 * Sign-out, "sign out everywhere", a new password and a removed membership end a session on the
 * very next request: a copied session cookie stops working at once.
 */
import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { withScope } from "@/db/scope";
import { listWorkspacesEndpoint } from "@/lib/api/v1/workspaces";
import { endSessions, loadActor } from "@/lib/auth/accounts";
import { authOptions } from "@/lib/auth/options";
import { call } from "./api/helpers";
import { addMembership, createAccount, createWorkspace, ownerSql, removeMembership } from "./factories";

// The session token a copied cookie carries: its account and the session version it was issued under.
const session = vi.hoisted(() => ({ current: null as { accountId: string; sessionVersion?: number; sessionId?: string } | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));

/** The status of an API call carrying the copied cookie of a session of `accountId`. */
async function status(accountId: string, sessionVersion?: number, sessionId?: string): Promise<number> {
  session.current = { accountId, sessionVersion, sessionId };
  try {
    return (await call(listWorkspacesEndpoint, {}, { headers: { cookie: "next-auth.session-token=copied" } })).status;
  } finally {
    session.current = null;
  }
}

async function member() {
  const ws = await createWorkspace();
  const account = await createAccount();
  await addMembership(ws.id, account.id, "admin");
  return { ws, account };
}

describe("ending sessions", () => {
  it("sign-out ends the session it came from: the same cookie answers 401 on the next request", async () => {
    const { account } = await member();
    expect(await status(account.id, 0)).toBe(200);
    await authOptions.events!.signOut!({ token: { sub: account.id, sv: 0 }, session: null as never });
    expect(await status(account.id, 0)).toBe(401);
    // Signing in again issues a session under the new version.
    expect(await status(account.id, 1)).toBe(200);
  });

  it("signing out in one browser ends that browser's session only: the account's others stay signed in", async () => {
    const { account } = await member();
    const laptop = crypto.randomUUID();
    const phone = crypto.randomUUID();
    const exp = Math.floor(Date.now() / 1000) + 3600;
    await authOptions.events!.signOut!({ token: { sub: account.id, sv: 0, sid: laptop, exp }, session: null as never });
    expect(await status(account.id, 0, laptop)).toBe(401);
    expect(await status(account.id, 0, phone)).toBe(200);
    // A session id is no key to another account's sessions.
    const { account: other } = await member();
    expect(await status(other.id, 0, laptop)).toBe(200);
    // The app role reaches the ended sessions only through the functions.
    const read = await withScope({ kind: "account", accountId: account.id }, (tx) => tx.execute(sql`select * from ended_sessions`)).catch((e) => e);
    expect(read?.cause?.code ?? read?.code).toBe("42501");
  });

  it("a sign-in puts its own session id into the token", async () => {
    const jwt = authOptions.callbacks!.jwt!;
    const user = { id: crypto.randomUUID(), email: "a@example.test", sessionVersion: 3 };
    const first = await jwt({ token: {}, user, account: null } as never);
    const second = await jwt({ token: {}, user, account: null } as never);
    expect(first).toMatchObject({ sub: user.id, sv: 3, sid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(second.sid).not.toBe(first.sid);
    // Later refreshes of the same session keep it.
    expect((await jwt({ token: first, account: null } as never)).sid).toBe(first.sid);
  });

  it("'sign out everywhere' ends every session of the account, and only of that account", async () => {
    const { account } = await member();
    const { account: other } = await member();
    await endSessions(account.id, 0);
    expect(await status(account.id, 0)).toBe(401);
    expect(await status(other.id, 0)).toBe(200);
    // A stale version raises nothing more: a second sign-out of an ended session is harmless.
    await endSessions(account.id, 0);
    expect(await status(account.id, 1)).toBe(200);
  });

  it("a new password ends the sessions signed in with the old one", async () => {
    const { account } = await member();
    await ownerSql()`update accounts set password_hash = 'changed' where id = ${account.id}`;
    expect(await status(account.id, 0)).toBe(401);
    // Other updates leave sessions alone.
    await ownerSql()`update accounts set name = 'Renamed' where id = ${account.id}`;
    expect(await status(account.id, 1)).toBe(200);
  });

  it("a removed membership ends the person's sessions", async () => {
    const { ws, account } = await member();
    await removeMembership(ws.id, account.id);
    expect(await status(account.id, 0)).toBe(401);
  });

  it("a session token from before session versions never matches; API tokens are unaffected", async () => {
    const { account } = await member();
    expect(await status(account.id, undefined)).toBe(401);
    expect(await loadActor(account.id)).toMatchObject({ accountId: account.id });
  });
});
