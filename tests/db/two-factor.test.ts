/**
 * The authenticator-app second step against the database: enrolment, single-use codes (the last
 * time step is stored; concurrent use of one code lets one through), recovery codes, the policy
 * that sends an account to enrolment, and turning it off.
 */
import { describe, expect, it, vi } from "vitest";
import { listWorkspacesEndpoint } from "@/lib/api/v1/workspaces";
import { loadActor } from "@/lib/auth/accounts";
import { base32Decode, hotp, timeStep } from "@/lib/auth/totp";
import { beginEnrolment, confirmEnrolment, disableTwoFactor, twoFactorStatus, verifySecondStep } from "@/lib/auth/two-factor";
import { AppError } from "@/lib/errors";
import { call, expectError } from "./api/helpers";
import { addMembership, createAccount, createReseller, createWorkspace, ownerSql } from "./factories";

// The console session behind an API call: next-auth reads it from the request; tests name its account.
const session = vi.hoisted(() => ({ accountId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (session.accountId ? { accountId: session.accountId, sessionVersion: 0 } : null),
}));

const codeFor = (secret: string, atMs: number, delta = 0) => hotp(base32Decode(secret), timeStep(atMs) + delta);

async function enrol(accountId: string, at = Date.now()) {
  const { secret, qrSvg, uri } = await beginEnrolment(accountId);
  const recovery = await confirmEnrolment(accountId, codeFor(secret, at), at);
  return { secret, qrSvg, uri, recovery, at };
}

async function rejects(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "resolved";
  } catch (e) {
    return e instanceof AppError ? `${e.status}` : String(e);
  }
}

describe("two-step sign-in", () => {
  it("enrols with a QR code and a confirming code, storing the secret sealed and recovery codes hashed", async () => {
    const account = await createAccount();
    const first = await beginEnrolment(account.id);
    expect(first.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(first.uri).toContain(`secret=${first.secret}`);
    expect(first.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    // A reload shows the same secret until it is confirmed.
    expect((await beginEnrolment(account.id)).secret).toBe(first.secret);
    const now = Date.now();
    expect(await rejects(confirmEnrolment(account.id, "000000", now))).toBe("422");
    const recovery = await confirmEnrolment(account.id, codeFor(first.secret, now), now);
    expect(recovery).toHaveLength(10);
    expect(new Set(recovery).size).toBe(10);
    const [row] = await ownerSql()`select totp_secret, totp_enabled_at from accounts where id = ${account.id}`;
    expect(row.totp_secret).not.toContain(first.secret);
    expect(row.totp_enabled_at).not.toBeNull();
    const hashes = await ownerSql()`select code_hash from account_recovery_codes where account_id = ${account.id}`;
    expect(hashes).toHaveLength(10);
    expect(hashes.map((h) => h.code_hash)).not.toContain(recovery[0]);
    expect((await twoFactorStatus(account.id)).enabled).toBe(true);
    expect(await rejects(beginEnrolment(account.id))).toBe("409");
  });

  it("accepts a code once, within one step of drift; refuses replays and two steps off", async () => {
    const account = await createAccount();
    const { secret, at } = await enrol(account.id, Date.now() - 120_000);
    const now = Date.now();
    expect(await verifySecondStep(account.id, undefined, now)).toBe("missing");
    expect(await verifySecondStep(account.id, codeFor(secret, now, -2), now)).toBe("invalid");
    expect(await verifySecondStep(account.id, codeFor(secret, now, 2), now)).toBe("invalid");
    expect(await verifySecondStep(account.id, codeFor(secret, now, -1), now)).toBe("accepted");
    // The same code again, and an older one, are replays.
    expect(await verifySecondStep(account.id, codeFor(secret, now, -1), now)).toBe("replayed");
    expect(await verifySecondStep(account.id, codeFor(secret, at), now)).not.toBe("accepted");
    expect(await verifySecondStep(account.id, codeFor(secret, now, 1), now)).toBe("accepted");
    const [row] = await ownerSql()`select totp_last_step from accounts where id = ${account.id}`;
    expect(Number(row.totp_last_step)).toBe(timeStep(now) + 1);
  });

  it("lets only one of two concurrent sign-ins with the same code through", async () => {
    const account = await createAccount();
    const { secret } = await enrol(account.id, Date.now() - 120_000);
    const now = Date.now();
    const code = codeFor(secret, now);
    const results = await Promise.all([verifySecondStep(account.id, code, now), verifySecondStep(account.id, code, now)]);
    expect(results.sort()).toEqual(["accepted", "replayed"]);
  });

  it("spends each recovery code once", async () => {
    const account = await createAccount();
    const { recovery } = await enrol(account.id);
    expect(await verifySecondStep(account.id, recovery[3].toUpperCase())).toBe("accepted");
    expect(await verifySecondStep(account.id, recovery[3])).toBe("invalid");
    expect(await verifySecondStep(account.id, "aaaaa-aaaaa")).toBe("invalid");
    expect((await twoFactorStatus(account.id)).recoveryCodesLeft).toBe(9);
  });

  it("an account without it needs no code", async () => {
    const account = await createAccount();
    expect(await verifySecondStep(account.id, undefined)).toBe("not_enrolled");
  });

  it("sends admins of a workspace that requires it, and staff of a reseller that requires it, to enrolment", async () => {
    const ws = await createWorkspace();
    await ownerSql()`update workspaces set require_two_factor = true where id = ${ws.id}`;
    const admin = await createAccount();
    const viewer = await createAccount();
    await addMembership(ws.id, admin.id, "admin");
    await addMembership(ws.id, viewer.id, "viewer");
    expect((await loadActor(admin.id))?.twoFactorPending).toBe(true);
    // Viewers are not admins: the workspace's rule does not reach them.
    expect((await loadActor(viewer.id))?.twoFactorPending).toBe(false);

    const reseller = await createReseller();
    const staff = await createAccount({ resellerId: reseller.id });
    expect((await loadActor(staff.id))?.twoFactorPending).toBe(false);
    await ownerSql()`update resellers set require_two_factor = true where id = ${reseller.id}`;
    expect((await loadActor(staff.id))?.twoFactorPending).toBe(true);
    const status = await twoFactorStatus(staff.id);
    expect(status.policy).toMatchObject({ required: true, reseller: expect.stringContaining("Reseller") });

    // A workspace that requires it reaches the staff of its reseller too (they act as its admins).
    const linkedStaff = await createAccount({ resellerId: (await createReseller()).id });
    const [{ reseller_id: rid }] = await ownerSql()`select reseller_id from accounts where id = ${linkedStaff.id}`;
    expect((await loadActor(linkedStaff.id))?.twoFactorPending).toBe(false);
    await ownerSql()`insert into reseller_workspaces (reseller_id, workspace_id) values (${rid}, ${ws.id})`;
    expect((await loadActor(linkedStaff.id))?.twoFactorPending).toBe(true);
    expect((await twoFactorStatus(linkedStaff.id)).policy.workspaces).toEqual([ws.name]);

    // Enrolled: nothing pending, and it cannot be turned off while required.
    const { secret } = await enrol(staff.id, Date.now() - 60_000);
    expect((await loadActor(staff.id))?.twoFactorPending).toBe(false);
    expect(await rejects(disableTwoFactor(staff.id, codeFor(secret, Date.now())))).toBe("409");
  });

  it("the API refuses a console session that must enrol first (403 two_factor_enrolment_required)", async () => {
    const ws = await createWorkspace();
    await ownerSql()`update workspaces set require_two_factor = true where id = ${ws.id}`;
    const admin = await createAccount();
    await addMembership(ws.id, admin.id, "admin");
    const listed = () => call(listWorkspacesEndpoint, {}, { headers: { cookie: "next-auth.session-token=test" } });
    session.accountId = admin.id;
    try {
      expectError(await listed(), 403, "two_factor_enrolment_required");
      // Enrolled, the same session is let through.
      await enrol(admin.id, Date.now() - 60_000);
      expect((await listed()).status).toBe(200);
    } finally {
      session.accountId = null;
    }
  });

  it("turns off only with a current code", async () => {
    const account = await createAccount();
    const { secret } = await enrol(account.id, Date.now() - 60_000);
    expect(await rejects(disableTwoFactor(account.id, "123456"))).toBe("422");
    await disableTwoFactor(account.id, codeFor(secret, Date.now()));
    const status = await twoFactorStatus(account.id);
    expect(status).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
    expect(await verifySecondStep(account.id, undefined)).toBe("not_enrolled");
  });
});

describe("the second step inside next-auth's authorize()", () => {
  type Authorize = (creds: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
  async function authorizeFn(): Promise<Authorize> {
    const { authOptions } = await import("@/lib/auth/options");
    const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };
    return provider.options.authorize;
  }
  const req = () => ({ headers: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}-${Math.random()}` } });
  const message = (p: Promise<unknown>) => p.then(() => "signed in", (e: Error) => e.message);

  it("asks for a code after the right password, counts wrong codes against the throttle, accepts a fresh code once", async () => {
    const authorize = await authorizeFn();
    const account = await createAccount();
    const { secret } = await enrol(account.id, Date.now() - 120_000);
    const creds = { email: account.email, password: account.password };
    expect(await message(authorize({ ...creds, password: "wrong" }, req()))).toBe("invalid_credentials");
    expect(await message(authorize(creds, req()))).toBe("two_factor_required");
    expect(await message(authorize({ ...creds, code: "000000" }, req()))).toBe("invalid_code");
    const [row] = await ownerSql()`select failures from throttle_counters where key = ${`account:${account.email.toLowerCase()}`}`;
    expect(row.failures).toBe(2);
    const code = codeFor(secret, Date.now());
    expect(await authorize({ ...creds, code }, req())).toMatchObject({ id: account.id });
    // Replayed: refused.
    expect(await message(authorize({ ...creds, code }, req()))).toBe("invalid_code");
  });

  it("locks out after repeated wrong codes", async () => {
    const authorize = await authorizeFn();
    const account = await createAccount();
    const { secret } = await enrol(account.id, Date.now() - 120_000);
    const creds = { email: account.email, password: account.password };
    for (let i = 0; i < 5; i++) expect(await message(authorize({ ...creds, code: "000000" }, req()))).toBe("invalid_code");
    expect(await message(authorize({ ...creds, code: codeFor(secret, Date.now()) }, req()))).toMatch(/^too_many_attempts/);
  });
});

describe("requiring the second step", () => {
  it("a supervisor requires it for the workspace only once enrolled; admins may not change it", async () => {
    const { openWorkspace } = await import("@/lib/access/workspace");
    const { runOperation } = await import("@/lib/operations");
    const { setRequireTwoFactor } = await import("@/lib/settings");
    const ws = await createWorkspace();
    const supervisor = await createAccount();
    const admin = await createAccount();
    await addMembership(ws.id, supervisor.id, "supervisor");
    await addMembership(ws.id, admin.id, "admin");
    const as = async (id: string) => openWorkspace((await loadActor(id))!, ws.slug);
    expect(await rejects(runOperation(setRequireTwoFactor, await as(admin.id), { required: "on" }))).toBe("403");
    expect(await rejects(runOperation(setRequireTwoFactor, await as(supervisor.id), { required: "on" }))).toBe("409");
    await enrol(supervisor.id);
    await runOperation(setRequireTwoFactor, await as(supervisor.id), { required: "on" });
    const [row] = await ownerSql()`select require_two_factor from workspaces where id = ${ws.id}`;
    expect(row.require_two_factor).toBe(true);
    expect((await loadActor(admin.id))?.twoFactorPending).toBe(true);
    const [audit] = await ownerSql()`select action, data from audit_events where workspace_id = ${ws.id} and action = 'settings.two_factor_required'`;
    expect(audit.data).toEqual({ required: true });
  });

  it("reseller staff require it for their own company only, once enrolled", async () => {
    const { openReseller, setStaffTwoFactor } = await import("@/lib/reseller");
    const [mine, other] = [await createReseller(), await createReseller()];
    const staff = await createAccount({ resellerId: mine.id });
    const ctx = await openReseller((await loadActor(staff.id))!, mine.slug);
    expect(await rejects(setStaffTwoFactor(ctx, true))).toBe("409");
    await enrol(staff.id);
    expect(await setStaffTwoFactor(ctx, true)).toBe(true);
    const rows = await ownerSql()`select id, require_two_factor from resellers where id in (${mine.id}, ${other.id})`;
    expect(Object.fromEntries(rows.map((r) => [r.id, r.require_two_factor]))).toEqual({ [mine.id]: true, [other.id]: false });
    expect(await setStaffTwoFactor(ctx, false)).toBe(false);
    const audits = await ownerSql()`select action, actor_account_id, data from reseller_audit_events where reseller_id = ${mine.id} order by id`;
    expect(audits.map((a) => [a.action, a.actor_account_id, a.data])).toEqual([
      ["settings.two_factor_required", staff.id, { required: true }],
      ["settings.two_factor_required", staff.id, { required: false }],
    ]);
  });
});
