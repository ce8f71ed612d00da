import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/operations";
import { v } from "./validation";

const schema = z.strictObject({
  name: z.string().trim().min(1).max(5),
  email: z.email(),
  id: z.uuid(),
  quantity: z.coerce.number().int().min(1).max(100_000),
  kind: z.enum(["add_licenses", "add_products"]),
  tags: z.array(z.string()).min(2),
  understood: z.literal(true, { error: v("confirm_reset") }),
});

function refusal(raw: unknown): AppError {
  try {
    parseInput(schema, raw);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("zod's issues by key (lib/i18n/validation)", () => {
  const bad = { name: "far too long", email: "nope", id: "42", quantity: "0", kind: "renewal", tags: ["a"], understood: false, colour: "red" };

  it("words each field's problem in English from the catalogue, never zod's own text", () => {
    const e = refusal(bad);
    expect([e.status, e.code, e.message]).toEqual([422, "validation_failed", "Some fields need attention."]);
    expect(e.fieldErrorsIn("en")).toEqual({
      name: ["At most 5 characters."],
      email: ["Enter a valid e-mail address."],
      id: ["Not a valid id."],
      quantity: ["At least 1."],
      kind: ["Choose one of: add_licenses, add_products."],
      tags: ["Give at least 2 items."],
      understood: ["Tick the box to confirm you understand what a reset request does."],
      colour: ["Unknown field."],
    });
  });

  it("names unknown fields called like an object's own members as fields (no 500 on a hostile body)", () => {
    const e = refusal({ ...bad, constructor: "x", toString: "y", ["__proto__"]: "z" });
    const fields = e.fieldErrorsIn("en") ?? {};
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(["constructor", "toString", "colour"]));
    expect(fields.constructor).toEqual(["Unknown field."]);
  });

  it("answers in Polish and German with the right plural and number forms", () => {
    const e = refusal({ ...bad, quantity: "250000", name: "" });
    expect(e.fieldErrorsIn("pl")).toMatchObject({
      name: ["Pole wymagane."],
      quantity: ["Najwyżej 100\u00a0000."],
      tags: ["Podaj co najmniej 2 pozycje."],
      colour: ["Nieznane pole."],
    });
    expect(e.fieldErrorsIn("de")).toMatchObject({
      name: ["Pflichtfeld."],
      email: ["Geben Sie eine gültige E-Mail-Adresse ein."],
      quantity: ["Höchstens 100.000."],
      understood: ["Setzen Sie das Häkchen, um zu bestätigen, dass Sie verstehen, was eine Anfrage zur Zurücksetzung bewirkt."],
    });
    expect(e.messageIn("pl")).toBe("Niektóre pola wymagają poprawy.");
  });

  it("calls a missing value required and a wrong one by its type", () => {
    const e = refusal({ email: 42, quantity: "many" });
    expect(e.fieldErrorsIn("en")).toMatchObject({ name: ["Required."], email: ["Enter text."], quantity: ["Enter a number."] });
    expect(refusal({ ...bad, quantity: "1.5" }).fieldErrorsIn("de")).toMatchObject({ quantity: ["Geben Sie eine ganze Zahl ein."] });
  });
});
