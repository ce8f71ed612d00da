import { log } from "@/lib/deployment/log";
import { AppError, MAX_INPUT_DEPTH, tooDeep } from "@/lib/errors";
import { DEFAULT_UI_LOCALE, fromAcceptLanguage, type UiLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";

/**
 * The one error shape of the API: {"error": {"code", "message", "details"}}. The request id of
 * the server's log lines travels in the x-request-id header of every answer, not in the body, so
 * a refused request for another workspace stays byte-for-byte the answer for a missing one.
 */
export function errorBody(code: string, message: string, details?: unknown) {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  if (status === 204) return new Response(null, { status, headers });
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

/**
 * The language of an API answer's message: the request's Accept-Language, else English. Not the
 * account's choice: a script's token has none, and one call should not read the database to word
 * an error. The machine `code` never changes with it.
 */
export function apiLocale(req: Pick<Request, "headers">): UiLocale {
  return fromAcceptLanguage(req.headers.get("accept-language")) ?? DEFAULT_UI_LOCALE;
}

export function errorResponse(e: unknown, locale: UiLocale, headers: Record<string, string> = {}): Response {
  if (e instanceof AppError) {
    const retry = (e.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    return json(e.status, errorBody(e.code, e.messageIn(locale), e.detailsIn(locale)), retry ? { ...headers, "retry-after": String(retry) } : headers);
  }
  log.error({ err: e }, "API request failed");
  return json(500, errorBody("internal", translatorFor(locale)("apiErrors.internal")), headers);
}

export const MAX_BODY_BYTES = 1024 * 1024;

const tooLarge = (limit: number) => new AppError(413, "payload_too_large", { key: "apiErrors.payload_too_large", values: { limit } });

/** Reads a JSON body with a size limit; an empty body reads as {}. */
export async function readJsonBody(req: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const reader = req.body?.getReader();
  if (!reader) return {};
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (!text) return {};
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError(400, "unsupported_media_type", { key: "apiErrors.unsupported_media_type" });
  }
  if (jsonDepth(text) > MAX_INPUT_DEPTH) throw tooDeep();
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(400, "malformed_json", { key: "apiErrors.malformed_json" });
  }
}

/** How deeply a JSON text nests, read in one pass without parsing it (brackets inside strings do not count). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}
