import { describe, expect, it } from "vitest";
import { createOrderEndpoint, getOrderEndpoint } from "@/lib/api/v1/orders";
import { createUserEndpoint } from "@/lib/api/v1/users";
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
    expect(invalidQuantity.body.error).toEqual({
      code: "validation_failed",
      message: "Einige Felder müssen korrigiert werden.",
      details: { fieldErrors: { quantity: ["Mindestens 1."] }, formErrors: [] },
    });

    const unauthenticated = await call(getOrderEndpoint, { workspace: sb.slug, orderId: randomId() }, { token: "nope", headers: { "accept-language": "pl" } });
    expect([unauthenticated.status, unauthenticated.body.error.code, unauthenticated.body.error.message]).toEqual([401, "invalid_token", "Token jest nieznany, unieważniony lub wygasł."]);
  });

  it("word a domain refusal, its values and its field errors in pl and de; zod's field errors too", async () => {
    const sb = await newSandbox("empty", "DE");
    const as = (language: string, json: unknown) => call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, json, headers: { "accept-language": language } });
    expect((await as("en", { name: "Ada", email: "ada@example.test" })).status).toBe(201);

    const [pl, de, en] = await Promise.all(["pl-PL", "de", "fr, en;q=0.5"].map((l) => as(l, { name: "Ada", email: "ada@example.test" })));
    expect([pl.status, de.status, en.status]).toEqual([409, 409, 409]);
    expect(pl.body.error).toEqual({
      code: "conflict",
      message: "Użytkownik z adresem e-mail ada@example.test już istnieje w tym obszarze roboczym.",
      details: { fieldErrors: { email: ["Już jest w tym obszarze roboczym."] } },
    });
    expect(de.body.error.message).toBe("Ein Benutzer mit der E-Mail-Adresse ada@example.test existiert in diesem Arbeitsbereich bereits.");
    expect(de.body.error.details).toEqual({ fieldErrors: { email: ["Bereits in diesem Arbeitsbereich."] } });
    expect(en.body.error.message).toBe("A user with the e-mail ada@example.test already exists in this workspace.");

    const invalid = await as("pl", { name: "", email: "not an address" });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.details.fieldErrors).toEqual({ name: ["Pole wymagane."], email: ["Wpisz prawidłowy adres e-mail."] });
  });

  it("word the Idempotency-Key header's refusals in the caller's language", async () => {
    const sb = await newSandbox();
    const post = (key: string, json: unknown, language: string) =>
      call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, json, headers: { "idempotency-key": key, "accept-language": language } });
    const short = await post("abc", { name: "A", email: "a@example.test" }, "de");
    expect([short.status, short.body.error]).toEqual([
      422,
      {
        code: "validation_failed",
        message: "Der Idempotency-Key-Header ist fehlerhaft.",
        details: { fieldErrors: { "Idempotency-Key": ["8 bis 255 druckbare ASCII-Zeichen ohne Leerzeichen."] } },
      },
    ]);
    expect((await post("key-0000-0001", { name: "A", email: "a@example.test" }, "pl")).status).toBe(201);
    const reused = await post("key-0000-0001", { name: "B", email: "b@example.test" }, "pl");
    expect([reused.status, reused.body.error.code, reused.body.error.message]).toEqual([422, "idempotency_key_reused", "Ten klucz Idempotency-Key został użyty z innym żądaniem."]);
  });
});
