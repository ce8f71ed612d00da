import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { sessionActor } from "@/lib/auth/session";
import { consoleRequest } from "@/lib/workspaces/current";
import { chooseUiLocale, fromAcceptLanguage, LOCALE_COOKIE, uiLocaleOf, WORKSPACE_HEADER, type UiLocale } from "./locales";

/**
 * Who is asking and, on a workspace's page, which workspace: the page's own read of both
 * (consoleRequest, cached per request), so choosing the language costs no transaction of its own.
 */
async function asking(slug: string | null) {
  if (!slug) return { actor: await sessionActor(), workspace: null };
  const { actor, workspace } = await consoleRequest(slug);
  return { actor, workspace };
}

/**
 * The language of this request's pages: the account's choice, else the cookie of a choice made
 * signed out, else Accept-Language, else the workspace's locale (lib/i18n/locales), looked up only
 * in a workspace the actor may open. Dates, numbers and money do not follow it: pages format them
 * in the workspace's locale.
 */
export async function requestUiLocale(): Promise<UiLocale> {
  const [h, jar] = await Promise.all([headers(), cookies()]);
  const { actor, workspace } = await asking(h.get(WORKSPACE_HEADER));
  const account = actor?.locale ?? null;
  const cookie = jar.get(LOCALE_COOKIE)?.value ?? null;
  const acceptLanguage = h.get("accept-language");
  const decided = uiLocaleOf(account) ?? uiLocaleOf(cookie) ?? fromAcceptLanguage(acceptLanguage);
  return chooseUiLocale({ account, cookie, acceptLanguage, workspace: decided ? null : (workspace?.workspace.locale ?? null) });
}

/**
 * The language a server action answers in (its refusal, its field errors): the pages' rules from
 * what the action has read already (the account's choice, the workspace's locale), plus the cookie
 * and Accept-Language, so choosing it opens no transaction. Outside a request (scripts, tests)
 * there are no headers to read and only what is known counts.
 */
export async function actionUiLocale(known: { account?: string | null; workspace?: string | null } = {}): Promise<UiLocale> {
  let cookie: string | null = null;
  let acceptLanguage: string | null = null;
  try {
    const [h, jar] = await Promise.all([headers(), cookies()]);
    cookie = jar.get(LOCALE_COOKIE)?.value ?? null;
    acceptLanguage = h.get("accept-language");
  } catch {
    // No request scope: headers() and cookies() throw; the known sources decide.
  }
  return chooseUiLocale({ account: known.account, cookie, acceptLanguage, workspace: known.workspace });
}

export default getRequestConfig(async () => {
  const locale = await requestUiLocale();
  return { locale, messages: (await import(`../../messages/${locale}.json`)).default };
});
