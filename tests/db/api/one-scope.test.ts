/**
 * One request, one transaction for who is calling and which workspace: the token, the account
 * and the path's workspace are read together, and the operation runs in the only other one.
 */
import { describe, expect, it, vi } from "vitest";
import { createTokenEndpoint } from "@/lib/api/v1/tokens";
import { listUsersEndpoint } from "@/lib/api/v1/users";
import { getWorkspaceEndpoint } from "@/lib/api/v1/workspaces";
import { call, newSandbox } from "./helpers";

const opened = vi.hoisted(() => ({ scopes: [] as string[] }));
vi.mock("@/db/scope", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/db/scope")>();
  return {
    ...real,
    withScope: (...args: Parameters<typeof real.withScope>) => {
      opened.scopes.push(args[0].kind);
      return real.withScope(...args);
    },
  };
});

/** The scopes (transactions) one call opened. */
async function scopesOf(run: () => Promise<{ status: number; text: string }>, status: number): Promise<string[]> {
  opened.scopes = [];
  const res = await run();
  expect(res.status, res.text).toBe(status);
  return opened.scopes;
}

describe("transactions per API request", () => {
  it("a read: one for caller and workspace, one for the read", async () => {
    const ws = await newSandbox();
    expect(await scopesOf(() => call(listUsersEndpoint, { workspace: ws.slug }, { token: ws.token }), 200)).toHaveLength(2);
    expect(await scopesOf(() => call(getWorkspaceEndpoint, { workspace: ws.slug }, { token: ws.token }), 200)).toHaveLength(1);
  });

  it("a guarded write: the guard's role check reuses the workspace it opened; one more for the operation", async () => {
    const ws = await newSandbox();
    const scopes = await scopesOf(() => call(createTokenEndpoint, { workspace: ws.slug }, { token: ws.token, json: { name: "ci", role: "viewer" } }), 201);
    expect(scopes).toHaveLength(2);
  });

  it("a foreign or unknown workspace: 404 after the one read", async () => {
    const ws = await newSandbox();
    const other = await newSandbox();
    const scopes = await scopesOf(() => call(listUsersEndpoint, { workspace: other.slug }, { token: ws.token }), 404);
    expect(scopes).toHaveLength(1);
  });
});
