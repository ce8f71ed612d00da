/** Cursors are opaque: only one this API issued is accepted; anything else is a 422, never a 500. */
import { describe, expect, it } from "vitest";
import { createOrderEndpoint, listOrdersEndpoint } from "@/lib/api/v1/orders";
import { listAssignmentsEndpoint } from "@/lib/api/v1/products";
import { call, expectFieldError, newSandbox, randomId, STUDIO } from "./helpers";

const forged = (key: unknown) => Buffer.from(JSON.stringify(key)).toString("base64url");

describe("forged and tampered cursors", () => {
  it("422 for well-formed cursors carrying moments PostgreSQL cannot hold or this API never issued", async () => {
    const sb = await newSandbox("outside-window");
    const ws = { workspace: sb.slug };
    for (const moment of ["0000-01-01T00:00:00Z", "2026-01-01T00:00:00-23:59", "9999-12-31T23:59:59+23:59", "2026-01-01T00:00:00Z"]) {
      expectFieldError(await call(listOrdersEndpoint, ws, { token: sb.token, query: { cursor: forged([moment, randomId()]) } }), "cursor");
      expectFieldError(
        await call(listAssignmentsEndpoint, { ...ws, productId: STUDIO }, { token: sb.token, query: { cursor: forged([moment, randomId()]) } }),
        "cursor",
      );
    }
  });

  it("a cursor the API issued pages on; the same cursor altered by one character is refused", async () => {
    const sb = await newSandbox("outside-window");
    const ws = { workspace: sb.slug };
    for (let q = 1; q <= 2; q++) {
      const order = await call(createOrderEndpoint, ws, { token: sb.token, json: { productId: STUDIO, kind: "add_licenses", quantity: q } });
      expect(order.status, order.text).toBe(201);
    }
    const first = await call(listOrdersEndpoint, ws, { token: sb.token, query: { limit: 1 } });
    const cursor: string = first.body.nextCursor;
    expect(typeof cursor).toBe("string");
    const next = await call(listOrdersEndpoint, ws, { token: sb.token, query: { limit: 1, cursor } });
    expect(next.status, next.text).toBe(200);
    expect(next.body.data[0].id).not.toBe(first.body.data[0].id);

    const flipped = cursor.slice(0, 5) + (cursor[5] === "A" ? "B" : "A") + cursor.slice(6);
    expectFieldError(await call(listOrdersEndpoint, ws, { token: sb.token, query: { limit: 1, cursor: flipped } }), "cursor");
  });
});
