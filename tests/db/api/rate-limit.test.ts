/** Per-token (and per-address for anonymous calls) rate limits, counted in PostgreSQL. */
import { describe, expect, it, vi } from "vitest";
import { hashTokenSecret } from "@/lib/api-tokens/secret";
import { createSandboxEndpoint, getWorkspaceEndpoint, listWorkspacesEndpoint } from "@/lib/api/v1/workspaces";
import { countApiCall, RATE_WINDOW_SECONDS } from "@/lib/throttle/api-rate-limit";
import { ownerSql } from "../factories";
import { call, expectError, issueTestToken, newSandbox, randomId } from "./helpers";

/** What other web instances counted for `key` in this window, written straight into the table. */
async function alreadyCounted(key: string, hits: number) {
  await ownerSql()`
    insert into api_rate_limits (key, window_started_at, hits)
    values (${key}, to_timestamp(floor(extract(epoch from now()) / ${RATE_WINDOW_SECONDS}) * ${RATE_WINDOW_SECONDS}), ${hits})
    on conflict (key) do update set hits = excluded.hits, window_started_at = excluded.window_started_at`;
}

/** Waits out the last seconds of a rate window, so a count read now is still the count a few calls later. */
async function clearOfWindowEnd() {
  const left = RATE_WINDOW_SECONDS * 1000 - (Date.now() % (RATE_WINDOW_SECONDS * 1000));
  if (left < 5000) await new Promise((r) => setTimeout(r, left + 100));
}

describe("API rate limits", () => {
  it("every answer carries RateLimit headers; past 600 calls a minute a token gets 429 with Retry-After, another token does not", async () => {
    const sb = await newSandbox();
    const ws = { workspace: sb.slug };
    const first = await call(getWorkspaceEndpoint, ws, { token: sb.token });
    expect(first.status).toBe(200);
    expect(first.headers.get("ratelimit-limit")).toBe("600");
    expect(first.headers.get("ratelimit-remaining")).toBe("599");
    expect(Number(first.headers.get("ratelimit-reset"))).toBeGreaterThanOrEqual(1);
    expect(Number(first.headers.get("ratelimit-reset"))).toBeLessThanOrEqual(RATE_WINDOW_SECONDS);
    expect(first.headers.get("ratelimit-policy")).toBe("600;w=60");

    await alreadyCounted(`token:${hashTokenSecret(sb.token)}`, 600);
    const refused = await call(getWorkspaceEndpoint, ws, { token: sb.token });
    expectError(refused, 429, "rate_limited");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(RATE_WINDOW_SECONDS);
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    expect(refused.body.error.details).toEqual({ retryAfterSeconds: retryAfter });

    // Another token of the same workspace has its own count.
    const viewer = await call(getWorkspaceEndpoint, ws, { token: (await issueTestToken(sb.id, "viewer")).token });
    expect(viewer.status, viewer.text).toBe(200);
  });

  it("anonymous calls count per client address (behind TRUSTED_PROXY_HOPS proxies)", async () => {
    const before = process.env.TRUSTED_PROXY_HOPS;
    process.env.TRUSTED_PROXY_HOPS = "1";
    try {
      const address = `198.51.100.${Math.floor(Math.random() * 250)}-${randomId()}`;
      const other = `203.0.113.${Math.floor(Math.random() * 250)}-${randomId()}`;
      await alreadyCounted(`address:${address}`, 300);
      const spoofed = { "x-forwarded-for": `10.0.0.1, ${address}` };
      expectError(await call(getWorkspaceEndpoint, { workspace: "anything" }, { headers: spoofed }), 429, "rate_limited");
      // Another address is still answered (here: 401, as any anonymous call to this endpoint).
      const res = await call(getWorkspaceEndpoint, { workspace: "anything" }, { headers: { "x-forwarded-for": `${address}, ${other}` } });
      expectError(res, 401, "unauthenticated");
      expect(res.headers.get("ratelimit-limit")).toBe("300");
    } finally {
      if (before === undefined) delete process.env.TRUSTED_PROXY_HOPS;
      else process.env.TRUSTED_PROXY_HOPS = before;
    }
  });

  it("guesses at the sandbox bootstrap secret are counted per address like any anonymous call", async () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    try {
      const address = `198.51.100.${Math.floor(Math.random() * 250)}-${randomId()}`;
      await alreadyCounted(`address:${address}`, 300);
      const guess = await call(createSandboxEndpoint, {}, { json: {}, headers: { "x-forwarded-for": address, "sandbox-secret": "guess" } });
      expectError(guess, 429, "rate_limited");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("counts each of many concurrent calls exactly once (one atomic statement, any instance)", async () => {
    const key = `test:${randomId()}`;
    const states = await Promise.all(Array.from({ length: 40 }, () => countApiCall(key, 30)));
    expect(states.map((s) => s.remaining).sort((a, b) => a - b)).toEqual([...Array(10).fill(0), ...Array.from({ length: 30 }, (_, i) => i)]);
    expect(states.filter((s) => s.exceeded)).toHaveLength(10);
    const [row] = await ownerSql()`select hits from api_rate_limits where key = ${key}`;
    expect(row.hits).toBe(40);
  });

  it("without a knowable address (TRUSTED_PROXY_HOPS=0) one anonymous caller's flood spends only its route's budget", async () => {
    // More calls than any one address may make, all from "nowhere" (Next gives no socket address).
    for (let i = 0; i < 4; i++) {
      const batch = await Promise.all(Array.from({ length: 80 }, () => call(getWorkspaceEndpoint, { workspace: "anything" })));
      for (const res of batch) expectError(res, 401, "unauthenticated");
    }
    // Another route's anonymous callers, and the holders of the sandbox secret, are still answered.
    expectError(await call(listWorkspacesEndpoint), 401, "unauthenticated");
    expect((await call(createSandboxEndpoint, {}, { json: { template: "empty" } })).status).toBe(201);
    expect((await call(getWorkspaceEndpoint, { workspace: "anything" })).headers.get("ratelimit-limit")).toBe("3000");
  });

  it("made-up bearer tokens count against the address they come from: a fresh token per call gets no fresh budget", async () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    try {
      const sb = await newSandbox();
      await clearOfWindowEnd();
      const address = { "x-forwarded-for": `198.51.100.7-${randomId()}` };
      const madeUp = () => call(getWorkspaceEndpoint, { workspace: sb.slug }, { token: `lc_${randomId()}${randomId()}`, headers: address });
      for (let i = 0; i < 30; i++) expectError(await madeUp(), 401, "invalid_token");
      expectError(await madeUp(), 429, "rate_limited");
      // Refused before the lookup now, a good token from that address too, for the rest of the minute ...
      expectError(await call(getWorkspaceEndpoint, { workspace: sb.slug }, { token: sb.token, headers: address }), 429, "rate_limited");
      // ... but not from any other address.
      const elsewhere = await call(getWorkspaceEndpoint, { workspace: sb.slug }, { token: sb.token, headers: { "x-forwarded-for": `203.0.113.9-${randomId()}` } });
      expect(elsewhere.status, elsewhere.text).toBe(200);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("without a knowable address, made-up tokens are counted per route, and a good token is never refused for them", async () => {
    const sb = await newSandbox();
    // The route's bucket is shared with other test files: a limit just above its count, not a full bucket.
    await clearOfWindowEnd();
    const [counted] = await ownerSql()<{ hits: number }[]>`
      select app_api_rate_peek('failed-token:route:GET /workspaces/{workspace}', ${RATE_WINDOW_SECONDS}) as hits`;
    vi.stubEnv("API_RATE_LIMIT_FAILED_TOKENS_PER_MINUTE", String(counted.hits + 2));
    try {
      const madeUp = () => call(getWorkspaceEndpoint, { workspace: sb.slug }, { token: `lc_${randomId()}${randomId()}` });
      expectError(await madeUp(), 401, "invalid_token");
      expectError(await madeUp(), 401, "invalid_token");
      expectError(await madeUp(), 429, "rate_limited");
      expect((await call(getWorkspaceEndpoint, { workspace: sb.slug }, { token: sb.token })).status).toBe(200);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
