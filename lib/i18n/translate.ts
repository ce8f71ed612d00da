import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import pl from "@/messages/pl.json";
import de from "@/messages/de.json";
import type { UiLocale } from "./locales";

const CATALOGUES = { en, pl, de } satisfies Record<UiLocale, unknown>;

/**
 * A translator for text made outside a page's request: e-mails (in each recipient's language)
 * and API error messages (in the caller's Accept-Language). Keys are full paths ("mail.…").
 * Numbers, dates and money are passed in already formatted in the workspace's locale.
 */
export function translatorFor(locale: UiLocale) {
  return createTranslator({ locale, messages: CATALOGUES[locale] });
}

export type Translator = ReturnType<typeof translatorFor>;

/** A key of the catalogues ("mail.orderPaid.subject"): checked against en.json by the compiler. */
export type MessageKey = Parameters<Translator>[0];
