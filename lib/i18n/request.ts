import { getRequestConfig } from "next-intl/server";

/**
 * The interface speaks English for now; Polish and German follow by adding catalogues to
 * messages/ and choosing the locale here (the workspace's or the account's), no component changes.
 */
export const UI_LOCALE = "en";

export default getRequestConfig(async () => ({
  locale: UI_LOCALE,
  messages: (await import(`../../messages/${UI_LOCALE}.json`)).default,
}));
