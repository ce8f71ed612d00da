import { describe, expect, it } from "vitest";
import { createConsoleClient } from "@/clients/typescript";
import { openPublisher } from "@/lib/access/publisher";
import { createPublisherToken } from "@/lib/api-tokens/publisher";
import { loadActor } from "@/lib/auth/accounts";
import { createAccount, createPublisher, createWorkspace, fillWorkspace, ownerSql } from "../factories";
import { idemKey, inProcessFetch, newSandbox } from "./helpers";

/**
 * The generated client (clients/typescript) against the real route handlers: its paths, parameters
 * and bodies are the OpenAPI document's, so a drift between the two fails to compile or here.
 */
const client = (token: string) => createConsoleClient("http://console.test", token, { fetch: inProcessFetch });

describe("typed client", () => {
  it("reads a workspace with typed paths and answers", async () => {
    const box = await newSandbox("hosts-two-publishers", "DE");
    const api = client(box.token);
    const { data, error, response } = await api.GET("/workspaces/{workspace}/hosts", { params: { path: { workspace: box.slug }, query: { limit: 2 } } });
    expect(error, JSON.stringify(error)).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data!.data.map((h) => h.name)).toEqual(["Edit-PC", "Studio-Mac (new)"]);
    expect(data!.nextCursor).toEqual(expect.any(String));
    // Errors come back typed too, in the documented shape.
    const missing = await api.GET("/workspaces/{workspace}/hosts/{hostId}", { params: { path: { workspace: box.slug, hostId: crypto.randomUUID() } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.error.code).toBe("not_found");
  });

  it("drives the publisher API with a publisher token", async () => {
    const publisher = await createPublisher();
    const ws = await createWorkspace();
    const filled = await fillWorkspace(ws.id, { publisherId: publisher.id });
    const staff = await createAccount({ publisherId: publisher.id });
    const { token } = await createPublisherToken(await openPublisher((await loadActor(staff.id))!, publisher.slug), { name: "Typed" });
    const [product] = await ownerSql()<{ sku: string }[]>`select sku from products where id = ${filled.product.id}`;
    const api = client(token);
    const path = { publisher: publisher.slug };

    const queue = await api.GET("/publishers/{publisher}/reset-requests", { params: { path, query: { view: "pending" } } });
    expect(queue.data!.data).toHaveLength(1);
    const itemId = queue.data!.data[0].id;
    const decided = await api.POST("/publishers/{publisher}/reset-request-items/{itemId}/decision", {
      params: { path: { ...path, itemId } },
      body: { decision: "approved", note: "Fine." },
    });
    expect(decided.data).toMatchObject({ itemId, decision: "approved", changed: true });

    const counts = await api.GET("/publishers/{publisher}/activations", { params: { path } });
    expect(counts.data!.data).toEqual([expect.objectContaining({ productSku: product.sku, state: "released", activations: 1 })]);

    const issued = await api.POST("/publishers/{publisher}/activation-codes", {
      params: { path, header: { "Idempotency-Key": idemKey() } },
      body: { sku: product.sku, quantity: 3 },
    });
    expect(issued.response.status).toBe(201);
    expect(issued.data!.code).toEqual(expect.any(String));
  });
});
