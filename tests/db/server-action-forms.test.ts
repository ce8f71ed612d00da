/**
 * Server actions are public POST endpoints: one called with something other than form data
 * (a script posting JSON arguments) answers "bad_request" and changes nothing, never a 500.
 */
import { describe, expect, it, vi } from "vitest";
import { confirmEnrolmentAction, disableTwoFactorAction } from "@/app/(account)/account/security/actions";
import { setStaffTwoFactorAction } from "@/app/(reseller)/r/[reseller]/workspaces/actions";
import { loadActor } from "@/lib/auth/accounts";
import { IDLE } from "@/lib/operations/form";
import { submitRenewal } from "@/lib/reseller/form";
import { createAccount } from "./factories";

const signedIn = vi.hoisted(() => ({ accountId: null as string | null }));
vi.mock("@/lib/auth/session", () => {
  const actor = async () => (signedIn.accountId ? (await import("@/lib/auth/accounts")).loadActor(signedIn.accountId) : null);
  const caller = async () => (signedIn.accountId ? (await import("./factories")).sessionOf({ accountId: signedIn.accountId }) : { kind: "anonymous" });
  return { currentActor: actor, sessionActor: actor, sessionCaller: caller };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

describe("server actions without form data", () => {
  it("answer bad_request instead of throwing", async () => {
    const account = await createAccount();
    signedIn.accountId = account.id;
    expect(await loadActor(account.id)).not.toBeNull();
    try {
      for (const notForm of [undefined, null, { code: "123456" }, "code=123456", [1, 2]]) {
        const calls = [
          confirmEnrolmentAction(IDLE as never, notForm as never),
          disableTwoFactorAction(IDLE as never, notForm as never),
          setStaffTwoFactorAction("any-reseller", IDLE as never, notForm as never),
          submitRenewal("any-reseller", notForm),
        ];
        for (const result of await Promise.all(calls)) expect(result).toMatchObject({ status: "error", code: "bad_request" });
      }
    } finally {
      signedIn.accountId = null;
    }
  });
});
