import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type Logger } from "pino";

/**
 * Structured JSON logs (pino), one line per event, each with the request id of the request it
 * belongs to. Secrets never reach a line: fields that carry them are redacted by name, and
 * token-shaped text (API tokens, bearer values, passwords in URLs) is masked wherever it appears.
 */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

const SECRET_FIELDS = ["password", "passwordHash", "token", "secret", "totpSecret", "authorization", "cookie", "sandbox-secret", "apiKey", "key"];

const TOKEN_TEXT: [RegExp, string][] = [
  [/\blc_[A-Za-z0-9_-]{8,}/g, "lc_[redacted]"],
  [/\b(Bearer)\s+[^\s"',]+/gi, "$1 [redacted]"],
  [/(\/\/[^:/\s@]+:)[^@/\s]+@/g, "$1[redacted]@"],
];

/** Masks token-shaped text in a string; exported for the test that proves no line leaks one. */
export function scrub(text: string): string {
  return TOKEN_TEXT.reduce((t, [re, by]) => t.replace(re, by), text);
}

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrub(value);
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) return { type: value.name, message: scrub(value.message), stack: value.stack && scrub(value.stack), code: (value as { code?: unknown }).code };
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, SECRET_FIELDS.some((f) => f.toLowerCase() === k.toLowerCase()) ? "[redacted]" : scrubDeep(v, depth + 1)]),
  );
}

export function createLogger(destination?: pino.DestinationStream, level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info")): Logger {
  return pino(
    {
      level,
      base: { service: "license-console", pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => {
        const store = requestContext.getStore();
        return store ? { requestId: store.requestId } : {};
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => scrubDeep(a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

const g = globalThis as unknown as { __lcLog?: Logger };
export const log: Logger = (g.__lcLog ??= createLogger());
