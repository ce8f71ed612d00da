import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { clearSignInFailures, recordSignInFailure, signInLockedFor, throttleKeys } from "@/lib/auth/throttle";
import { THROTTLE } from "@/lib/auth/throttle-rules";
import { ownerSql, uniq } from "./factories";

/** A client address of this test alone (tests run in parallel against one table). */
const address = () => `198.18.${randomInt(256)}.${randomInt(256)}-${uniq("t")}`;
const email = () => `${uniq("someone")}@example.test`;

async function failuresOf(key: string): Promise<number | undefined> {
  const [row] = await ownerSql()<{ failures: number }[]>`select failures from sign_in_throttle where key = ${key}`;
  return row?.failures;
}

describe("sign-in throttle", () => {
  it("locks one account key after 5 failures, for the lock time; clearing unlocks it", async () => {
    expect(THROTTLE.maxPerAccount).toBe(5);
    const keys = throttleKeys(email(), address());
    const now = new Date();
    for (let i = 1; i < THROTTLE.maxPerAccount; i++) {
      await recordSignInFailure(keys, now);
      expect(await signInLockedFor(keys, now), `after ${i} failures`).toBe(0);
    }
    await recordSignInFailure(keys, now);
    expect(await signInLockedFor(keys, now)).toBe(THROTTLE.lockMs);
    expect(await signInLockedFor(keys, new Date(now.getTime() + THROTTLE.lockMs - 1000))).toBe(1000);
    expect(await signInLockedFor(keys, new Date(now.getTime() + THROTTLE.lockMs))).toBe(0);

    await clearSignInFailures(keys);
    expect(await signInLockedFor(keys, now)).toBe(0);
    expect(await failuresOf(keys.account)).toBeUndefined();
    // Clearing forgets the account, not the address.
    expect(await failuresOf(keys.address)).toBe(THROTTLE.maxPerAccount);
  });

  it("keys by the e-mail typed, case and spaces aside", async () => {
    const addr = address();
    const e = email();
    const now = new Date();
    for (let i = 0; i < THROTTLE.maxPerAccount; i++) await recordSignInFailure(throttleKeys(i % 2 ? e.toUpperCase() : ` ${e} `, addr), now);
    expect(await signInLockedFor(throttleKeys(e, address()), now)).toBeGreaterThan(0);
  });

  it("an unrelated e-mail from the same address is not locked until the address limit", async () => {
    const addr = address();
    const now = new Date();
    const locked = throttleKeys(email(), addr);
    for (let i = 0; i < THROTTLE.maxPerAccount; i++) await recordSignInFailure(locked, now);
    expect(await signInLockedFor(locked, now)).toBeGreaterThan(0);

    const bystander = throttleKeys(email(), addr);
    expect(await signInLockedFor(bystander, now)).toBe(0);

    // Other e-mails, each below its own limit, until the address has THROTTLE.maxPerAddress failures.
    let count = THROTTLE.maxPerAccount;
    while (count < THROTTLE.maxPerAddress - 1) {
      const other = throttleKeys(email(), addr);
      for (let i = 0; i < THROTTLE.maxPerAccount - 1 && count < THROTTLE.maxPerAddress - 1; i++, count++) await recordSignInFailure(other, now);
    }
    expect(await failuresOf(bystander.address)).toBe(THROTTLE.maxPerAddress - 1);
    expect(await signInLockedFor(bystander, now)).toBe(0);

    await recordSignInFailure(throttleKeys(email(), addr), now);
    expect(await signInLockedFor(bystander, now)).toBe(THROTTLE.lockMs);
    // The same e-mail from elsewhere is fine.
    expect(await signInLockedFor(throttleKeys(bystander.account.slice("account:".length), address()), now)).toBe(0);
  });

  it("counts every one of 10 concurrent failures", async () => {
    const keys = throttleKeys(email(), address());
    const now = new Date();
    await Promise.all(Array.from({ length: 10 }, () => recordSignInFailure(keys, now)));
    expect(await failuresOf(keys.account)).toBe(10);
    expect(await failuresOf(keys.address)).toBe(10);
    expect(await signInLockedFor(keys, now)).toBe(THROTTLE.lockMs);
  });

  it("starts a new window once the old one has run out", async () => {
    const keys = throttleKeys(email(), address());
    const start = new Date();
    for (let i = 0; i < THROTTLE.maxPerAccount - 1; i++) await recordSignInFailure(keys, start);
    const later = new Date(start.getTime() + THROTTLE.windowMs);
    await recordSignInFailure(keys, later);
    expect(await failuresOf(keys.account)).toBe(1);
    expect(await signInLockedFor(keys, later)).toBe(0);
  });
});
