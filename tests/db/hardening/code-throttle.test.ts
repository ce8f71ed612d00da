/** The activation-code throttle around an operation: what is counted, and what the caller sees. */
import { describe, expect, it, vi } from "vitest";
import { seedId } from "@/lib/demo-data/ids";
import { THROTTLE } from "@/lib/throttle/rules";
import { issueActivationCodeEndpoint, previewActivationCodeEndpoint } from "@/lib/api/v1/activation";
import { ownerSql } from "../factories";
import { call, expectError, newSandbox, roleToken } from "../api/helpers";

/** Switch on to make giving an attempt back fail (a database hiccup after the operation). */
const forgive = vi.hoisted(() => ({ fails: false }));
vi.mock("@/lib/throttle", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/throttle")>();
  return {
    ...real,
    forgiveAttempt: async (...args: Parameters<typeof real.forgiveAttempt>) => {
      if (forgive.fails) throw new Error("forgive failed: connection reset");
      return real.forgiveAttempt(...args);
    },
  };
});

async function sandboxWithCode() {
  const ws = await newSandbox("activation-devices");
  const licenseId = seedId(`license:${ws.slug}:FB-ESC-PLUS`);
  const issued = await call(issueActivationCodeEndpoint, { workspace: ws.slug }, { token: ws.token, json: { sku: "FB-ESC-PRO", quantity: 150, termDays: 365 } });
  expect(issued.status, issued.text).toBe(201);
  return { ws, licenseId, code: issued.body.code as string };
}

const preview = (ws: { slug: string }, licenseId: string, code: string, token: string) =>
  call(previewActivationCodeEndpoint, { workspace: ws.slug, licenseId }, { token, json: { code } });

describe("activation-code throttle", () => {
  it("a viewer's forbidden attempts are refused before they are counted", async () => {
    const { ws, licenseId } = await sandboxWithCode();
    const viewer = await roleToken(ws, "viewer");
    for (let i = 0; i < THROTTLE.codePerAccount + 2; i++) expectError(await preview(ws, licenseId, "AAAAA-AAAAA-AAAAA-AAAAA", viewer.token), 403, "forbidden");
    const [{ account_id }] = await ownerSql()<{ account_id: string }[]>`select account_id from api_tokens where id = ${viewer.id}`;
    const counted = await ownerSql()`select key from throttle_counters where key like ${`activation-code:%${account_id}%`}`;
    expect(counted).toHaveLength(0);
  });

  it("a failed give-back leaves the caller the operation's own answer (logged, not shown)", async () => {
    const { ws, licenseId, code } = await sandboxWithCode();
    forgive.fails = true;
    try {
      // Not a wrong code (an unknown license): given back, and the give-back fails.
      expectError(await preview(ws, seedId("license:none"), code, ws.token), 404, "not_found");
      // A success: given back after the commit, and the give-back fails.
      const ok = await preview(ws, licenseId, code, ws.token);
      expect(ok.status, ok.text).toBe(200);
    } finally {
      forgive.fails = false;
    }
  });
});
