import { describe, expect, it } from "vitest";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { buildOpenApi } from "../openapi";
import { ENDPOINTS } from "./index";

describe("the OpenAPI document's webhooks section", () => {
  const doc = buildOpenApi(ENDPOINTS, "https://console.test/api/v1") as unknown as {
    openapi: string;
    webhooks: Record<string, { post: { parameters: { name: string }[]; requestBody: { content: { "application/json": { schema: { properties: Record<string, { const?: unknown }>; required: string[] } } } } } }>;
    paths: Record<string, unknown>;
  };

  it("describes every event type with the versioned envelope and the signature headers (OpenAPI 3.1)", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.webhooks).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    const renewed = doc.webhooks["license.renewed"].post;
    expect(renewed.parameters.map((p) => p.name)).toEqual(["Webhook-Id", "Webhook-Timestamp", "Webhook-Signature"]);
    const schema = renewed.requestBody.content["application/json"].schema;
    expect(schema.required).toEqual(["id", "type", "version", "created_at", "workspace", "data"]);
    expect(schema.properties.type.const).toBe("license.renewed");
    expect(schema.properties.version.const).toBe(1);
  });

  it("lists the endpoints' management paths", () => {
    expect(Object.keys(doc.paths).filter((p) => p.includes("webhook-endpoints"))).toEqual([
      "/workspaces/{workspace}/webhook-endpoints",
      "/workspaces/{workspace}/webhook-endpoints/{endpointId}",
      "/workspaces/{workspace}/webhook-endpoints/{endpointId}/deliveries",
      "/workspaces/{workspace}/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/resend",
      "/workspaces/{workspace}/webhook-endpoints/{endpointId}/test",
    ]);
  });
});
