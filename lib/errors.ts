import { DEFAULT_UI_LOCALE, type UiLocale } from "@/lib/i18n/locales";
import { translatorFor, type MessageKey } from "@/lib/i18n/translate";

/**
 * A message by catalogue key (`apiErrors.*` for refusals, `validation.*` for a field's problem),
 * rendered at the edge in the reader's language. Values are arguments of the ICU message: dates
 * and money arrive already formatted in the workspace's locale, as everywhere else.
 */
export type LocalisedMessage = {
  key: Extract<MessageKey, `apiErrors.${string}` | `validation.${string}`>;
  values?: Record<string, string | number>;
};

/** Per-field and whole-form problems, by key: what a form shows beside its fields, and the API's `details`. */
export type FieldMessages = Record<string, LocalisedMessage[] | undefined>;
export type ErrorDetails = { fieldErrors?: FieldMessages; formErrors?: LocalisedMessage[]; [more: string]: unknown };

type Status = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503;

/**
 * Errors that cross the edge (server action, API route) with a status and a stable code.
 * Anything else is a bug and answers 500 without details. The message is a catalogue key, never
 * English text: the edge renders it in its reader's language (`messageIn`, `detailsIn`); the
 * English rendering is `message` and `details`, for logs and tests.
 */
const REFUSALS: ReadonlySet<number> = new Set([401, 403, 404]);

export class AppError extends Error {
  constructor(
    readonly status: Status,
    readonly code: string,
    readonly localised: LocalisedMessage,
    private readonly detailsByKey?: ErrorDetails,
  ) {
    super(render(localised, DEFAULT_UI_LOCALE));
    this.name = "AppError";
    // A refusal (not signed in, not allowed, not found) is a normal answer, not a fault: wherever
    // it is logged (Next's render errors, a pino `err`), it is one line, not a stack trace.
    if (REFUSALS.has(status)) this.stack = `AppError ${status} ${code}: ${this.message}`;
  }

  messageIn(locale: UiLocale): string {
    return render(this.localised, locale);
  }

  /** The details with their field and form messages rendered in `locale`; anything else as given. */
  detailsIn(locale: UiLocale): Record<string, unknown> | undefined {
    if (!this.detailsByKey) return undefined;
    const { fieldErrors, formErrors, ...rest } = this.detailsByKey;
    return {
      ...rest,
      ...(fieldErrors ? { fieldErrors: renderFields(fieldErrors, locale) } : {}),
      ...(formErrors ? { formErrors: formErrors.map((m) => render(m, locale)) } : {}),
    };
  }

  /** The details in English. */
  get details(): Record<string, unknown> | undefined {
    return this.detailsIn(DEFAULT_UI_LOCALE);
  }

  /** The details' per-field messages in `locale` (what a form shows beside its fields). */
  fieldErrorsIn(locale: UiLocale): Record<string, string[] | undefined> | undefined {
    const fields = this.detailsByKey?.fieldErrors;
    return fields && renderFields(fields, locale);
  }
}

function render({ key, values }: LocalisedMessage, locale: UiLocale): string {
  return translatorFor(locale)(key, values);
}

function renderFields(fields: FieldMessages, locale: UiLocale): Record<string, string[] | undefined> {
  return Object.fromEntries(Object.entries(fields).map(([field, messages]) => [field, messages?.map((m) => render(m, locale))]));
}

/** What a 404 names, as callers say it → the catalogue's select key of `apiErrors.not_found`. */
const NOT_FOUND_SUBJECT = {
  resource: "resource",
  "activation service": "activation_service",
  device: "device",
  endpoint: "endpoint",
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
export const forbidden = (message: LocalisedMessage = { key: "apiErrors.forbidden" }) => new AppError(403, "forbidden", message);
export const unauthenticated = () => new AppError(401, "unauthenticated", { key: "apiErrors.unauthenticated" });
export const conflict = (message: LocalisedMessage, details?: ErrorDetails) => new AppError(409, "conflict", message, details);
export const invalid = (message: LocalisedMessage, details?: ErrorDetails) => new AppError(422, "validation_failed", message, details);
export const tooMany = (message: LocalisedMessage, retryAfterSeconds: number) => new AppError(429, "rate_limited", message, { retryAfterSeconds });
/** A malformed call of a server action (they are public endpoints): not what any form sends. */
export const badRequest = () => new AppError(400, "bad_request", { key: "apiErrors.bad_request" });

/** One field's problem, by key, as the only field error of a 422 (or of another refusal's details). */
export const fieldError = (field: string, message: LocalisedMessage): { fieldErrors: FieldMessages } => ({ fieldErrors: { [field]: [message] } });

/**
 * The database did not answer in time (no free connection, a statement or an idle transaction
 * ran past its limit): nothing was changed, the request may be retried.
 */
export const unavailable = (retryAfterSeconds = 5) =>
  new AppError(503, "service_unavailable", { key: "apiErrors.service_unavailable" }, { retryAfterSeconds });

/** Deeper input than any of our schemas reads is refused before anything walks it. */
export const MAX_INPUT_DEPTH = 64;
export const tooDeep = () => new AppError(400, "too_deeply_nested", { key: "apiErrors.too_deeply_nested", values: { depth: MAX_INPUT_DEPTH } });
