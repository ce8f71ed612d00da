/**
 * The languages of the interface, and how one is chosen for a request. Pure functions: the
 * request config (request.ts) and the mailer call them with what they know.
 *
 * The UI language is independent of formats: dates, numbers and money follow the workspace's
 * locale and currency whatever language the page speaks.
 */
export const UI_LOCALES = ["en", "pl", "de"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_UI_LOCALE: UiLocale = "en";

/** The cookie that keeps a signed-out visitor's choice (signed-in accounts keep it on their row). */
export const LOCALE_COOKIE = "lc-locale";

/** Set by proxy.ts from a console URL (/w/<slug>/…) for the workspace fallback; never the client's. */
export const WORKSPACE_HEADER = "x-lc-workspace";

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === "string" && (UI_LOCALES as readonly string[]).includes(value);
}

/** "pl-PL", "de_AT", "EN" → the UI language they speak, or null. */
export function uiLocaleOf(tag: string | null | undefined): UiLocale | null {
  const language = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return isUiLocale(language) ? language : null;
}

/**
 * The first UI language of an Accept-Language header by quality (RFC 9110 §12.5.4), or null
 * when it names none of ours. "*" names none: it does not express a preference among ours.
 */
export function fromAcceptLanguage(header: string | null | undefined): UiLocale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag, quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = uiLocaleOf(tag);
    if (locale) return locale;
  }
  return null;
}

/**
 * The language of a page: the account's own preference, else a choice made before signing in
 * (the cookie), else the browser's Accept-Language, else the workspace's locale, else English.
 */
export function chooseUiLocale(sources: {
  account?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
  workspace?: string | null;
}): UiLocale {
  return (
    uiLocaleOf(sources.account) ??
    uiLocaleOf(sources.cookie) ??
    fromAcceptLanguage(sources.acceptLanguage) ??
    uiLocaleOf(sources.workspace) ??
    DEFAULT_UI_LOCALE
  );
}
