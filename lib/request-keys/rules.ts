/**
 * Rules of request keys and activation keys (seed 001), as plain functions: no I/O, safe to run
 * in the browser (the Add dialog checks a key with the very function the server uses).
 *
 * A request key is the 10-digit number printed on the license certificate that comes with the
 * invoice. Its last digit is a Luhn (ISO/IEC 7812-1, "mod 10") check digit over the first nine.
 * Luhn was chosen over ISO 7064 mod 11-2 because its check character is always a digit (mod 11-2
 * needs an "X" for the value 10, and restricting it to digits would leave about one body in
 * eleven with no valid key), and it still catches every single-digit typo and almost every swap
 * of two neighbouring digits, the two mistakes people make when copying a number from paper.
 */

export const REQUEST_KEY_LENGTH = 10;
const DAY = 86_400_000;

/** How long a provisional key lasts (calendar months from entry, workspace clock). */
export const PROVISIONAL_MONTHS = 3;
/** With no final key after this many days, the console says: check again, then contact support. */
export const SUPPORT_AFTER_DAYS = 21;

export type RequestKeyProblem = "empty" | "digits" | "length" | "checkDigit";
export type RequestKeyCheck = { ok: true; key: string } | { ok: false; problem: RequestKeyProblem };

/** Spaces and hyphens are how people group digits when they type them; they carry no meaning. */
function normalizeRequestKey(raw: string): string {
  return raw.replace(/[\s-]+/g, "");
}

/** The Luhn check digit for a string of digits (the digit to append). */
export function luhnCheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) throw new Error("luhnCheckDigit: digits only");
  let sum = 0;
  // From the right, every second digit of the body (starting with the rightmost) is doubled.
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A request key from its nine-digit body: the body and its check digit. */
export function requestKeyFromBody(body: string): string {
  if (!/^\d{9}$/.test(body)) throw new Error("requestKeyFromBody: nine digits");
  return `${body}${luhnCheckDigit(body)}`;
}

/** Is `raw` a well-formed request key? Wrong length, letters or a failed check digit are refused. */
export function checkRequestKey(raw: string): RequestKeyCheck {
  const key = normalizeRequestKey(raw);
  if (key === "") return { ok: false, problem: "empty" };
  if (!/^\d+$/.test(key)) return { ok: false, problem: "digits" };
  if (key.length !== REQUEST_KEY_LENGTH) return { ok: false, problem: "length" };
  if (luhnCheckDigit(key.slice(0, -1)) !== Number(key.at(-1))) return { ok: false, problem: "checkDigit" };
  return { ok: true, key };
}

export const REQUEST_KEY_MESSAGES: Record<RequestKeyProblem, string> = {
  empty: "Enter the 10-digit request key from the license certificate.",
  digits: "A request key has digits only.",
  length: "A request key has exactly 10 digits.",
  checkDigit: "This is not a valid request key: a digit is wrong or two digits are swapped. Check it against the certificate.",
};

/** The way a person groups the digits when reading them aloud: 12345 67890. */
export function formatRequestKey(key: string): string {
  return key.length === REQUEST_KEY_LENGTH ? `${key.slice(0, 5)} ${key.slice(5)}` : key;
}

/** A request key pasted where a name- and term-bound activation key belongs. */
export function looksLikeRequestKey(raw: string): boolean {
  const key = normalizeRequestKey(raw);
  return /^\d{6,14}$/.test(key);
}

/** The end of the provisional key: three calendar months after entry (clamped to month end). */
export function provisionalUntil(enteredAt: Date, months = PROVISIONAL_MONTHS): Date {
  const d = new Date(enteredAt.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}

export type ActivationStatus = "provisional" | "overdue" | "activated" | "expired";

/**
 * What the activations list shows for a key: provisional (warning marker), overdue (no final key
 * after three weeks: check again, then contact support), activated, expired.
 */
export function activationStatus(k: { state: "provisional" | "activated" | "expired"; enteredAt: Date }, now: Date): ActivationStatus {
  if (k.state !== "provisional") return k.state;
  return now.getTime() - k.enteredAt.getTime() >= SUPPORT_AFTER_DAYS * DAY ? "overdue" : "provisional";
}

/**
 * "Nothing new yet": when to try again. The day the activation service said the final key would be
 * ready if that is still ahead, otherwise tomorrow; after three weeks, also contact support.
 */
export function retryAdvice(k: { enteredAt: Date; finalReadyAt: Date | null }, now: Date): { retryAt: Date; contactSupport: boolean } {
  const overdue = now.getTime() - k.enteredAt.getTime() >= SUPPORT_AFTER_DAYS * DAY;
  const ready = k.finalReadyAt?.getTime() ?? 0;
  const retryAt = new Date(ready > now.getTime() ? ready : now.getTime() + DAY);
  return { retryAt, contactSupport: overdue };
}
