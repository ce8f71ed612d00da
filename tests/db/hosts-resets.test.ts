import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { withScope } from "@/db/scope";
import { inPublisher, openPublisher } from "@/lib/access/publisher";
import { inWorkspace, openWorkspace } from "@/lib/access/workspace";
import { loadActor, type Actor } from "@/lib/auth/accounts";
import { AppError } from "@/lib/errors";
import { reportHostUnusable } from "@/lib/hosts";
import { activationPool, getHost, listHosts } from "@/lib/hosts/queries";
import { decideResetItem, listPublisherQueue } from "@/lib/hosts/publisher";
import { runOperation } from "@/lib/operations";
import { createAccount, createHost, createLicense, createMember, createProduct, createPublisher, createWorkspace, ownerSql } from "./factories";

async function actorOf(id: string): Promise<Actor> {
  const a = await loadActor(id);
  if (!a) throw new Error("no actor");
  return a;
}

/** A workspace whose host holds licenses of two publishers, with staff for each and an admin. */
async function twoPublisherHost(opts: { sandbox?: boolean } = {}) {
  const ws = await createWorkspace();
  if (opts.sandbox) await ownerSql()`update workspaces set is_sandbox = true where id = ${ws.id}`;
  const [pa, pb] = [await createPublisher(), await createPublisher()];
  const [prodA, prodB] = [await createProduct({ publisherId: pa.id, licensingModel: "per_host" }), await createProduct({ publisherId: pb.id, licensingModel: "per_device" })];
  const licA = await createLicense(ws.id, prodA.id, { quantity: 2, name: "Mixer", licensingModel: "per_host" });
  const licB = await createLicense(ws.id, prodB.id, { quantity: 3, name: "Endpoint", licensingModel: "per_device" });
  const host = await createHost(ws.id, { name: "Old Studio Mac", platform: "macos", state: "unusable" });
  const other = await createHost(ws.id, { name: "New Mac", platform: "macos" });
  const sql = ownerSql();
  for (const [h, l] of [[host.id, licA.id], [host.id, licB.id], [other.id, licB.id]]) {
    await sql`insert into activations (workspace_id, host_id, license_id, activated_at) values (${ws.id}, ${h}, ${l}, now() - interval '30 days')`;
  }
  const admin = await createMember(ws.id, "admin");
  const viewer = await createMember(ws.id, "viewer");
  const staffA = await createAccount({ publisherId: pa.id });
  const staffA2 = await createAccount({ publisherId: pa.id });
  const staffB = await createAccount({ publisherId: pb.id });
  return { ws, pa, pb, licA, licB, host, other, admin, viewer, staffA, staffA2, staffB };
}

async function report(accountId: string, slug: string, hostId: string, reason = "Sold with the studio; never deactivated.") {
  const ctx = await openWorkspace(await actorOf(accountId), slug);
  return (await runOperation(reportHostUnusable, ctx, { hostId, reason, understood: "on" })).result;
}

async function publisherCtx(accountId: string, slug: string) {
  return openPublisher(await actorOf(accountId), slug);
}

async function expectAppError(p: Promise<unknown>, status: number, code?: string) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, "expected an AppError").toBeInstanceOf(AppError);
  expect((e as AppError).status).toBe(status);
  if (code) expect((e as AppError).code).toBe(code);
}

describe("report as unusable", () => {
  it("makes one request with an item per license and publisher, idempotently, and tells each publisher of its own licenses", async () => {
    const f = await twoPublisherHost();
    const first = await report(f.admin.id, f.ws.slug, f.host.id);
    expect(first.existing).toBe(false);
    expect(first.state).toBe("reset_requested");
    expect(first.items.map((i) => [i.licenseName, i.publisherId, i.decision]).sort()).toEqual(
      [["Endpoint", f.pb.id, "pending"], ["Mixer", f.pa.id, "pending"]].sort(),
    );
    const again = await report(f.admin.id, f.ws.slug, f.host.id, "a different reason");
    expect(again.existing).toBe(true);
    expect(again.requestId).toBe(first.requestId);
    const [{ n }] = await ownerSql()<{ n: number }[]>`select count(*)::int as n from reset_requests where host_id = ${f.host.id}`;
    expect(n).toBe(1);

    const mails = await ownerSql()<{ recipients: string[]; text: string }[]>`
      select recipients, text from mail_messages where workspace_id = ${f.ws.id} and kind = 'reset_request.created' order by subject`;
    expect(mails).toHaveLength(2);
    const toA = mails.find((m) => m.recipients.includes(f.staffA.email))!;
    expect(toA.recipients.sort()).toEqual([f.staffA.email, f.staffA2.email].sort());
    expect(toA.text).toContain("Mixer");
    expect(toA.text).not.toContain("Endpoint");
    const [audit] = await ownerSql()`select action from audit_events where workspace_id = ${f.ws.id} and action = 'host.reset_requested'`;
    expect(audit).toBeTruthy();
  });

  it("requires a reason and the ticked box; a viewer may not; another workspace's host is not found", async () => {
    const f = await twoPublisherHost();
    const ctx = await openWorkspace(await actorOf(f.admin.id), f.ws.slug);
    await expectAppError(runOperation(reportHostUnusable, ctx, { hostId: f.host.id, reason: "  ", understood: "on" }), 422);
    await expectAppError(runOperation(reportHostUnusable, ctx, { hostId: f.host.id, reason: "lost" }), 422);
    const viewerCtx = await openWorkspace(await actorOf(f.viewer.id), f.ws.slug);
    await expectAppError(runOperation(reportHostUnusable, viewerCtx, { hostId: f.host.id, reason: "lost", understood: "on" }), 403);
    const g = await twoPublisherHost();
    await expectAppError(runOperation(reportHostUnusable, ctx, { hostId: g.host.id, reason: "lost", understood: "on" }), 404);
    const [{ n }] = await ownerSql()<{ n: number }[]>`select count(*)::int as n from reset_requests where workspace_id in (${f.ws.id}, ${g.ws.id})`;
    expect(n).toBe(0);
  });

  it("two admins submitting at once make one request", async () => {
    const f = await twoPublisherHost();
    const second = await createMember(f.ws.id, "admin");
    const [a, b] = await Promise.all([report(f.admin.id, f.ws.slug, f.host.id), report(second.id, f.ws.slug, f.host.id)]);
    expect(a.requestId).toBe(b.requestId);
    expect([a.existing, b.existing].sort()).toEqual([false, true]);
  });
});

describe("publisher decisions", () => {
  it("approve one license, deny the other: released to the pool, host stays unusable; admins are told", async () => {
    const f = await twoPublisherHost();
    const r = await report(f.admin.id, f.ws.slug, f.host.id);
    const itemA = r.items.find((i) => i.publisherId === f.pa.id)!;
    const itemB = r.items.find((i) => i.publisherId === f.pb.id)!;
    const ctxA = await publisherCtx(f.staffA.id, f.pa.slug);
    const ctxB = await publisherCtx(f.staffB.id, f.pb.slug);

    const approved = await decideResetItem(ctxA, { itemId: itemA.id, decision: "approved", note: "Approved, enjoy the new Mac." });
    expect(approved).toMatchObject({ changed: true, decision: "approved", hostState: "reset_requested" });
    const wctx = await openWorkspace(await actorOf(f.admin.id), f.ws.slug);
    const pool = await inWorkspace(wctx, "host", "read", (tx) => activationPool(tx, f.ws.id));
    expect(pool.find((p) => p.licenseId === f.licA.id)).toMatchObject({ quantity: 2, inUse: 0, free: 2 });
    expect(pool.find((p) => p.licenseId === f.licB.id)).toMatchObject({ quantity: 3, inUse: 2, free: 1 });

    const denied = await decideResetItem(ctxB, { itemId: itemB.id, decision: "denied", note: "Contact support with the invoice." });
    expect(denied.hostState).toBe("unusable");
    const host = await inWorkspace(wctx, "host", "read", (tx) => getHost(tx, f.ws, f.host.id));
    expect(host.state).toBe("unusable");
    expect(host.request!.items.map((i) => [i.licenseName, i.decision, i.note])).toEqual(
      expect.arrayContaining([["Mixer", "approved", "Approved, enjoy the new Mac."], ["Endpoint", "denied", "Contact support with the invoice."]]),
    );
    expect(host.activations.find((a) => a.licenseId === f.licB.id)?.activations).toBe(1);

    const mails = await ownerSql()<{ recipients: string[]; subject: string }[]>`
      select recipients, subject from mail_messages where workspace_id = ${f.ws.id} and kind = 'reset_request.decided'`;
    expect(mails).toHaveLength(2);
    for (const m of mails) expect(m.recipients).toContain(f.admin.email.toLowerCase());
    const actions = await ownerSql()<{ action: string }[]>`select action from audit_events where workspace_id = ${f.ws.id} order by occurred_at, action`;
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["reset_request.approved", "reset_request.denied"]));
  });

  it("every item approved removes the host, hidden from the list by default", async () => {
    const f = await twoPublisherHost();
    const r = await report(f.admin.id, f.ws.slug, f.host.id);
    await decideResetItem(await publisherCtx(f.staffA.id, f.pa.slug), { itemId: r.items.find((i) => i.publisherId === f.pa.id)!.id, decision: "approved" });
    const last = await decideResetItem(await publisherCtx(f.staffB.id, f.pb.slug), { itemId: r.items.find((i) => i.publisherId === f.pb.id)!.id, decision: "approved" });
    expect(last.hostState).toBe("removed");
    const wctx = await openWorkspace(await actorOf(f.admin.id), f.ws.slug);
    const params = { page: 1, size: 25, sort: "name" as const, dir: "asc" as const, q: "", filters: {} };
    const visible = await inWorkspace(wctx, "host", "read", (tx) => listHosts(tx, f.ws.id, params));
    expect(visible.rows.map((h) => h.name)).toEqual(["New Mac"]);
    const all = await inWorkspace(wctx, "host", "read", (tx) => listHosts(tx, f.ws.id, params, { includeRemoved: true }));
    expect(all.rows.map((h) => [h.name, h.state])).toEqual([["New Mac", "active"], ["Old Studio Mac", "removed"]]);
    const [{ n }] = await ownerSql()<{ n: number }[]>`select count(*)::int as n from audit_events where workspace_id = ${f.ws.id} and action = 'host.removed'`;
    expect(n).toBe(1);
  });

  it("two staff deciding the same item at once give one decision", async () => {
    const f = await twoPublisherHost();
    const r = await report(f.admin.id, f.ws.slug, f.host.id);
    const item = r.items.find((i) => i.publisherId === f.pa.id)!;
    const [c1, c2] = [await publisherCtx(f.staffA.id, f.pa.slug), await publisherCtx(f.staffA2.id, f.pa.slug)];
    // Same answer twice: one change, one idempotent echo.
    const same = await Promise.all([decideResetItem(c1, { itemId: item.id, decision: "approved" }), decideResetItem(c2, { itemId: item.id, decision: "approved" })]);
    expect(same.map((s) => s.changed).sort()).toEqual([false, true]);
    // Different answers at once on the other publisher's item: one wins, the other is told 409.
    const g = await twoPublisherHost();
    const rg = await report(g.admin.id, g.ws.slug, g.host.id);
    const itemG = rg.items.find((i) => i.publisherId === g.pa.id)!;
    const [d1, d2] = [await publisherCtx(g.staffA.id, g.pa.slug), await publisherCtx(g.staffA2.id, g.pa.slug)];
    const results = await Promise.allSettled([
      decideResetItem(d1, { itemId: itemG.id, decision: "approved" }),
      decideResetItem(d2, { itemId: itemG.id, decision: "denied" }),
    ]);
    const ok = results.filter((x) => x.status === "fulfilled");
    const failed = results.filter((x): x is PromiseRejectedResult => x.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0].reason).toMatchObject({ status: 409, code: "already_decided" });
    const rows = await ownerSql()<{ n: number }[]>`select count(*)::int as n from audit_events where subject_id = ${itemG.id}`;
    expect(rows[0].n).toBe(1);
  });

  it("decisions on the two items of one host at once still remove it", async () => {
    const f = await twoPublisherHost();
    const r = await report(f.admin.id, f.ws.slug, f.host.id);
    await Promise.all([
      decideResetItem(await publisherCtx(f.staffA.id, f.pa.slug), { itemId: r.items.find((i) => i.publisherId === f.pa.id)!.id, decision: "approved" }),
      decideResetItem(await publisherCtx(f.staffB.id, f.pb.slug), { itemId: r.items.find((i) => i.publisherId === f.pb.id)!.id, decision: "approved" }),
    ]);
    const [h] = await ownerSql()<{ state: string }[]>`select state from hosts where id = ${f.host.id}`;
    expect(h.state).toBe("removed");
  });
});

describe("isolation", () => {
  it("a publisher sees and decides only its own items; nothing else of the workspace", async () => {
    const f = await twoPublisherHost();
    const r = await report(f.admin.id, f.ws.slug, f.host.id);
    const itemB = r.items.find((i) => i.publisherId === f.pb.id)!;
    const ctxA = await publisherCtx(f.staffA.id, f.pa.slug);
    const queue = await inPublisher(ctxA, (tx) => listPublisherQueue(tx, { view: "all", page: 1, size: 50 }));
    expect(queue.rows.map((i) => [i.licenseName, i.hostName, i.workspaceName, i.reason])).toEqual([["Mixer", "Old Studio Mac", f.ws.name, "Sold with the studio; never deactivated."]]);
    // B's item: not found, exactly like a missing one.
    await expectAppError(decideResetItem(ctxA, { itemId: itemB.id, decision: "approved" }), 404);
    await expectAppError(decideResetItem(ctxA, { itemId: "00000000-0000-4000-8000-000000000000", decision: "approved" }), 404);
    // The publisher scope reads no workspace table directly.
    const seen = await inPublisher(ctxA, async (tx) => {
      const count = async (t: string) => (await tx.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(t)}`))[0].n;
      return {
        hosts: await count("hosts"),
        resetRequests: await count("reset_requests"),
        licenses: await count("licenses"),
        activations: await count("activations"),
        workspaces: await count("workspaces"),
        mail: await count("mail_messages"),
        items: await count("reset_request_items"),
      };
    });
    expect(seen).toEqual({ hosts: 0, resetRequests: 0, licenses: 0, activations: 0, workspaces: 0, mail: 0, items: 1 });
    // Another publisher's console: not found.
    await expectAppError(openPublisher(await actorOf(f.staffA.id), f.pb.slug), 404);
  });

  it("a workspace admin cannot decide: no publisher console, and the database refuses the change", async () => {
    const f = await twoPublisherHost();
    const r = await report(f.admin.id, f.ws.slug, f.host.id);
    await expectAppError(openPublisher(await actorOf(f.admin.id), f.pa.slug), 404);
    await expect(
      withScope({ kind: "account", accountId: f.admin.id, workspaceId: f.ws.id }, (tx) =>
        tx.execute(sql`update reset_request_items set decision = 'approved' where id = ${r.items[0].id}`),
      ),
    ).rejects.toThrow();
    await expect(
      withScope({ kind: "system", workspaceId: f.ws.id }, (tx) => tx.execute(sql`update reset_request_items set decision = 'approved' where id = ${r.items[0].id}`)),
    ).rejects.toThrow();
    const [row] = await ownerSql()<{ decision: string }[]>`select decision from reset_request_items where id = ${r.items[0].id}`;
    expect(row.decision).toBe("pending");
  });

  it("a decided item cannot be changed again, even directly as the publisher", async () => {
    const f = await twoPublisherHost();
    const r = await report(f.admin.id, f.ws.slug, f.host.id);
    const itemA = r.items.find((i) => i.publisherId === f.pa.id)!;
    const ctxA = await publisherCtx(f.staffA.id, f.pa.slug);
    await decideResetItem(ctxA, { itemId: itemA.id, decision: "denied" });
    await expectAppError(decideResetItem(ctxA, { itemId: itemA.id, decision: "approved" }), 409, "already_decided");
    await expect(inPublisher(ctxA, (tx) => tx.execute(sql`update reset_request_items set decision = 'approved' where id = ${itemA.id}`))).rejects.toThrow();
  });

  it("sandbox publisher staff see their sandbox only; real staff never see sandboxes", async () => {
    const real = await twoPublisherHost();
    const box = await twoPublisherHost({ sandbox: true });
    // The sandbox also licenses a product of the real workspace's publisher A.
    const boxStaff = await createAccount({ publisherId: real.pa.id });
    await ownerSql()`update accounts set scoped_workspace_id = ${box.ws.id} where id = ${boxStaff.id}`;
    const sharedProduct = await createProduct({ publisherId: real.pa.id, licensingModel: "per_host" });
    const boxLicense = await createLicense(box.ws.id, sharedProduct.id, { name: "Boxed Mixer" });
    await ownerSql()`insert into activations (workspace_id, host_id, license_id, activated_at) values (${box.ws.id}, ${box.host.id}, ${boxLicense.id}, now())`;
    await report(real.admin.id, real.ws.slug, real.host.id);
    await report(box.admin.id, box.ws.slug, box.host.id);

    const realQueue = await inPublisher(await publisherCtx(real.staffA.id, real.pa.slug), (tx) => listPublisherQueue(tx, { view: "all", page: 1, size: 50 }));
    expect(realQueue.rows.map((i) => i.workspaceName)).toEqual([real.ws.name]);
    const boxQueue = await inPublisher(await publisherCtx(boxStaff.id, real.pa.slug), (tx) => listPublisherQueue(tx, { view: "all", page: 1, size: 50 }));
    expect(boxQueue.rows.map((i) => [i.workspaceName, i.licenseName])).toEqual([[box.ws.name, "Boxed Mixer"]]);
    // And only the sandbox's own staff were mailed about it.
    const [m] = await ownerSql()<{ recipients: string[] }[]>`
      select recipients from mail_messages where workspace_id = ${box.ws.id} and kind = 'reset_request.created' and text like '%Boxed Mixer%'`;
    expect(m.recipients).toEqual([boxStaff.email.toLowerCase()]);
  });
});

describe("contacting the publisher", () => {
  it("is suggested after 3 working days without a decision, by the workspace's clock and time zone", async () => {
    const f = await twoPublisherHost();
    const tz = f.ws.timeZone;
    // Friday 2026-11-20, 10:00 UTC: the request is made.
    await ownerSql()`insert into workspace_clocks (workspace_id, now) values (${f.ws.id}, ${new Date("2026-11-20T10:00:00Z")})`;
    const r = await report(f.admin.id, f.ws.slug, f.host.id);
    expect(r.requestedAt).toBe("2026-11-20T10:00:00.000Z");
    const itemA = r.items.find((i) => i.publisherId === f.pa.id)!;
    await decideResetItem(await publisherCtx(f.staffA.id, f.pa.slug), { itemId: itemA.id, decision: "approved" });
    const view = async (now: string) => {
      await ownerSql()`update workspace_clocks set now = ${new Date(now)} where workspace_id = ${f.ws.id}`;
      const ctx = await openWorkspace(await actorOf(f.admin.id), f.ws.slug);
      const host = await inWorkspace(ctx, "host", "read", (tx) => getHost(tx, { id: f.ws.id, timeZone: tz }, f.host.id));
      return Object.fromEntries(host.request!.items.map((i) => [i.decision, i.contactPublisher]));
    };
    // Both PL and DE are UTC+1 in November: Thursday 00:00 local is Wednesday 23:00 UTC.
    expect(await view("2026-11-25T22:59:00Z")).toEqual({ approved: false, pending: false });
    expect(await view("2026-11-25T23:00:00Z")).toEqual({ approved: false, pending: true });
  });
});
