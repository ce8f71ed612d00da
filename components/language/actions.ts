"use server";

import { cookies } from "next/headers";
import { setAccountLocale } from "@/lib/auth/accounts";
import { sessionActor } from "@/lib/auth/session";
import { isUiLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

const YEAR = 365 * 24 * 60 * 60;

/**
 * Chooses the console's language. Signed in, the account keeps it (every browser, and the
 * e-mails sent to it); the cookie keeps it for this browser, the sign-in page included.
 * "auto" clears both, so the browser's and then the workspace's language apply again.
 * Anything else a client posts is ignored: it names no language.
 */
export async function chooseLanguage(choice: unknown): Promise<{ ok: boolean }> {
  if (choice !== "auto" && !isUiLocale(choice)) return { ok: false };
  const locale = choice === "auto" ? null : choice;
  const actor = await sessionActor();
  if (actor?.kind === "person") await setAccountLocale(actor.accountId, locale);
  const jar = await cookies();
  if (locale) jar.set(LOCALE_COOKIE, locale, { path: "/", maxAge: YEAR, sameSite: "lax", httpOnly: true });
  else jar.delete(LOCALE_COOKIE);
  return { ok: true };
}
