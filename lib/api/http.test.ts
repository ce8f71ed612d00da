import { describe, expect, it } from "vitest";
import { AppError, fieldError, notFound, tooMany } from "@/lib/errors";
import { apiLocale, errorResponse, jsonDepth, readJsonBody } from "./http";

function post(body: string, type = "application/json") {
  return new Request("http://console.test/api/v1/x", { method: "POST", headers: { "content-type": type }, body });
}

async function failure(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return { status: (e as AppError).status, code: (e as AppError).code };
}

describe("reading a JSON body", () => {
  it("answers 400 to JSON nested thousands deep, before anything walks it", async () => {
    const deep = "[".repeat(7000) + "]".repeat(7000);
    expect(await failure(readJsonBody(post(deep)))).toEqual({ status: 400, code: "too_deeply_nested" });
    const deepObject = '{"a":'.repeat(7000) + "1" + "}".repeat(7000);
    expect(await failure(readJsonBody(post(deepObject)))).toEqual({ status: 400, code: "too_deeply_nested" });
  });

  it("reads 64 levels, and brackets inside strings do not count", async () => {
    expect(await readJsonBody(post("[".repeat(64) + "]".repeat(64)))).toBeInstanceOf(Array);
    expect(await readJsonBody(post(JSON.stringify({ name: "[[[[\\\"{{{{".repeat(100) })))).toEqual({ name: "[[[[\\\"{{{{".repeat(100) });
    expect(jsonDepth('{"a":["]",{"b":"\\"["}]}')).toBe(3);
  });

  it("answers 413 past 1 MB and 400 to a body that is not JSON", async () => {
    expect(await failure(readJsonBody(post(`"${"x".repeat(1024 * 1024)}"`)))).toEqual({ status: 413, code: "payload_too_large" });
    expect(await failure(readJsonBody(post("email=a", "application/x-www-form-urlencoded")))).toMatchObject({ status: 400 });
  });
});

describe("an error's message in the caller's language", () => {
  const withLanguage = (value?: string) => ({ headers: new Headers(value ? { "accept-language": value } : {}) });

  it("follows Accept-Language by quality, and is English without one of ours", () => {
    expect(apiLocale(withLanguage("de-AT,de;q=0.9,en;q=0.5"))).toBe("de");
    expect(apiLocale(withLanguage("fr-FR, pl;q=0.8"))).toBe("pl");
    expect(apiLocale(withLanguage("fr-FR"))).toBe("en");
    expect(apiLocale(withLanguage())).toBe("en");
  });

  it("renders a keyed message in that language with its values, keeping the code, status and details", async () => {
    const error = notFound("license");
    expect(error.message).toBe("No such license.");
    const answers = await Promise.all(
      (["en", "pl", "de"] as const).map(async (locale) => {
        const res = errorResponse(error, locale);
        return [res.status, await res.json()];
      }),
    );
    expect(answers).toEqual([
      [404, { error: { code: "not_found", message: "No such license." } }],
      [404, { error: { code: "not_found", message: "Nie ma takiej licencji." } }],
      [404, { error: { code: "not_found", message: "Diese Lizenz gibt es nicht." } }],
    ]);
    const limited = errorResponse(tooMany({ key: "apiErrors.too_many_attempts", values: { minutes: 5 } }, 300), "pl");
    expect(limited.headers.get("retry-after")).toBe("300");
    expect(await limited.json()).toEqual({
      error: { code: "rate_limited", message: "Zbyt wiele nieudanych prób. Spróbuj ponownie za 5 minut.", details: { retryAfterSeconds: 300 } },
    });
  });

  it("renders field errors given by key in the caller's language, next to the other details as given", async () => {
    const error = new AppError(409, "conflict", { key: "apiErrors.user_email_taken", values: { email: "a@b.pl" } }, {
      ...fieldError("email", { key: "apiErrors.user_email_taken_field" }),
      userId: "u1",
    });
    expect(await errorResponse(error, "pl").json()).toEqual({
      error: {
        code: "conflict",
        message: "Użytkownik z adresem e-mail a@b.pl już istnieje w tym obszarze roboczym.",
        details: { userId: "u1", fieldErrors: { email: ["Już jest w tym obszarze roboczym."] } },
      },
    });
    expect(error.details).toEqual({ userId: "u1", fieldErrors: { email: ["Already in this workspace."] } });
  });

  it("words the 500 in the caller's language without saying what failed", async () => {
    const res = errorResponse(new Error("connection reset: secret details"), "de");
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: "internal", message: "Bei uns ist etwas schiefgelaufen; es wurde nichts geändert." } });
  });
});
