/**
 * Access through the real lib functions, against the database: the membership or reseller link
 * is read live, so a revoked role or an unlinked workspace closes at once.
 */
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { inWorkspace, listWorkspaces, openWorkspace } from "@/lib/access/workspace";
import { loadActor, type Actor } from "@/lib/auth/accounts";
import { AppError } from "@/lib/errors";
import {
  addMembership,
  createAccount,
  createDirectoryUser,
  createMember,
  createReseller,
  createWorkspace,
  disableAccount,
  linkReseller,
  removeMembership,
  uniq,
  unlinkReseller,
} from "./factories";

async function actorOf(accountId: string): Promise<Actor> {
  const actor = await loadActor(accountId);
  if (!actor) throw new Error(`no actor for ${accountId}`);
  return actor;
}

/** The error a promise rejects with (or a sync throw), for comparing two refusals. */
async function refusal(fn: () => Promise<unknown>): Promise<AppError> {
  try {
    await fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error("expected a refusal");
}

const asPlain = (e: AppError) => ({ status: e.status, code: e.code, message: e.message });

describe("openWorkspace / listWorkspaces", () => {
  it("a member opens its own workspace with its role", async () => {
    const w = await createWorkspace({ country: "PL" });
    const member = await createMember(w.id, "admin");
    const actor = await actorOf(member.id);
    expect(actor.memberships.get(w.id)).toBe("admin");

    const ctx = await openWorkspace(actor, w.slug);
    expect(ctx).toMatchObject({ role: "admin", via: "membership" });
    expect(ctx.workspace).toEqual({
      id: w.id,
      slug: w.slug,
      name: w.name,
      country: "PL",
      currency: "PLN",
      locale: "pl-PL",
      timeZone: "Europe/Warsaw",
      isSandbox: false,
    });
    expect((await listWorkspaces(actor)).map((x) => [x.id, x.role])).toEqual([[w.id, "admin"]]);
  });

  it("a foreign slug is 404, the same answer as a slug that does not exist", async () => {
    const [mine, foreign] = await Promise.all([createWorkspace(), createWorkspace()]);
    const member = await createMember(mine.id, "supervisor");
    await createMember(foreign.id, "supervisor");
    const actor = await actorOf(member.id);

    const notMine = await refusal(() => openWorkspace(actor, foreign.slug));
    const missing = await refusal(() => openWorkspace(actor, uniq("no-such-workspace")));
    expect(notMine.status).toBe(404);
    expect(asPlain(notMine)).toEqual(asPlain(missing));
    expect((await listWorkspaces(actor)).map((x) => x.id)).toEqual([mine.id]);
  });

  it("reseller staff open every linked workspace as admin, and nothing else", async () => {
    const [w1, w2, unlinked] = await Promise.all([createWorkspace(), createWorkspace(), createWorkspace()]);
    const reseller = await createReseller();
    await Promise.all([linkReseller(reseller.id, w1.id), linkReseller(reseller.id, w2.id)]);
    const staff = await createAccount({ resellerId: reseller.id });
    const actor = await actorOf(staff.id);

    const list = await listWorkspaces(actor);
    expect(list.map((x) => ({ id: x.id, role: x.role })).sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      [w1, w2].map((w) => ({ id: w.id, role: "admin" })).sort((x, y) => x.id.localeCompare(y.id)),
    );
    for (const w of [w1, w2]) expect(await openWorkspace(actor, w.slug)).toMatchObject({ role: "admin", via: "reseller" });
    expect((await refusal(() => openWorkspace(actor, unlinked.slug))).status).toBe(404);
  });

  it("reseller staff who are also members get the stronger role", async () => {
    const [asViewer, asSupervisor] = await Promise.all([createWorkspace(), createWorkspace()]);
    const reseller = await createReseller();
    await Promise.all([linkReseller(reseller.id, asViewer.id), linkReseller(reseller.id, asSupervisor.id)]);
    const staff = await createAccount({ resellerId: reseller.id });
    await addMembership(asViewer.id, staff.id, "viewer");
    await addMembership(asSupervisor.id, staff.id, "supervisor");
    const actor = await actorOf(staff.id);
    expect(await openWorkspace(actor, asViewer.slug)).toMatchObject({ role: "admin", via: "reseller" });
    expect(await openWorkspace(actor, asSupervisor.slug)).toMatchObject({ role: "supervisor", via: "membership" });
  });

  it("after unlinking, the reseller's next openWorkspace is 404", async () => {
    const w = await createWorkspace();
    const reseller = await createReseller();
    await linkReseller(reseller.id, w.id);
    const actor = await actorOf((await createAccount({ resellerId: reseller.id })).id);
    expect(await openWorkspace(actor, w.slug)).toMatchObject({ role: "admin" });

    await unlinkReseller(reseller.id, w.id);
    // The same (already loaded) actor: the link is read live.
    expect((await refusal(() => openWorkspace(actor, w.slug))).status).toBe(404);
    expect(await listWorkspaces(actor)).toEqual([]);
  });

  it("a revoked membership is 404 at once, even for an actor loaded before the revocation", async () => {
    const w = await createWorkspace();
    const member = await createMember(w.id, "supervisor");
    await createDirectoryUser(w.id);
    const stale = await actorOf(member.id);
    const ctx = await openWorkspace(stale, w.slug);
    const read = () => inWorkspace(ctx, "directory_user", "read", (tx) => tx.execute(sql`select id from directory_users`));
    expect((await read()).length).toBe(1);

    await removeMembership(w.id, member.id);
    expect((await refusal(() => openWorkspace(stale, w.slug))).status).toBe(404);
    expect((await refusal(async () => openWorkspace(await actorOf(member.id), w.slug))).status).toBe(404);
    // A context opened before the revocation reads nothing any more (row-level security).
    expect((await read()).length).toBe(0);
  });
});

describe("inWorkspace", () => {
  it("a viewer may read directory users but not create one (403), and the work never runs", async () => {
    const w = await createWorkspace();
    await createDirectoryUser(w.id);
    const viewer = await createMember(w.id, "viewer");
    const ctx = await openWorkspace(await actorOf(viewer.id), w.slug);
    expect(ctx.role).toBe("viewer");

    const rows = await inWorkspace(ctx, "directory_user", "read", (tx) => tx.execute(sql`select id from directory_users`));
    expect(rows.length).toBe(1);

    let ran = false;
    const err = await refusal(async () =>
      inWorkspace(ctx, "directory_user", "create", async () => {
        ran = true;
      }),
    );
    expect({ status: err.status, code: err.code }).toEqual({ status: 403, code: "forbidden" });
    expect(ran).toBe(false);
  });

  it("an admin may create a directory user inside the scoped transaction", async () => {
    const w = await createWorkspace();
    const admin = await createMember(w.id, "admin");
    const ctx = await openWorkspace(await actorOf(admin.id), w.slug);
    const email = `${uniq("new")}@example.test`;
    await inWorkspace(ctx, "directory_user", "create", (tx) =>
      tx.execute(sql`insert into directory_users (workspace_id, email, name) values (${w.id}, ${email}, 'New')`),
    );
    const rows = await inWorkspace(ctx, "directory_user", "read", (tx) => tx.execute(sql`select email from directory_users`));
    expect(rows.map((r) => r.email)).toEqual([email]);
  });
});

describe("loadActor", () => {
  it("returns the account with its memberships, and null once it is disabled", async () => {
    const [w1, w2] = await Promise.all([createWorkspace(), createWorkspace()]);
    const member = await createMember(w1.id, "supervisor");
    await addMembership(w2.id, member.id, "viewer");
    const actor = await actorOf(member.id);
    expect(actor).toMatchObject({ accountId: member.id, email: member.email, resellerId: null, publisherId: null });
    expect(Object.fromEntries(actor.memberships)).toEqual({ [w1.id]: "supervisor", [w2.id]: "viewer" });

    await disableAccount(member.id);
    expect(await loadActor(member.id)).toBeNull();
    // An actor loaded before the account was disabled opens nothing any more either.
    expect((await refusal(() => openWorkspace(actor, w1.slug))).status).toBe(404);
  });

  it("returns null for an unknown account id", async () => {
    expect(await loadActor(crypto.randomUUID())).toBeNull();
  });
});
