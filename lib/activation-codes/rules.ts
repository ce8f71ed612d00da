/**
 * Activation codes and license replacement as plain functions (no I/O): the code's format and
 * check characters, typing help for the input, and the preview's comparison and verdict.
 * Imported by the browser too (the input refuses a malformed code before any request).
 */

// ---------------------------------------------------------------------------------------------
// Code format: 20 characters in four groups of five, XXXXX-XXXXX-XXXXX-XXXXX.

/**
 * Digits and capitals without the look-alikes 0/O, 1/I/L. 31 symbols: a prime, so the weighted
 * check sums below catch every single wrong character and every swap of two neighbours.
 */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_LENGTH = 20;
const CODE_GROUP = 5;
/** The last two characters are check characters over the first eighteen. */
const CODE_CHECK_LENGTH = 2;
export const CODE_PAYLOAD_LENGTH = CODE_LENGTH - CODE_CHECK_LENGTH;
/** Characters a person may mistake for code characters: refused with their own message. */
export const CODE_LOOKALIKES = "0O1IL";

const BASE = CODE_ALPHABET.length;

export type CodeProblem =
  /** Nothing typed. */
  | "empty"
  /** Contains 0, O, 1, I or L. */
  | "lookalike"
  /** Contains a character that is neither a code character, a dash nor a space. */
  | "character"
  /** Too few characters (the admin is still typing, or lost some). */
  | "short"
  /** Too many characters. */
  | "long"
  /** Well-formed but its check characters do not match: a typo. */
  | "check";

export type ParsedCode = { ok: true; code: string; compact: string } | { ok: false; problem: CodeProblem; offending?: string };

/** Upper case, without spaces, dashes and other separators a paste may bring. */
export function compactCode(input: string): string {
  return input.toUpperCase().replace(/[\s\u00a0\-\u2010-\u2015_.]/g, "");
}

function valueOf(ch: string): number {
  return CODE_ALPHABET.indexOf(ch);
}

/** The two check characters of an 18-character payload. */
export function checkCharacters(payload: string): string {
  if (payload.length !== CODE_PAYLOAD_LENGTH) throw new Error(`payload must be ${CODE_PAYLOAD_LENGTH} characters`);
  let a = 0;
  let b = 0;
  for (let i = 0; i < payload.length; i++) {
    const v = valueOf(payload[i]);
    if (v < 0) throw new Error(`not a code character: ${payload[i]}`);
    // Weights 1..18 and their squares: distinct and non-zero mod 31.
    a = (a + (i + 1) * v) % BASE;
    b = (b + (i + 1) * (i + 1) * v) % BASE;
  }
  return CODE_ALPHABET[a] + CODE_ALPHABET[(b + 7) % BASE];
}

/** Groups compact characters as XXXXX-XXXXX-… (a partial code keeps its partial last group). */
export function groupCode(compact: string): string {
  const groups: string[] = [];
  for (let i = 0; i < compact.length; i += CODE_GROUP) groups.push(compact.slice(i, i + CODE_GROUP));
  return groups.join("-");
}

/** A code from 18 payload characters: payload + check, grouped. */
export function codeFromPayload(payload: string): string {
  return groupCode(payload + checkCharacters(payload));
}

/**
 * Reads what a person typed or pasted: with or without dashes or spaces, in any case. Look-alike
 * characters, wrong length and a wrong check are each refused with their own problem.
 */
export function parseCode(input: string): ParsedCode {
  const compact = compactCode(input);
  if (compact.length === 0) return { ok: false, problem: "empty" };
  const lookalike = [...compact].find((c) => CODE_LOOKALIKES.includes(c));
  if (lookalike) return { ok: false, problem: "lookalike", offending: lookalike };
  const foreign = [...compact].find((c) => !CODE_ALPHABET.includes(c));
  if (foreign) return { ok: false, problem: "character", offending: foreign };
  if (compact.length < CODE_LENGTH) return { ok: false, problem: "short" };
  if (compact.length > CODE_LENGTH) return { ok: false, problem: "long" };
  const payload = compact.slice(0, CODE_PAYLOAD_LENGTH);
  if (checkCharacters(payload) !== compact.slice(CODE_PAYLOAD_LENGTH)) return { ok: false, problem: "check" };
  return { ok: true, code: groupCode(compact), compact };
}

/**
 * Typing help: what the input should show after a keystroke or paste. Keeps letters and digits
 * (upper case), at most 20, grouped in fives with dashes. Look-alikes stay visible so the
 * message can point at them.
 */
export function formatCodeInput(input: string): string {
  const compact = compactCode(input)
    .replace(/[^A-Z0-9]/g, "")
    .slice(0, CODE_LENGTH);
  return groupCode(compact);
}

// ---------------------------------------------------------------------------------------------
// Preview: the current license beside the new one, and the verdict.

export type LicenseFacts = {
  name: string;
  licensingModel: string;
  quantity: number;
  /** The license's expiry (end of term). */
  expiresAt: Date;
  editionRank: number;
  features: readonly string[];
};

export type Verdict = "upgrade" | "downgrade" | "renewal";

export type FieldComparison<T> = { field: string; current: T; next: T; same: boolean };

export type Comparison = {
  verdict: Verdict;
  /** Features the new license has and the current one lacks. */
  gained: string[];
  /** Features the current license has and the new one lacks. */
  lost: string[];
  /** License name, licensing model, limit and expiry: one value when both are equal. */
  fields: {
    name: FieldComparison<string>;
    licensingModel: FieldComparison<string>;
    quantity: FieldComparison<number>;
    expiresAt: FieldComparison<Date>;
  };
  /** A downgrade, or any change that takes features away: the preview warns. */
  warn: boolean;
};

function field<T>(name: string, current: T, next: T, same: (a: T, b: T) => boolean = (a, b) => a === b): FieldComparison<T> {
  return { field: name, current, next, same: same(current, next) };
}

/**
 * The verdict of replacing `current` by `next` (seed 002: upgrade with the features gained,
 * downgrade with the features lost, or renewal with the same features):
 * - the same feature set is a renewal, whatever else changes (limit, term, model);
 * - only gains is an upgrade, only losses a downgrade;
 * - gains and losses together are decided by the edition rank; at an equal rank, by whether
 *   more features are gained than lost, and an even trade counts as a downgrade so the admin
 *   is warned about what goes away.
 */
export function verdictOf(current: Pick<LicenseFacts, "editionRank" | "features">, next: Pick<LicenseFacts, "editionRank" | "features">): Verdict {
  const have = new Set(current.features);
  const will = new Set(next.features);
  const gained = [...will].filter((f) => !have.has(f)).length;
  const lost = [...have].filter((f) => !will.has(f)).length;
  if (gained === 0 && lost === 0) return "renewal";
  if (lost === 0) return "upgrade";
  if (gained === 0) return "downgrade";
  if (next.editionRank !== current.editionRank) return next.editionRank > current.editionRank ? "upgrade" : "downgrade";
  return gained > lost ? "upgrade" : "downgrade";
}

export function compareLicenses(current: LicenseFacts, next: LicenseFacts): Comparison {
  const have = new Set(current.features);
  const will = new Set(next.features);
  const gained = [...will].filter((f) => !have.has(f)).sort();
  const lost = [...have].filter((f) => !will.has(f)).sort();
  const verdict = verdictOf(current, next);
  return {
    verdict,
    gained,
    lost,
    fields: {
      name: field("name", current.name, next.name),
      licensingModel: field("licensingModel", current.licensingModel, next.licensingModel),
      quantity: field("quantity", current.quantity, next.quantity),
      expiresAt: field("expiresAt", current.expiresAt, next.expiresAt, (a, b) => a.getTime() === b.getTime()),
    },
    warn: verdict === "downgrade" || lost.length > 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Devices

export type DevicePlatform = "windows" | "macos" | "linux" | "android" | "ios";

/**
 * What a managed device does when its license is replaced (seed 002): Windows, Android and iOS
 * switch at once; macOS registers the new license and keeps the old one until it expires (or
 * until switched by hand). Linux is not named by the article: it follows the automatic platforms.
 */
export function switchMode(platform: DevicePlatform): "immediate" | "at_expiry" {
  return platform === "macos" ? "at_expiry" : "immediate";
}

/** A macOS device registered now switches at the old license's expiry, or at once if it has passed. */
export function macSwitchDue(oldExpiresAt: Date, now: Date): Date {
  return oldExpiresAt.getTime() > now.getTime() ? oldExpiresAt : now;
}

/** The new license's term: it starts now and runs `termDays` days. */
export function termFor(now: Date, termDays: number): { termStart: Date; termEnd: Date } {
  return { termStart: now, termEnd: new Date(now.getTime() + termDays * 86_400_000) };
}
