/**
 * The invitations API (issue 18): POST, GET, resend and DELETE under /workspaces/{ws}/invitations,
 * with the operations' roles, idempotency and errors by key.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { invitePersonEndpoint, listPersonInvitationsEndpoint, resendPersonInvitationEndpoint, withdrawPersonInvitationEndpoint } from "@/lib/api/v1/invitations";
import { uniq } from "../factories";
import { sandboxAccountMailEndpoint } from "@/lib/api/v1/workspaces";
import { call, expectError, expectFieldError, issueTestToken, newSandbox, plainWorkspace, roleToken } from "../api/helpers";

describe("invitations API", () => {
  it("a supervisor token invites, lists, resends and withdraws; a repeat with the same key replays", async () => {
    const ws = await plainWorkspace("PL");
    const email = `${uniq("api")}@example.test`;
    const key = randomUUID();
    const created = await call(invitePersonEndpoint, { workspace: ws.slug }, { token: ws.token, json: { email, role: "viewer" }, idempotencyKey: key });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ invitation: { email, role: "viewer", expired: false }, resent: false });
    const again = await call(invitePersonEndpoint, { workspace: ws.slug }, { token: ws.token, json: { email, role: "viewer" }, idempotencyKey: key });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body.invitation.id).toBe(created.body.invitation.id);

    const list = await call(listPersonInvitationsEndpoint, { workspace: ws.slug }, { token: ws.token });
    expect(list.body.data.map((i: { id: string }) => i.id)).toEqual([created.body.invitation.id]);
    const id = created.body.invitation.id;
    expect((await call(resendPersonInvitationEndpoint, { workspace: ws.slug, invitationId: id }, { token: ws.token })).status).toBe(200);
    const withdrawn = await call(withdrawPersonInvitationEndpoint, { workspace: ws.slug, invitationId: id }, { token: ws.token });
    expect(withdrawn.body).toEqual({ id, withdrawn: true });
    expectError(await call(withdrawPersonInvitationEndpoint, { workspace: ws.slug, invitationId: id }, { token: ws.token }), 404, "not_found");
  });

  it("admins and viewers are refused; another workspace's invitation is not found; bad input is 422 in the documented shape", async () => {
    const ws = await plainWorkspace();
    const other = await plainWorkspace();
    const theirs = await call(invitePersonEndpoint, { workspace: other.slug }, { token: other.token, json: { email: `${uniq("o")}@example.test`, role: "admin" } });
    for (const role of ["admin", "viewer"] as const) {
      const { token } = await issueTestToken(ws.id, role);
      expectError(await call(invitePersonEndpoint, { workspace: ws.slug }, { token, json: { email: "x@example.test", role: "viewer" } }), 403, "forbidden");
      expectError(await call(listPersonInvitationsEndpoint, { workspace: ws.slug }, { token }), 403, "forbidden");
    }
    expectError(await call(withdrawPersonInvitationEndpoint, { workspace: ws.slug, invitationId: theirs.body.invitation.id }, { token: ws.token }), 404, "not_found");
    expectFieldError(await call(invitePersonEndpoint, { workspace: ws.slug }, { token: ws.token, json: { email: "nope", role: "admin" } }), "email");
    expectFieldError(await call(invitePersonEndpoint, { workspace: ws.slug }, { token: ws.token, json: { email: "a@example.test", role: "owner" } }), "role");
  });

  it("a sandbox's supervisor reads the account mail of its invitees (test installations); a real workspace has none to show", async () => {
    const sb = await newSandbox("empty");
    const email = `${uniq("sbx")}@example.test`;
    expect((await call(invitePersonEndpoint, { workspace: sb.slug }, { token: sb.token, json: { email, role: "admin" } })).status).toBe(201);
    const mail = await call(sandboxAccountMailEndpoint, { workspace: sb.slug }, { token: sb.token });
    expect(mail.status, mail.text).toBe(200);
    expect(mail.body.data).toEqual([expect.objectContaining({ kind: "workspace.invitation", recipients: [email], text: expect.stringMatching(/\/invitation\/[A-Za-z0-9_-]{43}/) })]);
    const viewer = await roleToken(sb, "viewer");
    expectError(await call(sandboxAccountMailEndpoint, { workspace: sb.slug }, { token: viewer.token }), 403, "forbidden");
    const ws = await plainWorkspace();
    expectError(await call(sandboxAccountMailEndpoint, { workspace: ws.slug }, { token: ws.token }), 404, "not_found");
  });
});
