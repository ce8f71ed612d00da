import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { openWorkspace } from "@/lib/access/workspace";
import { sessionActor } from "@/lib/auth/session";
import { chooseUiLocale, fromAcceptLanguage, LOCALE_COOKIE, uiLocaleOf, WORKSPACE_HEADER, type UiLocale } from "./locales";

/**
 * The workspace's locale speaks last: looked up only when neither the account, nor a cookie,
 * nor the browser names one of our languages, and only in a workspace the actor may open.
 */
async function workspaceLocale(slug: string | null, actor: Awaited<ReturnType<typeof sessionActor>>): Promise<string | null> {
  if (!slug || !actor) return null;
  try {
    return (await openWorkspace(actor, slug)).workspace.locale;
  } catch {
    return null;
  }
}

/**
 * The language of this request's pages: the account's choice, else the cookie of a choice made
 * signed out, else Accept-Language, else the workspace's locale (lib/i18n/locales). Dates,
 * numbers and money do not follow it: pages format them in the workspace's locale.
 */
export async function requestUiLocale(): Promise<UiLocale> {
  const [h, jar, actor] = await Promise.all([headers(), cookies(), sessionActor()]);
  const account = actor?.locale ?? null;
  const cookie = jar.get(LOCALE_COOKIE)?.value ?? null;
  const acceptLanguage = h.get("accept-language");
  const decided = uiLocaleOf(account) ?? uiLocaleOf(cookie) ?? fromAcceptLanguage(acceptLanguage);
  const workspace = decided ? null : await workspaceLocale(h.get(WORKSPACE_HEADER), actor);
  return chooseUiLocale({ account, cookie, acceptLanguage, workspace });
}

export default getRequestConfig(async () => {
  const locale = await requestUiLocale();
  return { locale, messages: (await import(`../../messages/${locale}.json`)).default };
});
