/** GET/POST /workspaces/{workspace}/tokens and DELETE /tokens/{tokenId}. */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTokenEndpoint, listTokensEndpoint, revokeTokenEndpoint } from "@/lib/api/v1/tokens";
import { createUserEndpoint } from "@/lib/api/v1/users";
import { getWorkspaceEndpoint, listWorkspacesEndpoint } from "@/lib/api/v1/workspaces";
import { ownerSql } from "../factories";
import {
  answer,
  auditRows,
  call,
  concurrently,
  countRows,
  expectError,
  expectFieldError,
  expectOneEffectAnswers,
  expectSlugHidden,
  expectUnauthenticated,
  idemKey,
  newSandbox,
  randomId,
  roleToken,
  type Case,
  type Json,
} from "./helpers";

const DAY = 86_400_000;

describe("POST /tokens", () => {
  it("issues a token with a role: the secret is shown once, only its hash is stored, and it works", async () => {
    const sb = await newSandbox();
    const res = await call(createTokenEndpoint, { workspace: sb.slug }, { token: sb.token, json: { name: "  CI viewer ", role: "viewer" } });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: "CI viewer",
      role: "viewer",
      prefix: res.body.token.slice(0, 10),
      token: expect.stringMatching(/^lc_[A-Za-z0-9_-]{40,}$/),
      createdAt: expect.any(String),
      expiresAt: null,
    });
    const [row] = await ownerSql()`select token_hash, role, name, workspace_id from api_tokens where id = ${res.body.id}`;
    expect(row).toEqual({
      token_hash: createHash("sha256").update(res.body.token).digest("hex"),
      role: "viewer",
      name: "CI viewer",
      workspace_id: sb.id,
    });
    expect(JSON.stringify(row)).not.toContain(res.body.token);
    expect(await auditRows(sb.id, "api_token.created")).toEqual(
      expect.arrayContaining([expect.objectContaining({ subjectId: res.body.id, data: { name: "CI viewer", role: "viewer", prefix: res.body.prefix } })]),
    );

    const me = await call(getWorkspaceEndpoint, { workspace: sb.slug }, { token: res.body.token });
    expect(me.body).toMatchObject({ id: sb.id, role: "viewer" });
  });

  it("expiresInDays sets the expiry; an expired token answers 401", async () => {
    const sb = await newSandbox();
    const before = Date.now();
    const res = await call(createTokenEndpoint, { workspace: sb.slug }, { token: sb.token, json: { name: "Short", role: "admin", expiresInDays: 30 } });
    expect(res.status, res.text).toBe(201);
    const expires = new Date(res.body.expiresAt).getTime();
    expect(expires).toBeGreaterThanOrEqual(before + 30 * DAY);
    expect(expires).toBeLessThanOrEqual(Date.now() + 30 * DAY);
    expect((await call(listWorkspacesEndpoint, {}, { token: res.body.token })).status).toBe(200);
    await ownerSql()`update api_tokens set expires_at = now() - interval '1 second' where id = ${res.body.id}`;
    expectError(await call(listWorkspacesEndpoint, {}, { token: res.body.token }), 401, "invalid_token");
  });

  it("422 names each invalid field; nothing is issued", async () => {
    const sb = await newSandbox();
    const ws = { workspace: sb.slug };
    const before = await countRows("api_tokens", sb.id);
    const empty = await call(createTokenEndpoint, ws, { token: sb.token, json: {} });
    expectFieldError(empty, "name");
    expectFieldError(empty, "role");
    expectFieldError(await call(createTokenEndpoint, ws, { token: sb.token, json: { name: "  ", role: "viewer" } }), "name");
    expectFieldError(await call(createTokenEndpoint, ws, { token: sb.token, json: { name: "x".repeat(101), role: "viewer" } }), "name");
    expectFieldError(await call(createTokenEndpoint, ws, { token: sb.token, json: { name: "T", role: "owner" } }), "role");
    for (const expiresInDays of [0, 731, 1.5, "soon"]) {
      expectFieldError(await call(createTokenEndpoint, ws, { token: sb.token, json: { name: "T", role: "viewer", expiresInDays } }), "expiresInDays");
    }
    expect(await countRows("api_tokens", sb.id)).toBe(before);
  });

  it("only a supervisor manages tokens: an admin and a viewer get 403 on list, create and revoke", async () => {
    const sb = await newSandbox();
    const admin = await roleToken(sb, "admin");
    const viewer = await roleToken(sb, "viewer");
    for (const t of [admin.token, viewer.token]) {
      expectError(await call(listTokensEndpoint, { workspace: sb.slug }, { token: t }), 403, "forbidden");
      expectError(await call(createTokenEndpoint, { workspace: sb.slug }, { token: t, json: { name: "Escalate", role: "supervisor" } }), 403, "forbidden");
      expectError(await call(revokeTokenEndpoint, { workspace: sb.slug, tokenId: sb.tokenId }, { token: t }), 403, "forbidden");
    }
    expect(await countRows("api_tokens", sb.id)).toBe(3);
    expect((await call(listWorkspacesEndpoint, {}, { token: sb.token })).status).toBe(200);
  });

  it("replays with the same key (one token, its secret not repeated); refuses the key with another body", async () => {
    const sb = await newSandbox();
    const key = idemKey();
    const json = { name: "Deploy bot", role: "admin" };
    const first = await call(createTokenEndpoint, { workspace: sb.slug }, { token: sb.token, json, idempotencyKey: key });
    expect(first.status, first.text).toBe(201);
    expect(first.body.token).toEqual(expect.stringMatching(/^lc_/));
    const replay = await call(createTokenEndpoint, { workspace: sb.slug }, { token: sb.token, json, idempotencyKey: key });
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual({ ...first.body, token: null });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await countRows("api_tokens", sb.id)).toBe(2);
    expectError(await call(createTokenEndpoint, { workspace: sb.slug }, { token: sb.token, json: { ...json, role: "viewer" }, idempotencyKey: key }), 422, "idempotency_key_reused");
    expect(await countRows("api_tokens", sb.id)).toBe(2);
  });

  it("the secret is stored nowhere: not in the token row, the idempotency record or the audit log", async () => {
    const sb = await newSandbox();
    const res = await call(createTokenEndpoint, { workspace: sb.slug }, { token: sb.token, json: { name: "Stored nowhere", role: "viewer" }, idempotencyKey: idemKey() });
    expect(res.status, res.text).toBe(201);
    const sql = ownerSql();
    const rows = [
      ...(await sql`select * from api_tokens where workspace_id = ${sb.id}`),
      ...(await sql`select * from idempotency_keys where workspace_id = ${sb.id}`),
      ...(await sql`select * from audit_events where workspace_id = ${sb.id}`),
      ...(await sql`select a.* from accounts a where a.scoped_workspace_id = ${sb.id}`),
    ];
    expect(rows.length).toBeGreaterThan(3);
    const dump = JSON.stringify(rows);
    expect(dump).toContain(res.body.prefix);
    expect(dump).not.toContain(res.body.token);
    expect(dump).not.toContain(res.body.token.slice(10));
    expect(dump).not.toContain(sb.token.slice(10));
  });

  it("10 concurrent requests with one key issue exactly one token; only its first answer holds the secret", async () => {
    const sb = await newSandbox();
    const key = idemKey();
    const responses = await concurrently(10, () =>
      call(createTokenEndpoint, { workspace: sb.slug }, { token: sb.token, json: { name: "Once", role: "viewer" }, idempotencyKey: key }),
    );
    for (const r of responses) expect(r.status, r.text).toBe(201);
    const first = responses.filter((r) => r.headers.get("idempotent-replayed") !== "true");
    const replays = responses.filter((r) => r.headers.get("idempotent-replayed") === "true");
    expect(first).toHaveLength(1);
    expect(replays).toHaveLength(9);
    for (const r of replays) expect(r.body).toEqual({ ...first[0].body, token: null });
    expect(await countRows("api_tokens", sb.id)).toBe(2);
    expect((await call(listWorkspacesEndpoint, {}, { token: first[0].body.token })).status).toBe(200);
  });
});

describe("GET /tokens", () => {
  it("lists the workspace's tokens, newest first, without secrets", async () => {
    const sb = await newSandbox();
    const admin = await roleToken(sb, "admin");
    await call(listWorkspacesEndpoint, {}, { token: admin.token }); // marks it used
    const res = await call(listTokensEndpoint, { workspace: sb.slug }, { token: sb.token });
    expect(res.status, res.text).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.data.map((t: Json) => t.id)).toEqual([admin.id, sb.tokenId]);
    expect(res.body.data[0]).toEqual({
      id: admin.id,
      name: "admin token",
      role: "admin",
      prefix: admin.token.slice(0, 10),
      createdAt: expect.any(String),
      // Issued with the sandbox's token: the account behind that token is its creator.
      createdBy: { id: expect.any(String), name: "Sandbox token" },
      lastUsedAt: expect.any(String),
      expiresAt: null,
      revokedAt: null,
    });
    // The sandbox's own token was issued for its supervisor.
    expect(res.body.data[1]).toMatchObject({ id: sb.tokenId, role: "supervisor", expiresAt: sb.body.expiresAt, createdBy: { name: "Sandbox Supervisor" } });
    expect(res.text).not.toContain(admin.token);
    expect(res.text).not.toContain(sb.token);
  });
});

describe("DELETE /tokens/{tokenId}", () => {
  it("revokes a token: it answers 401 at once, is listed as revoked, audited once; revoking twice changes nothing", async () => {
    const sb = await newSandbox();
    const viewer = await roleToken(sb, "viewer");
    expect((await call(listWorkspacesEndpoint, {}, { token: viewer.token })).status).toBe(200);

    const res = await call(revokeTokenEndpoint, { workspace: sb.slug, tokenId: viewer.id }, { token: sb.token });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ id: viewer.id, revoked: true });
    expectError(await call(listWorkspacesEndpoint, {}, { token: viewer.token }), 401, "invalid_token");
    expectError(await call(getWorkspaceEndpoint, { workspace: sb.slug }, { token: viewer.token }), 401, "invalid_token");

    const list = await call(listTokensEndpoint, { workspace: sb.slug }, { token: sb.token });
    expect(list.body.data.find((t: Json) => t.id === viewer.id).revokedAt).toEqual(expect.any(String));
    expect(await auditRows(sb.id, "api_token.revoked")).toEqual([expect.objectContaining({ subjectId: viewer.id })]);

    const again = await call(revokeTokenEndpoint, { workspace: sb.slug, tokenId: viewer.id }, { token: sb.token });
    expect(answer(again)).toEqual(answer(res));
    expect(await auditRows(sb.id, "api_token.revoked")).toHaveLength(1);
  });

  it("a token revoking itself never answers 500: either it is revoked (then 401) or refused (then still valid)", async () => {
    const sb = await newSandbox();
    const res = await call(revokeTokenEndpoint, { workspace: sb.slug, tokenId: sb.tokenId }, { token: sb.token });
    expect(res.status, res.text).toBeLessThan(500);
    const after = await call(listTokensEndpoint, { workspace: sb.slug }, { token: sb.token });
    if (res.status === 200) {
      expect(res.body).toEqual({ id: sb.tokenId, revoked: true });
      expectError(after, 401, "invalid_token");
    } else {
      expect(res.body.error.code).toEqual(expect.any(String));
      expect(after.status).toBe(200);
    }
  });

  it("another workspace's token id answers exactly like a random one and stays valid; a malformed id is 404", async () => {
    const a = await newSandbox();
    const b = await newSandbox();
    const foreign = await call(revokeTokenEndpoint, { workspace: a.slug, tokenId: b.tokenId }, { token: a.token });
    const random = await call(revokeTokenEndpoint, { workspace: a.slug, tokenId: randomId() }, { token: a.token });
    expect(answer(foreign)).toEqual(answer(random));
    expectError(foreign, 404, "not_found");
    expectError(await call(revokeTokenEndpoint, { workspace: a.slug, tokenId: "abc" }, { token: a.token }), 404, "not_found");
    expect((await call(listWorkspacesEndpoint, {}, { token: b.token })).status).toBe(200);
  });

  it("10 concurrent revokes with one key: one revocation, equal answers; the key refuses another token", async () => {
    const sb = await newSandbox();
    const [t1, t2] = [await roleToken(sb, "viewer"), await roleToken(sb, "viewer")];
    const key = idemKey();
    const responses = await concurrently(10, () => call(revokeTokenEndpoint, { workspace: sb.slug, tokenId: t1.id }, { token: sb.token, idempotencyKey: key }));
    expectOneEffectAnswers(responses, 200);
    expect(await auditRows(sb.id, "api_token.revoked")).toHaveLength(1);
    expectError(await call(revokeTokenEndpoint, { workspace: sb.slug, tokenId: t2.id }, { token: sb.token, idempotencyKey: key }), 422, "idempotency_key_reused");
    expect((await call(listWorkspacesEndpoint, {}, { token: t2.token })).status).toBe(200);
  });
});

describe("access", () => {
  const cases = (tokenId: string): Case[] => [
    { endpoint: listTokensEndpoint },
    { endpoint: createTokenEndpoint, json: { name: "X", role: "viewer" } },
    { endpoint: revokeTokenEndpoint, params: { tokenId } },
  ];

  it("401 without a token, with a bogus, a revoked or a non-bearer one; no token is made or revoked", async () => {
    const sb = await newSandbox();
    await expectUnauthenticated(cases(sb.tokenId), sb);
    expect(await countRows("api_tokens", sb.id)).toBe(2); // the sandbox's and the revoked one
    expect((await call(listWorkspacesEndpoint, {}, { token: sb.token })).status).toBe(200);
  });

  it("another workspace's slug answers exactly like a missing one; nothing changes there", async () => {
    const a = await newSandbox();
    const b = await newSandbox();
    await expectSlugHidden(cases(b.tokenId), a.token, b.slug);
    expect(await countRows("api_tokens", b.id)).toBe(1);
    expect((await call(listWorkspacesEndpoint, {}, { token: b.token })).status).toBe(200);
  });

  it("a token never reaches another workspace, whatever its role", async () => {
    const a = await newSandbox();
    const b = await newSandbox();
    const res = await call(createUserEndpoint, { workspace: b.slug }, { token: a.token, json: { name: "Intruder", email: "intruder@example.test" } });
    expectError(res, 404, "not_found");
    expect(await countRows("directory_users", b.id)).toBe(0);
  });
});
