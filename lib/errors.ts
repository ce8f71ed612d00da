import { DEFAULT_UI_LOCALE, type UiLocale } from "@/lib/i18n/locales";
import { translatorFor, type MessageKey } from "@/lib/i18n/translate";

/** A message by catalogue key (`apiErrors.*`), rendered at the edge in the reader's language. */
export type LocalisedMessage = { key: Extract<MessageKey, `apiErrors.${string}`>; values?: Record<string, string | number> };

/**
 * Errors that cross the edge (server action, API route) with a status and a stable code.
 * Anything else is a bug and answers 500 without details. A message given by key is English in
 * `message` (logs, and wherever no reader's language is known) and `messageIn(locale)` elsewhere;
 * the catalogue is its only text. Messages still given as English strings are listed as debt in
 * docs/ARCHITECTURE.md.
 */
export class AppError extends Error {
  readonly localised?: LocalisedMessage;

  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503,
    readonly code: string,
    message: string | LocalisedMessage,
    readonly details?: unknown,
  ) {
    super(typeof message === "string" ? message : render(message, DEFAULT_UI_LOCALE));
    this.name = "AppError";
    if (typeof message !== "string") this.localised = message;
  }

  /** The message in `locale` when it has a key, else the English text it was raised with. */
  messageIn(locale: UiLocale): string {
    return this.localised ? render(this.localised, locale) : this.message;
  }
}

function render({ key, values }: LocalisedMessage, locale: UiLocale): string {
  return translatorFor(locale)(key, values);
}

/** What a 404 names, as callers say it → the catalogue's select key of `apiErrors.not_found`. */
const NOT_FOUND_SUBJECT = {
  resource: "resource",
  "activation service": "activation_service",
  device: "device",
  host: "host",
  invitation: "invitation",
  license: "license",
  operation: "operation",
  order: "order",
  "product in this workspace": "product_in_workspace",
  product: "product",
  publisher: "publisher",
  reseller: "reseller",
  "reset request": "reset_request",
  sandbox: "sandbox",
  token: "token",
  user: "user",
  workspace: "workspace",
} as const;
export type NotFoundSubject = keyof typeof NOT_FOUND_SUBJECT;

export const notFound = (what: NotFoundSubject = "resource") =>
  new AppError(404, "not_found", { key: "apiErrors.not_found", values: { what: NOT_FOUND_SUBJECT[what] } });
export const forbidden = (message?: string) => new AppError(403, "forbidden", message ?? { key: "apiErrors.forbidden" });
export const unauthenticated = () => new AppError(401, "unauthenticated", { key: "apiErrors.unauthenticated" });
export const conflict = (message: string | LocalisedMessage, details?: unknown) => new AppError(409, "conflict", message, details);
export const invalid = (message: string | LocalisedMessage, details?: unknown) => new AppError(422, "validation_failed", message, details);
export const tooMany = (message: string | LocalisedMessage, retryAfterSeconds: number) =>
  new AppError(429, "rate_limited", message, { retryAfterSeconds });

/**
 * The database did not answer in time (no free connection, a statement or an idle transaction
 * ran past its limit): nothing was changed, the request may be retried.
 */
export const unavailable = (retryAfterSeconds = 5) =>
  new AppError(503, "service_unavailable", { key: "apiErrors.service_unavailable" }, { retryAfterSeconds });

/** Deeper input than any of our schemas reads is refused before anything walks it. */
export const MAX_INPUT_DEPTH = 64;
export const tooDeep = () => new AppError(400, "too_deeply_nested", { key: "apiErrors.too_deeply_nested", values: { depth: MAX_INPUT_DEPTH } });
