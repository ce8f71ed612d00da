/**
 * Reseller API tokens (issue 3): created and revoked by reseller staff, a token reaches every
 * workspace linked to the reseller with its own role, and nothing else; only hashes are stored.
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withScope } from "@/db/scope";
import { createResellerToken, listResellerTokenActivity, listResellerTokens, revokeResellerToken } from "@/lib/api-tokens/reseller";
import { hashTokenSecret } from "@/lib/api-tokens/secret";
import { listTokensEndpoint } from "@/lib/api/v1/tokens";
import { createUserEndpoint, listUsersEndpoint } from "@/lib/api/v1/users";
import { getWorkspaceEndpoint, listWorkspacesEndpoint } from "@/lib/api/v1/workspaces";
import { loadActor } from "@/lib/auth/accounts";
import { AppError } from "@/lib/errors";
import { openReseller, type ResellerContext } from "@/lib/reseller";
import { createAccount, createMember, createReseller, createWorkspace, linkReseller, ownerSql, unlinkReseller } from "../factories";
import { call, countRows, expectError, issueTestToken } from "./helpers";

async function staffOf(reseller: { id: string; slug: string }): Promise<ResellerContext> {
  const person = await createAccount({ resellerId: reseller.id });
  const actor = await loadActor(person.id);
  if (!actor) throw new Error("no actor");
  return openReseller(actor, reseller.slug);
}

/** A reseller with two linked workspaces and its staff; another reseller's workspace; an unlinked one. */
async function world() {
  const reseller = await createReseller();
  const [pl, de, other, unlinked] = await Promise.all([
    createWorkspace({ country: "PL" }),
    createWorkspace({ country: "DE" }),
    createWorkspace(),
    createWorkspace(),
  ]);
  await linkReseller(reseller.id, pl.id);
  await linkReseller(reseller.id, de.id);
  const otherReseller = await createReseller();
  await linkReseller(otherReseller.id, other.id);
  return { reseller, otherReseller, pl, de, other, unlinked, staff: await staffOf(reseller) };
}

async function statusOf(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    if (e instanceof AppError) return e.status;
    throw e;
  }
}

const slugs = (res: { body: { data: { slug: string }[] } }) => res.body.data.map((w) => w.slug).sort();

describe("reseller API tokens", () => {
  it("reach every linked workspace with the token's role, list them, and nothing else (404 as for a missing one)", async () => {
    const w = await world();
    const token = await createResellerToken(w.staff, { name: "  Partner CI ", role: "admin" });
    expect(token).toMatchObject({ name: "Partner CI", role: "admin", token: expect.stringMatching(/^lc_/), expiresAt: null });

    const list = await call(listWorkspacesEndpoint, {}, { token: token.token });
    expect(list.status, list.text).toBe(200);
    expect(slugs(list)).toEqual([w.pl.slug, w.de.slug].sort());
    expect(list.body.data.every((x: { role: string }) => x.role === "admin")).toBe(true);

    for (const ws of [w.pl, w.de]) {
      const one = await call(getWorkspaceEndpoint, { workspace: ws.slug }, { token: token.token });
      expect(one.body).toMatchObject({ id: ws.id, role: "admin" });
      const users = await call(listUsersEndpoint, { workspace: ws.slug }, { token: token.token });
      expect(users.status, users.text).toBe(200);
    }
    const created = await call(createUserEndpoint, { workspace: w.pl.slug }, { token: token.token, json: { name: "Ana", email: "ana@example.test" } });
    expect(created.status, created.text).toBe(201);

    for (const ws of [w.other, w.unlinked]) {
      expectError(await call(getWorkspaceEndpoint, { workspace: ws.slug }, { token: token.token }), 404, "not_found");
      expectError(await call(listUsersEndpoint, { workspace: ws.slug }, { token: token.token }), 404, "not_found");
      expectError(
        await call(createUserEndpoint, { workspace: ws.slug }, { token: token.token, json: { name: "Intruder", email: "intruder@example.test" } }),
        404,
        "not_found",
      );
      expect(await countRows("directory_users", ws.id)).toBe(0);
    }
    // Admin, not supervisor: a reseller token never reaches a workspace's own tokens.
    expectError(await call(listTokensEndpoint, { workspace: w.pl.slug }, { token: token.token }), 403, "forbidden");
  });

  it("a workspace linked later is reached at once; unlinking ends access on the next request", async () => {
    const w = await world();
    const token = await createResellerToken(w.staff, { name: "Sync", role: "viewer" });
    const later = await createWorkspace();
    expectError(await call(getWorkspaceEndpoint, { workspace: later.slug }, { token: token.token }), 404, "not_found");
    await linkReseller(w.reseller.id, later.id);
    expect((await call(getWorkspaceEndpoint, { workspace: later.slug }, { token: token.token })).status).toBe(200);

    await unlinkReseller(w.reseller.id, w.pl.id);
    expectError(await call(getWorkspaceEndpoint, { workspace: w.pl.slug }, { token: token.token }), 404, "not_found");
    expectError(await call(listUsersEndpoint, { workspace: w.pl.slug }, { token: token.token }), 404, "not_found");
    expect(slugs(await call(listWorkspacesEndpoint, {}, { token: token.token }))).toEqual([w.de.slug, later.slug].sort());
  });

  it("a viewer token reads but every write is 403", async () => {
    const w = await world();
    const token = await createResellerToken(w.staff, { name: "Reports", role: "viewer" });
    const one = await call(getWorkspaceEndpoint, { workspace: w.de.slug }, { token: token.token });
    expect(one.body).toMatchObject({ id: w.de.id, role: "viewer" });
    expect((await call(listUsersEndpoint, { workspace: w.de.slug }, { token: token.token })).status).toBe(200);
    expectError(
      await call(createUserEndpoint, { workspace: w.de.slug }, { token: token.token, json: { name: "Ana", email: "ana@example.test" } }),
      403,
      "forbidden",
    );
    expect(await countRows("directory_users", w.de.id)).toBe(0);
  });

  it("a member's own stronger role in a linked workspace is not what the token gets", async () => {
    const w = await world();
    // The staff person is also a supervisor member of PL: their token still acts as it was issued.
    await ownerSql()`insert into memberships (workspace_id, account_id, role) values (${w.pl.id}, ${w.staff.actor.accountId}, 'supervisor')`;
    const token = await createResellerToken(w.staff, { name: "Scoped", role: "viewer" });
    expect((await call(getWorkspaceEndpoint, { workspace: w.pl.slug }, { token: token.token })).body).toMatchObject({ role: "viewer" });
  });

  it("revoked → 401 at once; revoking twice is harmless; expired → 401", async () => {
    const w = await world();
    const token = await createResellerToken(w.staff, { name: "Short-lived", role: "admin", expiresInDays: 7 });
    expect(Date.parse(token.expiresAt!) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect((await call(listWorkspacesEndpoint, {}, { token: token.token })).status).toBe(200);
    await revokeResellerToken(w.staff, { tokenId: token.id });
    await revokeResellerToken(w.staff, { tokenId: token.id });
    expectError(await call(listWorkspacesEndpoint, {}, { token: token.token }), 401, "invalid_token");
    expectError(await call(getWorkspaceEndpoint, { workspace: w.pl.slug }, { token: token.token }), 401, "invalid_token");
    const [row] = await ownerSql()`select t.revoked_at, a.disabled_at from api_tokens t join accounts a on a.id = t.account_id where t.id = ${token.id}`;
    expect(row.revoked_at).toBeInstanceOf(Date);
    expect(row.disabled_at).toBeInstanceOf(Date);

    const expiring = await createResellerToken(w.staff, { name: "Expired", role: "viewer" });
    await ownerSql()`update api_tokens set expires_at = now() - interval '1 second' where id = ${expiring.id}`;
    expectError(await call(listWorkspacesEndpoint, {}, { token: expiring.token }), 401, "invalid_token");

    const activity = await listResellerTokenActivity(w.staff);
    expect(activity.map((a) => [a.action, a.subjectId])).toEqual([
      ["api_token.created", expiring.id],
      ["api_token.revoked", token.id],
      ["api_token.created", token.id],
    ]);
    expect(activity[2]).toMatchObject({ actorLabel: w.staff.actor.email, data: { name: "Short-lived", role: "admin", prefix: token.prefix } });
  });

  it("stores only the hash: the secret is nowhere in the database in plain text", async () => {
    const w = await world();
    const token = await createResellerToken(w.staff, { name: "Hashed", role: "admin" });
    const [row] = await ownerSql()`select * from api_tokens where id = ${token.id}`;
    expect(row).toMatchObject({ token_hash: hashTokenSecret(token.token), reseller_id: w.reseller.id, workspace_id: null, role: "admin" });
    const [account] = await ownerSql()`select * from accounts where id = ${row.account_id}`;
    expect(account).toMatchObject({ kind: "api_token", reseller_id: w.reseller.id, scoped_workspace_id: null, publisher_id: null });
    // Every text column of every table that could hold it: none contains the secret or its random part.
    const secretPart = token.token.slice(3);
    const tables = ["api_tokens", "accounts", "reseller_audit_events", "audit_events", "memberships", "idempotency_keys"];
    for (const table of tables) {
      const [found] = await ownerSql()`select count(*)::int as n from ${ownerSql()(table)} t where t::text like ${`%${secretPart}%`}`;
      expect(found.n, table).toBe(0);
    }
    // And the list the page shows carries no hash either.
    const listed = await listResellerTokens(w.staff);
    expect(JSON.stringify(listed)).not.toContain(row.token_hash);
    expect(JSON.stringify(listed)).not.toContain(secretPart);
  });

  it("only the reseller's people manage its tokens: other resellers, workspace supervisors and tokens are refused", async () => {
    const w = await world();
    const token = await createResellerToken(w.staff, { name: "Mine", role: "admin" });

    // Another reseller's staff: not found, whatever the slug.
    const otherStaff = await staffOf(w.otherReseller);
    expect(await statusOf(revokeResellerToken(otherStaff, { tokenId: token.id }))).toBe(404);
    expect(await listResellerTokens(otherStaff)).toEqual([]);
    expect(await statusOf(openReseller(otherStaff.actor, w.reseller.slug))).toBe(404);

    // A reseller token is no staff: it cannot open the hub, and forged contexts are refused.
    const tokenActor = await loadActor((await ownerSql()`select account_id from api_tokens where id = ${token.id}`)[0].account_id);
    expect(tokenActor).toMatchObject({ kind: "api_token", resellerId: w.reseller.id, resellerRole: "admin" });
    expect(await statusOf(openReseller(tokenActor!, w.reseller.slug))).toBe(404);
    const forged = { actor: tokenActor!, reseller: w.staff.reseller };
    expect(await statusOf(createResellerToken(forged, { name: "Child", role: "admin" }))).toBe(404);

    // Row-level security says the same, below lib/: a token account cannot insert a reseller
    // token account nor list its reseller's tokens; a workspace supervisor sees none of them.
    await expect(
      withScope({ kind: "account", accountId: tokenActor!.accountId }, (tx) =>
        tx.execute(
          sql.raw(`insert into accounts (email, name, kind, password_hash, reseller_id) values ('x-${token.id}@api-tokens.invalid', 'x', 'api_token', '!', '${w.reseller.id}')`),
        ),
      ),
    ).rejects.toThrow();
    await createResellerToken(w.staff, { name: "Second", role: "viewer" });
    const seenByToken = await withScope({ kind: "account", accountId: tokenActor!.accountId }, (tx) =>
      tx.execute<{ n: number }>(sql.raw(`select count(*)::int as n from api_tokens where reseller_id = '${w.reseller.id}'`)),
    );
    expect(seenByToken[0].n).toBe(1); // its own row only (its role), never the others
    // Nor switch its reseller's two-step policy (that door is for staff people only).
    const flipped = await withScope({ kind: "account", accountId: tokenActor!.accountId }, (tx) =>
      tx.execute<{ required: boolean | null }>(sql`select app_set_reseller_two_factor(true) as required`),
    );
    expect(flipped[0].required).toBeNull();
    expect((await ownerSql()`select require_two_factor from resellers where id = ${w.reseller.id}`)[0].require_two_factor).toBe(false);
    const supervisor = await createMember(w.pl.id, "supervisor");
    const seenBySupervisor = await withScope({ kind: "account", accountId: supervisor.id, workspaceId: w.pl.id }, (tx) =>
      tx.execute<{ n: number }>(sql.raw(`select count(*)::int as n from api_tokens where reseller_id is not null`)),
    );
    expect(seenBySupervisor[0].n).toBe(0);

    // Supervisor is above what reseller staff hold: refused by validation and by the database.
    expect(await statusOf(createResellerToken(w.staff, { name: "Too strong", role: "supervisor" }))).toBe(422);
    await expect(ownerSql()`update api_tokens set role = 'supervisor' where id = ${token.id}`).rejects.toThrow(/api_tokens_reseller_role/);
  });

  it("a workspace token still reaches its one workspace only", async () => {
    const w = await world();
    const wsToken = await issueTestToken(w.pl.id, "viewer");
    expect(slugs(await call(listWorkspacesEndpoint, {}, { token: wsToken.token }))).toEqual([w.pl.slug]);
    expectError(await call(getWorkspaceEndpoint, { workspace: w.de.slug }, { token: wsToken.token }), 404, "not_found");
  });
});
