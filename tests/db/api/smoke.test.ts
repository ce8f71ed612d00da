import { describe, expect, it } from "vitest";
import { route } from "@/lib/api/endpoint";
import { createSandboxEndpoint } from "@/lib/api/v1/workspaces";
import { listProductsEndpoint } from "@/lib/api/v1/products";
import { advanceClockEndpoint } from "@/lib/api/v1/clock";

const call = (e: Parameters<typeof route>[0], params: Record<string, string>, init: RequestInit & { token?: string } = {}) =>
  route(e)(
    new Request("http://test/api/v1/x", {
      ...init,
      headers: { "content-type": "application/json", ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.headers ?? {}) },
    }),
    { params: Promise.resolve(params) },
  );

describe("smoke", () => {
  it("sandbox → products → advance clock", async () => {
    const res = await call(createSandboxEndpoint, {}, { method: "POST", body: JSON.stringify({ template: "renewal-window-50-45" }) });
    const sb = await res.json();
    expect(res.status, JSON.stringify(sb)).toBe(201);
    const p = await call(listProductsEndpoint, { workspace: sb.workspace.slug }, { token: sb.token.token });
    const products = await p.json();
    expect(products.data[0].seats).toMatchObject({ used: 50, purchased: 50, renewed: 45 });
    const a = await call(advanceClockEndpoint, { workspace: sb.workspace.slug }, { method: "POST", token: sb.token.token, body: JSON.stringify({ days: 11 }) });
    expect(a.status).toBe(200);
  });
});
