import { describe, expect, it } from "vitest";
import { DEMO_REQUEST_KEYS, demoRequestKey } from "./demo";
import {
  activationStatus,
  checkRequestKey,
  formatRequestKey,
  looksLikeRequestKey,
  luhnCheckDigit,
  provisionalUntil,
  requestKeyFromBody,
  retryAdvice,
} from "./rules";

const DAY = 86_400_000;

describe("luhnCheckDigit", () => {
  it("matches published Luhn examples", () => {
    // 7992739871 + check digit 3 is the textbook example (ISO/IEC 7812-1).
    expect(luhnCheckDigit("7992739871")).toBe(3);
    expect(luhnCheckDigit("12345678")).toBe(2);
    expect(luhnCheckDigit("000000000")).toBe(0);
  });
  it("refuses non-digits", () => {
    expect(() => luhnCheckDigit("12a")).toThrow();
  });
});

describe("checkRequestKey", () => {
  const good = requestKeyFromBody("110250001");

  it("accepts a 10-digit key with a valid check digit, ignoring spaces and hyphens", () => {
    expect(checkRequestKey(good)).toEqual({ ok: true, key: good });
    expect(checkRequestKey(` ${good.slice(0, 5)} ${good.slice(5)} `)).toEqual({ ok: true, key: good });
    expect(checkRequestKey(`${good.slice(0, 5)}-${good.slice(5)}`)).toEqual({ ok: true, key: good });
  });

  it("refuses empty input, letters, wrong length and a failed check digit, each with its own reason", () => {
    expect(checkRequestKey("   ")).toEqual({ ok: false, problem: "empty" });
    expect(checkRequestKey("11025000A7")).toEqual({ ok: false, problem: "digits" });
    expect(checkRequestKey(good.slice(0, 9))).toEqual({ ok: false, problem: "length" });
    expect(checkRequestKey(`${good}0`)).toEqual({ ok: false, problem: "length" });
    const wrong = `${good.slice(0, 9)}${(Number(good[9]) + 1) % 10}`;
    expect(checkRequestKey(wrong)).toEqual({ ok: false, problem: "checkDigit" });
  });

  it("catches every single-digit typo of a key", () => {
    for (let pos = 0; pos < 10; pos++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === good[pos]) continue;
        const typo = `${good.slice(0, pos)}${d}${good.slice(pos + 1)}`;
        expect(checkRequestKey(typo).ok, typo).toBe(false);
      }
    }
  });

  it("catches a swap of two different neighbouring digits (except Luhn's known 0↔9 blind spot)", () => {
    const key = requestKeyFromBody("123456780");
    for (let pos = 0; pos < 9; pos++) {
      const a = key[pos];
      const b = key[pos + 1];
      if (a === b || `${a}${b}` === "09" || `${a}${b}` === "90") continue;
      const swapped = `${key.slice(0, pos)}${b}${a}${key.slice(pos + 2)}`;
      expect(checkRequestKey(swapped).ok, swapped).toBe(false);
    }
  });

  it("accepts every demo key", () => {
    for (const k of Object.values(DEMO_REQUEST_KEYS)) expect(checkRequestKey(k)).toEqual({ ok: true, key: k });
    expect(demoRequestKey("11", 25, 1)).toBe(DEMO_REQUEST_KEYS.studio25);
  });
});

describe("formatting and recognising request keys", () => {
  it("groups ten digits in two fives", () => {
    expect(formatRequestKey("1234567890")).toBe("12345 67890");
  });
  it("recognises a request key pasted where an activation key belongs", () => {
    expect(looksLikeRequestKey("12345 67890")).toBe(true);
    expect(looksLikeRequestKey("-----BEGIN ACTIVATION KEY-----\nabc.def\n-----END ACTIVATION KEY-----")).toBe(false);
  });
});

describe("provisionalUntil", () => {
  it("is three calendar months later", () => {
    expect(provisionalUntil(new Date("2030-01-15T10:00:00Z")).toISOString()).toBe("2030-04-15T10:00:00.000Z");
  });
  it("clamps to the end of a shorter month", () => {
    expect(provisionalUntil(new Date("2030-11-30T08:00:00Z")).toISOString()).toBe("2031-02-28T08:00:00.000Z");
  });
});

describe("activationStatus and retryAdvice", () => {
  const enteredAt = new Date("2030-01-01T00:00:00Z");
  it("is provisional for three weeks, then overdue; activated and expired stay as they are", () => {
    expect(activationStatus({ state: "provisional", enteredAt }, new Date(enteredAt.getTime() + 20 * DAY))).toBe("provisional");
    expect(activationStatus({ state: "provisional", enteredAt }, new Date(enteredAt.getTime() + 21 * DAY))).toBe("overdue");
    expect(activationStatus({ state: "activated", enteredAt }, new Date(enteredAt.getTime() + 90 * DAY))).toBe("activated");
    expect(activationStatus({ state: "expired", enteredAt }, new Date(enteredAt.getTime() + 1 * DAY))).toBe("expired");
  });
  it("says to try again when the final key is due, else tomorrow; after three weeks also contact support", () => {
    const finalReadyAt = new Date(enteredAt.getTime() + 5 * DAY);
    expect(retryAdvice({ enteredAt, finalReadyAt }, new Date(enteredAt.getTime() + DAY))).toEqual({ retryAt: finalReadyAt, contactSupport: false });
    const later = new Date(enteredAt.getTime() + 10 * DAY);
    expect(retryAdvice({ enteredAt, finalReadyAt }, later)).toEqual({ retryAt: new Date(later.getTime() + DAY), contactSupport: false });
    expect(retryAdvice({ enteredAt, finalReadyAt }, new Date(enteredAt.getTime() + 22 * DAY)).contactSupport).toBe(true);
  });
});
