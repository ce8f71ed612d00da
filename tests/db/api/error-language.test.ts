import { describe, expect, it } from "vitest";
import { createOrderEndpoint, getOrderEndpoint } from "@/lib/api/v1/orders";
import { call, newSandbox, randomId, STUDIO } from "./helpers";

describe("API error messages (issue 15)", () => {
  it("follow Accept-Language with the same code; English without one of ours", async () => {
    const sb = await newSandbox("empty", "PL");
    const missing = (language?: string) =>
      call(getOrderEndpoint, { workspace: sb.slug, orderId: randomId() }, { token: sb.token, headers: language ? { "accept-language": language } : {} });
    const answers = await Promise.all([missing(), missing("de-DE,de;q=0.9"), missing("pl"), missing("fr-FR")]);
    expect(answers.map((r) => [r.status, r.body.error.code, r.body.error.message])).toEqual([
      [404, "not_found", "No such order."],
      [404, "not_found", "Diese Bestellung gibt es nicht."],
      [404, "not_found", "Nie ma takiego zamówienia."],
      [404, "not_found", "No such order."],
    ]);

    // A refusal with values and per-field details: the message is translated, the details are not touched.
    const invalidQuantity = await call(
      createOrderEndpoint,
      { workspace: sb.slug },
      { token: sb.token, json: { productId: STUDIO, kind: "add_licenses", quantity: 0 }, headers: { "accept-language": "de" } },
    );
    expect(invalidQuantity.status).toBe(422);
    expect(invalidQuantity.body.error).toMatchObject({ code: "validation_failed", message: "Einige Felder müssen korrigiert werden.", details: { fieldErrors: expect.any(Object) } });

    const unauthenticated = await call(getOrderEndpoint, { workspace: sb.slug, orderId: randomId() }, { token: "nope", headers: { "accept-language": "pl" } });
    expect([unauthenticated.status, unauthenticated.body.error.code, unauthenticated.body.error.message]).toEqual([401, "invalid_token", "Token jest nieznany, unieważniony lub wygasł."]);
  });
});
