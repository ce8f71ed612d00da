/** Every API answer names its request id, the one on the server's log lines for it. */
import { describe, expect, it } from "vitest";
import { listWorkspacesEndpoint } from "@/lib/api/v1/workspaces";
import { call } from "./helpers";

describe("x-request-id", () => {
  it("is on every answer, errors included, and differs per request", async () => {
    const [a, b] = await Promise.all([call(listWorkspacesEndpoint), call(listWorkspacesEndpoint, {}, { token: "lc_not-a-token" })]);
    expect([a.status, b.status]).toEqual([401, 401]);
    expect(a.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.headers.get("x-request-id")).not.toBe(a.headers.get("x-request-id"));
  });

  it("takes the load balancer's id when it sends a sane one, and replaces one that is not", async () => {
    const given = await call(listWorkspacesEndpoint, {}, { headers: { "x-request-id": "lb-2026-12-02-abcdef" } });
    expect(given.headers.get("x-request-id")).toBe("lb-2026-12-02-abcdef");
    const odd = await call(listWorkspacesEndpoint, {}, { headers: { "x-request-id": "a b\"<script>" } });
    expect(odd.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
