/**
 * Linking customers (issue 17): a reseller invites a workspace, its supervisor accepts or declines,
 * either side ends the link and access ends on the very next request, for staff sessions and
 * reseller tokens alike; a reseller creates a customer workspace linked from the start. Through
 * the API (in-process route handlers) and the library the hub's actions call.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withScope } from "@/db/scope";
import { resellerWorkspaces } from "@/db/schema";
import { createResellerToken } from "@/lib/api-tokens/reseller";
import { acceptInvitation } from "@/lib/workspaces/invitations";
import {
  acceptInvitationEndpoint,
  createCustomerWorkspaceEndpoint,
  declineInvitationEndpoint,
  endLinkByResellerEndpoint,
  endLinkByWorkspaceEndpoint,
  inviteWorkspaceEndpoint,
  listResellerLinksEndpoint,
  listWorkspaceInvitationsEndpoint,
  listWorkspaceLinksEndpoint,
  withdrawInvitationEndpoint,
} from "@/lib/api/v1/reseller-links";
import { createResellerSandboxEndpoint } from "@/lib/api/v1/reseller-sandboxes";
import { deleteSandboxEndpoint, getWorkspaceEndpoint, listWorkspacesEndpoint } from "@/lib/api/v1/workspaces";
import { loadActor, type Actor } from "@/lib/auth/accounts";
import { openWorkspace } from "@/lib/access/workspace";
import { AppError } from "@/lib/errors";
import { openReseller } from "@/lib/reseller";
import { inviteWorkspace, listResellerLinks } from "@/lib/reseller/links";
import { createAccount, createMember, createReseller, createWorkspace, linkReseller, ownerSql } from "../factories";
import { call, expectError, idemKey, issueTestToken, type Json } from "./helpers";

async function actorOf(accountId: string): Promise<Actor> {
  const actor = await loadActor(accountId);
  if (!actor) throw new Error("no actor");
  return actor;
}

/** A reseller, its staff member (as a signed-in actor) and an admin and a viewer API token. */
async function partner() {
  const reseller = await createReseller();
  const person = await createAccount({ resellerId: reseller.id });
  const staff = await actorOf(person.id);
  const ctx = await openReseller(staff, reseller.slug);
  const admin = await createResellerToken(ctx, { name: "CI", role: "admin" });
  const viewer = await createResellerToken(ctx, { name: "Reader", role: "viewer" });
  return { reseller, staff, staffEmail: person.email, admin: admin.token, viewer: viewer.token };
}

/** A customer workspace with a supervisor (token and e-mail), an admin and a viewer token. */
async function customer() {
  const ws = await createWorkspace();
  const supervisor = await createMember(ws.id, "supervisor");
  const sup = await issueTestToken(ws.id, "supervisor");
  const adm = await issueTestToken(ws.id, "admin");
  const view = await issueTestToken(ws.id, "viewer");
  return { ...ws, supervisorEmail: supervisor.email, token: sup.token, adminToken: adm.token, viewerToken: view.token };
}

/** What the reseller's staff session gets on its next request to the workspace: 200 or the AppError's status. */
async function staffReach(staff: Actor, slug: string): Promise<number> {
  try {
    await openWorkspace(await actorOf(staff.accountId), slug);
    return 200;
  } catch (e) {
    if (e instanceof AppError) return e.status;
    throw e;
  }
}

async function invite(p: { reseller: { slug: string }; admin: string }, target: string, key?: string) {
  return call(inviteWorkspaceEndpoint, { reseller: p.reseller.slug }, { token: p.admin, json: { target }, idempotencyKey: key });
}

const auditOf = async (table: "audit_events" | "reseller_audit_events", column: "workspace_id" | "reseller_id", id: string) =>
  (await ownerSql().unsafe(`select action, actor_label as "actorLabel", data from ${table} where ${column} = $1 order by id`, [id])) as unknown as Json[];

const mailOf = async (workspaceId: string, kind: string) =>
  ownerSql()<{ recipients: string[]; subject: string }[]>`select recipients, subject from mail_messages where workspace_id = ${workspaceId} and kind = ${kind} order by queued_at`;

describe("linking a customer: invite, accept, end", () => {
  it("invites by address; the supervisor accepts; the reseller's staff and tokens reach the workspace; ending it from the workspace refuses their very next request", async () => {
    const p = await partner();
    const ws = await customer();
    expect(await staffReach(p.staff, ws.slug)).toBe(404);

    const sent = await invite(p, `/w/${ws.slug.toUpperCase()}`);
    expect(sent.status, sent.text).toBe(201);
    // Before the answer, the reseller knows only what it typed.
    expect(sent.body).toMatchObject({ state: "pending", invitedAs: ws.slug, workspace: null });
    expect(await staffReach(p.staff, ws.slug)).toBe(404);
    expect((await mailOf(ws.id, "reseller.invitation"))[0].recipients).toEqual([ws.supervisorEmail]);

    const pending = await call(listWorkspaceInvitationsEndpoint, { workspace: ws.slug }, { token: ws.token });
    expect(pending.body.data).toMatchObject([{ id: sent.body.id, state: "pending", reseller: { slug: p.reseller.slug }, invitedBy: "CI" }]);

    const accepted = await call(acceptInvitationEndpoint, { workspace: ws.slug, invitationId: sent.body.id }, { token: ws.token });
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body).toEqual({ id: sent.body.id, state: "accepted", changed: true });
    // Who decided, as the reseller's side is shown it: the token's name, not its account's made-up address.
    const decided = await call(listWorkspaceInvitationsEndpoint, { workspace: ws.slug }, { token: ws.token });
    expect(decided.body.data[0]).toMatchObject({ id: sent.body.id, decidedBy: "test supervisor" });
    expect(await staffReach(p.staff, ws.slug)).toBe(200);
    const viaToken = await call(getWorkspaceEndpoint, { workspace: ws.slug }, { token: p.admin });
    expect(viaToken.body).toMatchObject({ id: ws.id, role: "admin" });
    const links = await call(listResellerLinksEndpoint, { reseller: p.reseller.slug }, { token: p.viewer });
    expect(links.body.links).toMatchObject([{ workspace: { slug: ws.slug } }]);
    expect(links.body.invitations[0]).toMatchObject({ state: "accepted", workspace: { slug: ws.slug, name: ws.name } });
    expect((await mailOf(ws.id, "reseller.invitation_accepted"))[0].recipients).toEqual([p.staffEmail]);
    // Accepting again is a harmless repeat; declining it now is a conflict.
    expect((await call(acceptInvitationEndpoint, { workspace: ws.slug, invitationId: sent.body.id }, { token: ws.token })).body.changed).toBe(false);
    expectError(await call(declineInvitationEndpoint, { workspace: ws.slug, invitationId: sent.body.id }, { token: ws.token }), 409, "invitation_decided");

    const ended = await call(endLinkByWorkspaceEndpoint, { workspace: ws.slug, reseller: p.reseller.slug }, { token: ws.token, idempotencyKey: idemKey() });
    expect(ended.status, ended.text).toBe(200);
    expect(await staffReach(p.staff, ws.slug)).toBe(404);
    expectError(await call(getWorkspaceEndpoint, { workspace: ws.slug }, { token: p.admin }), 404, "not_found");
    expect((await call(listWorkspacesEndpoint, {}, { token: p.admin })).body.data).toEqual([]);

    expect((await auditOf("audit_events", "workspace_id", ws.id)).map((e) => e.action)).toEqual(
      expect.arrayContaining(["reseller_invitation.received", "reseller_invitation.accepted", "reseller_link.ended"]),
    );
    const resellerLog = await auditOf("reseller_audit_events", "reseller_id", p.reseller.id);
    expect(resellerLog.map((e) => e.action)).toEqual(expect.arrayContaining(["reseller_invitation.sent", "reseller_invitation.accepted", "reseller_link.ended"]));
    expect(resellerLog.find((e) => e.action === "reseller_link.ended")?.data).toMatchObject({ endedBy: "workspace", workspaceId: ws.id });
    const endMail = await mailOf(ws.id, "reseller.link_ended");
    expect(endMail.flatMap((m) => m.recipients).sort()).toEqual([ws.supervisorEmail, p.staffEmail].sort());
  });

  it("ends the link from the reseller's side: staff session and token get 404 on the next request, both sides are told", async () => {
    const p = await partner();
    const ws = await customer();
    await linkReseller(p.reseller.id, ws.id);
    expect(await staffReach(p.staff, ws.slug)).toBe(200);
    expectError(await call(endLinkByResellerEndpoint, { reseller: p.reseller.slug, workspaceSlug: ws.slug }, { token: p.viewer }), 403, "forbidden");

    const ended = await call(endLinkByResellerEndpoint, { reseller: p.reseller.slug, workspaceSlug: ws.slug }, { token: p.admin });
    expect(ended.status, ended.text).toBe(200);
    expect(await staffReach(p.staff, ws.slug)).toBe(404);
    expectError(await call(getWorkspaceEndpoint, { workspace: ws.slug }, { token: p.admin }), 404, "not_found");
    expectError(await call(endLinkByResellerEndpoint, { reseller: p.reseller.slug, workspaceSlug: ws.slug }, { token: p.admin }), 404, "not_found");
    expect((await call(listWorkspaceLinksEndpoint, { workspace: ws.slug }, { token: ws.token })).body.data).toEqual([]);
    expect((await auditOf("audit_events", "workspace_id", ws.id)).find((e) => e.action === "reseller_link.ended")).toMatchObject({ data: { endedBy: "reseller" } });
    expect((await mailOf(ws.id, "reseller.link_ended")).flatMap((m) => m.recipients).sort()).toEqual([ws.supervisorEmail, p.staffEmail].sort());
  });

  it("a declined invitation links nothing; the reseller may invite again a day later; a withdrawn one cannot be accepted", async () => {
    const p = await partner();
    const ws = await customer();
    await ownerSql()`update accounts set locale = 'de' where email = ${p.staffEmail}`;
    const first = await invite(p, ws.slug);
    const declined = await call(declineInvitationEndpoint, { workspace: ws.slug, invitationId: first.body.id }, { token: ws.token });
    expect(declined.body).toMatchObject({ state: "declined", changed: true });
    expect(await staffReach(p.staff, ws.slug)).toBe(404);
    // The staff member reads it in their own language, though no link ever existed.
    expect(await mailOf(ws.id, "reseller.invitation_declined")).toEqual([{ recipients: [p.staffEmail], subject: `${ws.name} hat Ihre Einladung abgelehnt` }]);

    // Inviting again at once would let invite-and-withdraw flood the supervisors' mailboxes.
    const soon = await invite(p, ws.supervisorEmail.toUpperCase());
    expectError(soon, 409, "invitation_too_soon");
    expect(soon.body.error.message).toBe("You invited this workspace less than a day ago. You can invite it again in 24 hours.");
    await ownerSql()`update reseller_invitations set created_at = created_at - interval '25 hours' where id = ${first.body.id}`;
    const second = await invite(p, ws.supervisorEmail.toUpperCase());
    expect(second.status, second.text).toBe(201);
    const withdrawn = await call(withdrawInvitationEndpoint, { reseller: p.reseller.slug, invitationId: second.body.id }, { token: p.admin });
    expect(withdrawn.body).toEqual({ id: second.body.id, state: "revoked" });
    expectError(await call(acceptInvitationEndpoint, { workspace: ws.slug, invitationId: second.body.id }, { token: ws.token }), 409, "invitation_decided");
    expect(await staffReach(p.staff, ws.slug)).toBe(404);
  });

  it("only the supervisor decides: admins and viewers of the workspace, and the reseller itself, cannot accept", async () => {
    const p = await partner();
    const ws = await customer();
    const sent = await invite(p, ws.slug);
    const params = { workspace: ws.slug, invitationId: sent.body.id };
    expectError(await call(acceptInvitationEndpoint, params, { token: ws.adminToken }), 403, "forbidden");
    expectError(await call(acceptInvitationEndpoint, params, { token: ws.viewerToken }), 403, "forbidden");
    // The reseller's token does not reach the workspace at all until it is linked.
    expectError(await call(acceptInvitationEndpoint, params, { token: p.admin }), 404, "not_found");
    expectError(await call(endLinkByWorkspaceEndpoint, { workspace: ws.slug, reseller: p.reseller.slug }, { token: ws.adminToken }), 403, "forbidden");
    expect((await call(listWorkspaceInvitationsEndpoint, { workspace: ws.slug }, { token: ws.adminToken })).status).toBe(200);
    expectError(await call(listWorkspaceInvitationsEndpoint, { workspace: ws.slug }, { token: ws.viewerToken }), 403, "forbidden");
  });
});

describe("the sandbox API", () => {
  it("lets a suite unlink a sandbox reseller's workspace with the workspace's token and assert the 404 that follows", async () => {
    const made = await call(createResellerSandboxEndpoint, {}, { json: { workspaces: 1 } });
    expect(made.status, made.text).toBe(201);
    const [{ workspace, token }] = made.body.workspaces;
    const [row] = await ownerSql()<{ id: string }[]>`select id from accounts where email = ${made.body.staff.email}`;
    const staff = await actorOf(row.id);
    expect(await staffReach(staff, workspace.slug)).toBe(200);
    const ended = await call(endLinkByWorkspaceEndpoint, { workspace: workspace.slug, reseller: made.body.reseller.slug }, { token: token.token });
    expect(ended.body).toEqual({ reseller: made.body.reseller.slug, ended: true });
    expect(await staffReach(staff, workspace.slug)).toBe(404);
    // A sandbox reseller reaches sandboxes only: a real workspace is unknown to it.
    const real = await customer();
    const ctx = await openReseller(staff, made.body.reseller.slug);
    const tok = await createResellerToken(ctx, { name: "suite", role: "admin" });
    expectError(await call(inviteWorkspaceEndpoint, { reseller: made.body.reseller.slug }, { token: tok.token, json: { target: real.slug } }), 404, "not_found");
    const back = await call(inviteWorkspaceEndpoint, { reseller: made.body.reseller.slug }, { token: tok.token, json: { target: workspace.slug } });
    expect(back.status, back.text).toBe(201);
    // Its created customers are sandboxes too, with a test clock, deleted when they expire.
    const created = await call(createCustomerWorkspaceEndpoint, { reseller: made.body.reseller.slug }, { token: tok.token, json: { name: "Suite customer", country: "PL" } });
    expect(created.body).toMatchObject({ isSandbox: true, currency: "PLN" });
    const [clock] = await ownerSql()<{ n: number }[]>`select count(*)::int as n from workspace_clocks where workspace_id = ${created.body.id}`;
    expect(clock.n).toBe(1);
    await call(deleteSandboxEndpoint, { workspace: workspace.slug }, { token: token.token });
  });
});

describe("inviting: duplicates, unknown targets, idempotency", () => {
  it("answers a second invite 409 while one is pending, and a repeat with the same Idempotency-Key with the first invitation", async () => {
    const p = await partner();
    const ws = await customer();
    const key = idemKey();
    const first = await invite(p, ws.slug, key);
    expect(first.status, first.text).toBe(201);
    const replay = await invite(p, ws.slug, key);
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body.id).toBe(first.body.id);
    const dup = await invite(p, ws.slug);
    expectError(dup, 409, "invitation_pending");
    expect(dup.body.error.details).toEqual({ invitationId: first.body.id });
    expectError(await invite(p, ws.supervisorEmail, key), 422, "idempotency_key_reused");
    expect(await ownerSql()`select 1 from reseller_invitations where reseller_id = ${p.reseller.id}`).toHaveLength(1);

    await call(acceptInvitationEndpoint, { workspace: ws.slug, invitationId: first.body.id }, { token: ws.token });
    expectError(await invite(p, ws.slug), 409, "already_linked");
  });

  it("answers 404 for unknown workspaces and e-mails, 422 for malformed targets, 403 for viewer tokens and 404 for another reseller", async () => {
    const p = await partner();
    const other = await partner();
    const ws = await customer();
    expectError(await invite(p, "no-such-workspace-anywhere"), 404, "not_found");
    expectError(await invite(p, "nobody@nowhere.example"), 404, "not_found");
    // An admin's e-mail is not a supervisor's.
    const admin = await createMember(ws.id, "admin");
    expectError(await invite(p, admin.email), 404, "not_found");
    expectError(await invite(p, "not an address"), 422, "validation_failed");
    expectError(await call(inviteWorkspaceEndpoint, { reseller: p.reseller.slug }, { token: p.viewer, json: { target: ws.slug } }), 403, "forbidden");
    expectError(await call(inviteWorkspaceEndpoint, { reseller: p.reseller.slug }, { token: other.admin, json: { target: ws.slug } }), 404, "not_found");
    expectError(await call(listResellerLinksEndpoint, { reseller: p.reseller.slug }, { token: other.admin }), 404, "not_found");
  });

  it("refuses an e-mail that supervises several workspaces (the address is needed)", async () => {
    const p = await partner();
    const a = await customer();
    const b = await createWorkspace();
    const [row] = await ownerSql()<{ id: string }[]>`select id from accounts where email = ${a.supervisorEmail}`;
    await ownerSql()`insert into memberships (workspace_id, account_id, role) values (${b.id}, ${row.id}, 'supervisor')`;
    expectError(await invite(p, a.supervisorEmail), 422, "invitee_ambiguous");
  });
});

describe("tenancy of links and invitations", () => {
  it("no reseller links itself (or anyone) to a workspace without its supervisor: row-level security refuses the insert", async () => {
    const p = await partner();
    const linked = await customer();
    const target = await customer();
    await linkReseller(p.reseller.id, linked.id);
    // In the reseller's room, and inside a workspace it administers: neither may add a link.
    await expect(
      withScope({ kind: "account", accountId: p.staff.accountId, resellerScope: true }, (tx) => tx.insert(resellerWorkspaces).values({ resellerId: p.reseller.id, workspaceId: target.id })),
    ).rejects.toThrow();
    const other = await createReseller();
    await expect(
      withScope({ kind: "account", accountId: p.staff.accountId, workspaceId: linked.id }, (tx) => tx.insert(resellerWorkspaces).values({ resellerId: other.id, workspaceId: linked.id })),
    ).rejects.toThrow();
    // Nor can it mark its own invitation accepted.
    const sent = await inviteWorkspace(p.staff, p.reseller.slug, { target: target.slug });
    await expect(
      withScope({ kind: "account", accountId: p.staff.accountId, resellerScope: true }, (tx) =>
        tx.execute(sql`update reseller_invitations set state = 'accepted' where id = ${sent.result.id}`),
      ),
    ).rejects.toThrow();
    expect(await staffReach(p.staff, target.slug)).toBe(404);
  });

  it("a reseller sees only its own invitations, even inside a workspace it administers", async () => {
    const p = await partner();
    const rival = await partner();
    const ws = await customer();
    await linkReseller(p.reseller.id, ws.id);
    const theirs = await invite(rival, ws.slug);
    expect(theirs.status, theirs.text).toBe(201);
    expect((await listResellerLinks(p.staff, p.reseller.slug)).invitations).toEqual([]);
    const seen = await withScope({ kind: "account", accountId: p.staff.accountId, workspaceId: ws.id }, (tx) =>
      tx.execute(sql`select id from reseller_invitations`),
    );
    expect(seen).toHaveLength(0);
    // The reseller's staff act as admins there: the workspace's list is the supervisor's, not theirs.
    expectError(await call(acceptInvitationEndpoint, { workspace: ws.slug, invitationId: theirs.body.id }, { token: p.admin }), 403, "forbidden");
    // The supervisor sees it.
    expect((await call(listWorkspaceInvitationsEndpoint, { workspace: ws.slug }, { token: ws.token })).body.data).toHaveLength(1);
  });
});

describe("creating a customer workspace", () => {
  it("creates it with the country's currency and formats, linked from the start, audited on both sides; a repeat with the key answers the same", async () => {
    const p = await partner();
    const key = idemKey();
    const made = await call(createCustomerWorkspaceEndpoint, { reseller: p.reseller.slug }, { token: p.admin, json: { name: "Müller & Söhne GmbH", country: "de" }, idempotencyKey: key });
    expect(made.status, made.text).toBe(201);
    expect(made.body).toMatchObject({ name: "Müller & Söhne GmbH", country: "DE", currency: "EUR", locale: "de-DE", timeZone: "Europe/Berlin", isSandbox: false });
    expect(made.body.slug).toMatch(/^muller-sohne-gmbh-[0-9a-f]{6}$/);
    const again = await call(createCustomerWorkspaceEndpoint, { reseller: p.reseller.slug }, { token: p.admin, json: { name: "Müller & Söhne GmbH", country: "DE" }, idempotencyKey: key });
    expect(again.body.id).toBe(made.body.id);
    expect(again.headers.get("idempotent-replayed")).toBe("true");

    expect(await staffReach(p.staff, made.body.slug)).toBe(200);
    expect((await call(getWorkspaceEndpoint, { workspace: made.body.slug }, { token: p.admin })).body).toMatchObject({ role: "admin" });
    expect((await auditOf("audit_events", "workspace_id", made.body.id)).map((e) => e.action)).toEqual(["workspace.created"]);
    expect((await auditOf("reseller_audit_events", "reseller_id", p.reseller.id)).map((e) => e.action)).toContain("reseller_link.created");

    const zoned = await call(createCustomerWorkspaceEndpoint, { reseller: p.reseller.slug }, { token: p.admin, json: { name: "Acme US West", country: "US", timeZone: "America/Los_Angeles" } });
    expect(zoned.body).toMatchObject({ currency: "USD", timeZone: "America/Los_Angeles" });
    // Any ISO country: New Zealand pays in NZD, formats en-NZ, Auckland by default.
    const far = await call(createCustomerWorkspaceEndpoint, { reseller: p.reseller.slug }, { token: p.admin, json: { name: "Kiwi Ltd", country: "NZ" } });
    expect(far.body).toMatchObject({ country: "NZ", currency: "NZD", locale: "en-NZ", timeZone: "Pacific/Auckland" });
  });

  it("invites its first supervisor by e-mail: accepting makes that person the workspace's supervisor", async () => {
    const p = await partner();
    const email = `first.${randomUUID().slice(0, 8)}@example.test`;
    const made = await call(createCustomerWorkspaceEndpoint, { reseller: p.reseller.slug }, { token: p.admin, json: { name: "Erste GmbH", country: "DE", supervisorEmail: email } });
    expect(made.status, made.text).toBe(201);
    const [mail] = await ownerSql()<{ text: string }[]>`select text from mail_messages where kind = 'workspace.invitation' and ${email} = any(recipients)`;
    const secret = /\/invitation\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1];
    const joined = await acceptInvitation(secret, { person: { name: "Erste Person", password: "a long enough passphrase" }, locale: "de" });
    expect(joined.workspaceSlug).toBe(made.body.slug);
    const [m] = await ownerSql()<{ role: string }[]>`select role from memberships where workspace_id = ${made.body.id} and account_id = ${joined.accountId}`;
    expect(m.role).toBe("supervisor");
    expect((await auditOf("audit_events", "workspace_id", made.body.id)).map((e) => e.action)).toEqual(["workspace.created", "invitation.created", "invitation.accepted"]);
    expectError(await call(createCustomerWorkspaceEndpoint, { reseller: p.reseller.slug }, { token: p.admin, json: { name: "X", country: "PL", supervisorEmail: "nope" } }), 422, "validation_failed");
  });

  it("refuses unsupported countries and zones (422) and viewer tokens (403)", async () => {
    const p = await partner();
    const params = { reseller: p.reseller.slug };
    expectError(await call(createCustomerWorkspaceEndpoint, params, { token: p.admin, json: { name: "X", country: "XX" } }), 422, "validation_failed");
    expectError(await call(createCustomerWorkspaceEndpoint, params, { token: p.admin, json: { name: "X", country: "PL", timeZone: "Mars/Olympus" } }), 422, "validation_failed");
    // A real zone, but not Poland's.
    const foreign = await call(createCustomerWorkspaceEndpoint, params, { token: p.admin, json: { name: "X", country: "PL", timeZone: "Asia/Kolkata" } });
    expectError(foreign, 422, "validation_failed");
    expect(Object.keys(foreign.body.error.details.fieldErrors)).toEqual(["timeZone"]);
    expectError(await call(createCustomerWorkspaceEndpoint, params, { token: p.admin, json: { name: "", country: "PL" } }), 422, "validation_failed");
    expectError(await call(createCustomerWorkspaceEndpoint, params, { token: p.viewer, json: { name: "X", country: "PL" } }), 403, "forbidden");
  });
});
