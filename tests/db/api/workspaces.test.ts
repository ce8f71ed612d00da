/** GET /workspaces and GET /workspaces/{workspace}. */
import { describe, expect, it } from "vitest";
import { getWorkspaceEndpoint, listWorkspacesEndpoint } from "@/lib/api/v1/workspaces";
import { ownerSql } from "../factories";
import {
  answer,
  call,
  expectError,
  expectSlugHidden,
  expectUnauthenticated,
  issueTestToken,
  newSandbox,
  plainWorkspace,
  roleToken,
  type Case,
} from "./helpers";

describe("GET /workspaces", () => {
  it("a token lists exactly its own workspace, with the token's role", async () => {
    const sb = await newSandbox("empty", "DE");
    const viewer = await roleToken(sb, "viewer");

    const res = await call(listWorkspacesEndpoint, {}, { token: sb.token });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.body).toEqual({
      data: [
        {
          id: sb.id,
          slug: sb.slug,
          name: sb.body.workspace.name,
          country: "DE",
          currency: "EUR",
          locale: expect.any(String),
          timeZone: "Europe/Berlin",
          isSandbox: true,
          role: "supervisor",
        },
      ],
      nextCursor: null,
    });

    const asViewer = await call(listWorkspacesEndpoint, {}, { token: viewer.token });
    expect(asViewer.body.data).toEqual([expect.objectContaining({ id: sb.id, role: "viewer" })]);
  });

  it("a real workspace's token sees it as not a sandbox, and no other workspace", async () => {
    const ws = await plainWorkspace("PL");
    await newSandbox("empty");
    const res = await call(listWorkspacesEndpoint, {}, { token: ws.token });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      { id: ws.id, slug: ws.slug, name: ws.name, country: "PL", currency: "PLN", locale: "pl-PL", timeZone: "Europe/Warsaw", isSandbox: false, role: "supervisor" },
    ]);
  });
});

describe("GET /workspaces/{workspace}", () => {
  it("answers the workspace and the caller's role", async () => {
    const sb = await newSandbox("empty", "PL");
    const admin = await roleToken(sb, "admin");
    const res = await call(getWorkspaceEndpoint, { workspace: sb.slug }, { token: admin.token });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      id: sb.id,
      slug: sb.slug,
      name: sb.body.workspace.name,
      country: "PL",
      currency: "PLN",
      locale: "pl-PL",
      timeZone: "Europe/Warsaw",
      isSandbox: true,
      role: "admin",
    });
  });

  it("another workspace's slug answers exactly like a missing one; a malformed slug is 404", async () => {
    const a = await newSandbox("empty");
    const b = await plainWorkspace();
    await expectSlugHidden([{ endpoint: getWorkspaceEndpoint }], a.token, b.slug);
    // The other direction, and a workspace B's token cannot be turned into A's by the path.
    await expectSlugHidden([{ endpoint: getWorkspaceEndpoint }], b.token, a.slug);

    for (const slug of ["Not-A-Slug", "a b", "x".repeat(101), "../x", "%00"]) {
      const res = await call(getWorkspaceEndpoint, { workspace: slug }, { token: a.token });
      expectError(res, 404, "not_found");
    }
  });

  it("a token of a disabled account, an expired token and a deleted membership all answer 401", async () => {
    const ws = await plainWorkspace();
    const expired = await issueTestToken(ws.id, "viewer", new Date(Date.now() + 60_000));
    const ok = await call(getWorkspaceEndpoint, { workspace: ws.slug }, { token: expired.token });
    expect(ok.status).toBe(200);
    await ownerSql()`update api_tokens set expires_at = now() - interval '1 second' where id = ${expired.id}`;
    expectError(await call(getWorkspaceEndpoint, { workspace: ws.slug }, { token: expired.token }), 401, "invalid_token");

    const disabled = await issueTestToken(ws.id, "admin");
    await ownerSql()`update accounts set disabled_at = now() where id = (select account_id from api_tokens where id = ${disabled.id})`;
    expectError(await call(listWorkspacesEndpoint, {}, { token: disabled.token }), 401, "invalid_token");

    // A token whose membership was removed opens nothing: 404 like any workspace not its own.
    const orphan = await issueTestToken(ws.id, "viewer");
    await ownerSql()`delete from memberships where account_id = (select account_id from api_tokens where id = ${orphan.id})`;
    const gone = await call(getWorkspaceEndpoint, { workspace: ws.slug }, { token: orphan.token });
    const missing = await call(getWorkspaceEndpoint, { workspace: "no-such-workspace-at-all" }, { token: orphan.token });
    expect(answer(gone)).toEqual(answer(missing));
    expect((await call(listWorkspacesEndpoint, {}, { token: orphan.token })).body).toEqual({ data: [], nextCursor: null });
  });
});

describe("authentication", () => {
  it("401 without a token, with a bogus, a revoked or a non-bearer one", async () => {
    const sb = await newSandbox("empty");
    const cases: Case[] = [{ endpoint: listWorkspacesEndpoint }, { endpoint: getWorkspaceEndpoint }];
    await expectUnauthenticated(cases, sb);
  });
});
