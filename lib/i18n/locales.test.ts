import { describe, expect, it } from "vitest";
import { chooseUiLocale, fromAcceptLanguage, uiLocaleOf } from "./locales";

describe("UI locale", () => {
  it("reads the language of a tag", () => {
    expect(uiLocaleOf("pl-PL")).toBe("pl");
    expect(uiLocaleOf("de_AT")).toBe("de");
    expect(uiLocaleOf("EN")).toBe("en");
    expect(uiLocaleOf("fr-FR")).toBeNull();
    expect(uiLocaleOf(null)).toBeNull();
  });

  it("takes the best-rated language of ours from Accept-Language", () => {
    expect(fromAcceptLanguage("fr-FR,fr;q=0.9,de;q=0.8,pl;q=0.7")).toBe("de");
    expect(fromAcceptLanguage("en;q=0.5, pl-PL")).toBe("pl");
    expect(fromAcceptLanguage("pl;q=0, de;q=0.1")).toBe("de");
    expect(fromAcceptLanguage("fr, *")).toBeNull();
    expect(fromAcceptLanguage("")).toBeNull();
  });

  it("prefers the account, then the cookie, then the browser, then the workspace", () => {
    expect(chooseUiLocale({ account: "de", cookie: "en", acceptLanguage: "pl", workspace: "pl-PL" })).toBe("de");
    expect(chooseUiLocale({ cookie: "en", acceptLanguage: "pl", workspace: "de-DE" })).toBe("en");
    expect(chooseUiLocale({ acceptLanguage: "pl-PL,pl;q=0.9", workspace: "de-DE" })).toBe("pl");
    expect(chooseUiLocale({ acceptLanguage: "fr-FR", workspace: "de-DE" })).toBe("de");
    expect(chooseUiLocale({ acceptLanguage: "fr-FR" })).toBe("en");
  });
});
