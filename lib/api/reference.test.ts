import { describe, expect, it } from "vitest";
import { buildOpenApi } from "./openapi";
import { buildReference, constraintsOf, schemaRows, typeOf } from "./reference";
import { ENDPOINTS } from "./v1";

describe("typeOf", () => {
  it("names refs, lists, nullables and formats", () => {
    expect(typeOf({ $ref: "#/components/schemas/Order" })).toEqual({ label: "Order", ref: "Order" });
    expect(typeOf({ type: "array", items: { $ref: "#/components/schemas/DirectoryUser" } })).toEqual({ label: "DirectoryUser[]", ref: "DirectoryUser" });
    expect(typeOf({ type: ["string", "null"] })).toEqual({ label: "string | null" });
    expect(typeOf({ anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] })).toEqual({ label: "string (date-time) | null" });
    expect(typeOf({})).toEqual({ label: "any" });
  });
});

describe("constraintsOf", () => {
  it("lists enum, bounds, default; hides a pattern behind a format", () => {
    expect(constraintsOf({ type: "integer", minimum: 1, maximum: 100000, default: 50 })).toEqual(["≥ 1", "≤ 100,000", "default 50"]);
    expect(constraintsOf({ type: "string", enum: ["a", "b"] })).toEqual(['one of "a", "b"']);
    expect(constraintsOf({ type: "string", format: "uuid", pattern: "^x$" })).toEqual([]);
    expect(constraintsOf({ type: "string", pattern: "^[a-z]+$" })).toEqual(["pattern ^[a-z]+$"]);
  });
});

describe("schemaRows", () => {
  it("flattens nested objects and lists of objects beneath their field", () => {
    const rows = schemaRows({
      type: "object",
      required: ["users"],
      properties: {
        users: { type: "array", minItems: 1, items: { type: "object", required: ["name"], properties: { name: { type: "string" }, email: { type: "string" } } } },
      },
    });
    expect(rows.map((r) => [r.path, r.depth, r.type, r.required])).toEqual([
      ["users", 0, "object[]", true],
      ["users[].name", 1, "string", true],
      ["users[].email", 1, "string", false],
    ]);
  });
});

describe("buildReference of the real document", () => {
  const ref = buildReference(buildOpenApi(ENDPOINTS, "https://console.test/api/v1") as unknown as Record<string, unknown>);
  const ops = ref.groups.flatMap((g) => g.operations);

  it("has every endpoint once, grouped by its tag", () => {
    expect(ops.map((o) => o.id).sort()).toEqual(ENDPOINTS.map((e) => e.operationId).sort());
    for (const e of ENDPOINTS) expect(ops.find((o) => o.id === e.operationId)).toMatchObject({ method: e.method, path: e.path, tag: e.tag });
    expect(ref.baseUrl).toBe("https://console.test/api/v1");
  });

  it("marks idempotent, paginated and unauthenticated operations", () => {
    const byId = Object.fromEntries(ops.map((o) => [o.id, o]));
    expect(byId.createOrder.idempotent).toBe(true);
    expect(byId.listDirectoryUsers.paginated).toBe(true);
    expect(byId.listDirectoryUsers.idempotent).toBe(false);
    expect(byId.createSandbox.authenticated).toBe(false);
    expect(byId.listWorkspaces.authenticated).toBe(true);
  });

  it("describes bodies, parameters and error responses", () => {
    const create = ops.find((o) => o.id === "createOrder")!;
    expect(create.body?.rows.map((r) => r.name)).toEqual(["productId", "kind", "quantity", "purchaseOrder"]);
    expect(create.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(["path:workspace"]);
    expect(create.responses.map((r) => r.status)).toEqual(expect.arrayContaining(["201", "401", "403", "404", "422"]));
    expect(create.responses.find((r) => r.status === "404")?.ref).toBe("Error");
    expect(ref.schemas.map((s) => s.name)).toEqual(expect.arrayContaining(["Error", "Order", "ApiToken"]));
  });
});
