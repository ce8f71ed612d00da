import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { consumeAttempt, forgiveAttempt, resetCounters } from "@/lib/throttle";
import { signInCounters, THROTTLE } from "@/lib/throttle/rules";
import { ownerSql, uniq } from "./factories";

/** A client address of this test alone (tests run in parallel against one table). */
const address = () => `198.18.${randomInt(256)}.${randomInt(256)}-${uniq("t")}`;
const email = () => `${uniq("someone")}@example.test`;

async function failuresOf(key: string): Promise<number | undefined> {
  const [row] = await ownerSql()<{ failures: number }[]>`select failures from throttle_counters where key = ${key}`;
  return row?.failures;
}

const attempts = async (counters: ReturnType<typeof signInCounters>, n: number) => {
  const out = [];
  for (let i = 0; i < n; i++) out.push((await consumeAttempt(counters)).allowed);
  return out;
};

describe("throttle counters", () => {
  it("let 5 attempts of one account through, refuse the 6th for the lock time; a reset unlocks it", async () => {
    expect(THROTTLE.signInPerAccount).toBe(5);
    const counters = signInCounters(email(), address());
    expect(await attempts(counters, 5)).toEqual([true, true, true, true, true]);
    const refused = await consumeAttempt(counters);
    expect(refused.allowed).toBe(false);
    expect(refused.allowed || Math.round(refused.retryAfterMs / 1000)).toBe(THROTTLE.lockMs / 1000);

    await resetCounters(counters.slice(0, 1));
    expect(await failuresOf(counters[0].key)).toBeUndefined();
    expect((await consumeAttempt(counters)).allowed).toBe(true);
    // The reset forgets the account, not the address.
    expect(await failuresOf(counters[1].key)).toBe(7);
  });

  it("keys by the e-mail typed, case and spaces aside", async () => {
    const e = email();
    for (let i = 0; i < THROTTLE.signInPerAccount; i++) await consumeAttempt(signInCounters(i % 2 ? e.toUpperCase() : ` ${e} `, address()));
    expect((await consumeAttempt(signInCounters(e, address()))).allowed).toBe(false);
  });

  it("an unrelated e-mail from the same address goes through until the address limit", async () => {
    const addr = address();
    expect(await attempts(signInCounters(email(), addr), 6)).toContain(false);
    const bystander = signInCounters(email(), addr);
    expect(await attempts(bystander, 1)).toEqual([true]);
    // Other e-mails, each below its own limit, until the address has its limit of attempts.
    let count = 7;
    while (count < THROTTLE.signInPerAddress) {
      const other = signInCounters(email(), addr);
      for (let i = 0; i < THROTTLE.signInPerAccount - 1 && count < THROTTLE.signInPerAddress; i++, count++) expect((await consumeAttempt(other)).allowed).toBe(true);
    }
    expect((await consumeAttempt(signInCounters(email(), addr))).allowed).toBe(false);
    // The same e-mail from elsewhere is fine.
    expect((await consumeAttempt(signInCounters(bystander[0].key.slice("account:".length), address()))).allowed).toBe(true);
  });

  it("counts every one of 50 concurrent attempts, and lets exactly the limit through", async () => {
    const counters = signInCounters(email(), address());
    const verdicts = await Promise.all(Array.from({ length: 50 }, () => consumeAttempt(counters)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(THROTTLE.signInPerAccount);
    expect(await failuresOf(counters[0].key)).toBe(50);
  });

  it("gives an attempt back: below the limit again, the key is open", async () => {
    const counters = signInCounters(email(), address());
    expect(await attempts(counters, 5)).not.toContain(false);
    await forgiveAttempt(counters);
    expect(await failuresOf(counters[0].key)).toBe(4);
    expect(await attempts(counters, 2)).toEqual([true, false]);
  });

  it("starts a new window once the old one has run out", async () => {
    const counters = signInCounters(email(), address());
    await attempts(counters, THROTTLE.signInPerAccount - 1);
    await ownerSql()`update throttle_counters set window_started_at = now() - ${`${THROTTLE.windowMs} milliseconds`}::interval where key = ${counters[0].key}`;
    expect(await attempts(counters, 1)).toEqual([true]);
    expect(await failuresOf(counters[0].key)).toBe(1);
  });

  it("keeps a locked key locked after its window, until the lock ends", async () => {
    const counters = signInCounters(email(), address());
    await attempts(counters, THROTTLE.signInPerAccount);
    await ownerSql()`update throttle_counters set window_started_at = now() - interval '1 day' where key = ${counters[0].key}`;
    expect(await attempts(counters, 1)).toEqual([false]);
    await ownerSql()`update throttle_counters set locked_until = now() - interval '1 second' where key = ${counters[0].key}`;
    expect(await attempts(counters, 1)).toEqual([true]);
  });
});
