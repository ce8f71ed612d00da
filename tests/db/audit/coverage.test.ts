/**
 * Every change writes its audit events (issue 16): one per affected subject, in the change's
 * transaction, by its actor. The operations are found in the code (every `defineOperation` export
 * under lib/), so a new operation fails here until it has a case below or a reasoned exemption.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inWorkspace, openWorkspace, type WorkspaceContext } from "@/lib/access/workspace";
import { loadActor } from "@/lib/auth/accounts";
import { seedId } from "@/lib/demo-data/ids";
import { runOperation, type Operation } from "@/lib/operations";
import { DEMO_REQUEST_KEYS } from "@/lib/request-keys/demo";
import { LocalKeyService } from "@/lib/request-keys/service";
import { licenseRenewalView } from "@/lib/reseller/renewal";
import { createSandbox } from "@/lib/sandboxes";
import type { SandboxTemplate } from "@/lib/sandboxes/templates";
import { createLicense, createReseller, linkReseller, ownerSql, uniq } from "../factories";
import { STUDIO } from "../api/helpers";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyOperation = Operation<any, any>;
type Expected = { action: string; subjectType: string; subjectId: string | null };
type Case = {
  /** Builds what the operation needs; returns its context, input and the events it must write. */
  prepare: () => Promise<{ ctx: WorkspaceContext; input: unknown; events: (result: any) => Expected[] | Promise<Expected[]> }>; // eslint-disable-line @typescript-eslint/no-explicit-any
};

const LIB = path.resolve(import.meta.dirname, "../../../lib");
const DAY = 86_400_000;

/** Every exported operation of lib/: the files that call defineOperation, imported, their exports that are operations. */
async function discoverOperations(): Promise<Map<string, AnyOperation>> {
  const files = (readdirSync(LIB, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== path.join("operations", "index.ts"))
    .filter((f) => readFileSync(path.join(LIB, f), "utf8").includes("defineOperation("));
  const found = new Map<string, AnyOperation>();
  for (const f of files) {
    const mod: Record<string, unknown> = await import(/* @vite-ignore */ path.join(LIB, f));
    for (const value of Object.values(mod)) {
      const op = value as Partial<AnyOperation>;
      if (op && typeof op === "object" && typeof op.name === "string" && typeof op.run === "function" && op.input && op.resource) found.set(op.name, op as AnyOperation);
    }
  }
  return found;
}

async function sandbox(template: SandboxTemplate) {
  const sb = await createSandbox({ template });
  const [acc] = await ownerSql()<{ id: string }[]>`select id from accounts where email = ${sb.signIns.supervisor.email}`;
  const ctx = await openWorkspace((await loadActor(acc.id))!, sb.workspace.slug);
  return { sb, ctx, id: sb.workspace.id };
}

const ev = (action: string, subjectType: string, subjectId: string | null): Expected => ({ action, subjectType, subjectId });
const run = async (op: AnyOperation, ctx: WorkspaceContext, input: unknown) => (await runOperation(op, ctx, input)).result;
let ops: Map<string, AnyOperation>;
const op = (name: string) => ops.get(name)!;

async function usersOf(workspaceId: string, withSeat: boolean, n: number) {
  return ownerSql()<{ id: string }[]>`
    select u.id from directory_users u
     where u.workspace_id = ${workspaceId}
       and ${withSeat} = exists (select 1 from assignments a where a.workspace_id = u.workspace_id and a.directory_user_id = u.id and a.product_id = ${STUDIO} and a.state = 'active')
     order by u.id limit ${n}`;
}

async function devices() {
  const s = await sandbox("activation-devices");
  const licenseId = seedId(`license:${s.sb.workspace.slug}:FB-ESC-PLUS`);
  const issued = await run(op("activation_code.issue"), s.ctx, { sku: "FB-ESC-PRO", quantity: 150, termDays: 365 });
  return { ...s, licenseId, code: issued.code as string };
}

function signedKey(workspaceId: string): string {
  return new LocalKeyService().sign({
    v: 1,
    kid: uniq("kid"),
    type: "test",
    licensee: { id: workspaceId, name: "Sandbox" },
    modules: [{ sku: "NW-PDF-PRO", name: "Northwind PDF Pro", quantity: 4 }],
    termStart: new Date(Date.now() - DAY).toISOString(),
    termEnd: new Date(Date.now() + 60 * DAY).toISOString(),
    updateServiceUntil: new Date(Date.now() + 60 * DAY).toISOString(),
    requestKey: null,
    issuedAt: new Date().toISOString(),
  });
}

const CASES: Record<string, Case> = {
  "assignments.assign": {
    async prepare() {
      const { ctx, id } = await sandbox("empty");
      const [user] = await ownerSql()<{ id: string }[]>`insert into directory_users (workspace_id, name, email) values (${id}, 'A', ${`${uniq("a")}@x.test`}) returning id`;
      await createLicense(id, STUDIO, { quantity: 2 });
      await ownerSql()`insert into product_seats (workspace_id, product_id, used, purchased) values (${id}, ${STUDIO}, 0, 2)
                       on conflict (workspace_id, product_id) do update set purchased = 2`;
      return { ctx, input: { userId: user.id, productId: STUDIO }, events: () => [ev("assignment.created", "directory_user", user.id)] };
    },
  },
  "assignments.unassign": {
    async prepare() {
      const { ctx, id } = await sandbox("renewal-window-50-45");
      const [user] = await usersOf(id, true, 1);
      return { ctx, input: { userId: user.id, productId: STUDIO }, events: () => [ev("assignment.ended", "directory_user", user.id)] };
    },
  },
  "assignments.unassign_many": {
    async prepare() {
      const { ctx, id } = await sandbox("renewal-window-50-45");
      const users = await usersOf(id, true, 3);
      return { ctx, input: { productId: STUDIO, userIds: users.map((u) => u.id), reason: "manual" }, events: () => users.map((u) => ev("assignment.ended", "directory_user", u.id)) };
    },
  },
  "orders.create": {
    async prepare() {
      const { ctx } = await sandbox("renewal-window-50-45");
      return { ctx, input: { productId: STUDIO, kind: "add_licenses", quantity: 2 }, events: (o) => [ev("order.created", "order", o.id)] };
    },
  },
  "orders.mark_paid": {
    async prepare() {
      const { ctx } = await sandbox("renewal-window-50-45");
      const order = await run(op("orders.create"), ctx, { productId: STUDIO, kind: "add_licenses", quantity: 2 });
      // The order settles; its payment's confirmation is a second record of the same order (the provider's reference).
      return { ctx, input: { orderId: order.id }, events: () => [ev("order.paid", "order", order.id), ev("payment.confirmed", "order", order.id)] };
    },
  },
  "orders.cancel": {
    async prepare() {
      const { ctx } = await sandbox("renewal-window-50-45");
      const order = await run(op("orders.create"), ctx, { productId: STUDIO, kind: "add_licenses", quantity: 2 });
      return { ctx, input: { orderId: order.id }, events: () => [ev("order.cancelled", "order", order.id)] };
    },
  },
  "licenses.renew_online": {
    async prepare() {
      const { ctx, id, sb } = await sandbox("empty");
      const now = new Date(sb.clock.now);
      const license = await createLicense(id, STUDIO, { quantity: 4, source: "web_store", termStart: new Date(now.getTime() - 345 * DAY), termEnd: new Date(now.getTime() + 20 * DAY) });
      const view = await inWorkspace(ctx, "license", "read", (tx) => licenseRenewalView(tx, ctx.workspace, license.id));
      const input = { licenseId: license.id, expectedTermEnd: view.termEnd, expectedAmountMinor: view.quote?.amountMinor ?? 0, requestKey: uniq("checkout") };
      return { ctx, input, events: (r) => [ev("order.created", "order", r.orderId), ev("license.renewed", "license", license.id)] };
    },
  },
  "clock.set": {
    async prepare() {
      const { ctx, sb } = await sandbox("empty");
      return { ctx, input: { now: new Date(new Date(sb.clock.now).getTime() + 3_600_000).toISOString() }, events: () => [ev("clock.set", "clock", null)] };
    },
  },
  "clock.advance": {
    async prepare() {
      const { ctx } = await sandbox("empty");
      return { ctx, input: { hours: 1 }, events: () => [ev("clock.advanced", "clock", null)] };
    },
  },
  "settings.require_two_factor": {
    async prepare() {
      const { ctx, id } = await sandbox("empty");
      return { ctx, input: { required: "off" }, events: () => [ev("settings.two_factor_required", "workspace", id)] };
    },
  },
  "hosts.reportUnusable": {
    async prepare() {
      const { ctx, id } = await sandbox("hosts-two-publishers");
      const [host] = await ownerSql()<{ id: string }[]>`
        select h.id from hosts h where h.workspace_id = ${id} and h.state = 'active'
           and exists (select 1 from activations a where a.host_id = h.id and a.released_at is null) order by h.name limit 1`;
      return { ctx, input: { hostId: host.id, reason: "Stolen.", understood: true }, events: () => [ev("host.reset_requested", "host", host.id)] };
    },
  },
  "keys.add_request_key": {
    async prepare() {
      const { ctx } = await sandbox("empty");
      return { ctx, input: { requestKey: DEMO_REQUEST_KEYS.pdfPro10 }, events: (r) => [ev("keys.request_key_entered", "request_key", r.id)] };
    },
  },
  "keys.check_online": {
    async prepare() {
      const { ctx, id } = await sandbox("empty");
      await run(op("keys.add_request_key"), ctx, { requestKey: DEMO_REQUEST_KEYS.pdfPro10 });
      // Without apply it installs nothing; the check itself is recorded on the workspace.
      return { ctx, input: { apply: false }, events: () => [ev("keys.checked_online", "workspace", id)] };
    },
  },
  "keys.apply_online": {
    async prepare() {
      const { ctx } = await sandbox("empty");
      const added = await run(op("keys.add_request_key"), ctx, { requestKey: DEMO_REQUEST_KEYS.pdfPro10 });
      await run(op("clock.advance"), ctx, { days: 6 });
      const check = await run(op("keys.check_online"), ctx, { apply: false });
      return { ctx, input: { keys: check.offers.map((o: { key: string }) => o.key) }, events: () => [ev("keys.activated", "request_key", added.id)] };
    },
  },
  "keys.enter_manually": {
    async prepare() {
      const { ctx, id } = await sandbox("empty");
      return { ctx, input: { key: signedKey(id) }, events: (r) => [ev("keys.activated", "request_key", r.activation.id)] };
    },
  },
  "directory_users.create": {
    async prepare() {
      const { ctx } = await sandbox("empty");
      return { ctx, input: { name: "Ada", email: `${uniq("ada")}@x.test` }, events: (u) => [ev("directory_user.created", "directory_user", u.id)] };
    },
  },
  "directory_users.bulk_create": {
    async prepare() {
      const { ctx } = await sandbox("empty");
      const users = [1, 2, 3].map((i) => ({ name: `U${i}`, email: `${uniq("u")}@x.test` }));
      // One event per user created, and the request's summary (no subject: a batch is no row).
      return { ctx, input: { users }, events: (r) => [...r.created.map((u: { id: string }) => ev("directory_user.created", "directory_user", u.id)), ev("directory_user.bulk_created", "directory_user", null)] };
    },
  },
  "directory_users.import": {
    async prepare() {
      const { ctx, id } = await sandbox("empty");
      const csv = ["name;email", `Anna;${uniq("anna")}@x.test`, `Jan;${uniq("jan")}@x.test`].join("\n");
      return {
        ctx,
        input: { csv },
        events: async () => {
          const rows = await ownerSql()<{ id: string }[]>`select id from directory_users where workspace_id = ${id}`;
          return [...rows.map((u) => ev("directory_user.created", "directory_user", u.id)), ev("directory_user.bulk_created", "directory_user", null)];
        },
      };
    },
  },
  "activation_code.issue": {
    async prepare() {
      const { ctx, id } = await sandbox("activation-devices");
      // The answer holds the code itself, never its row's id: the newest code issued for the sandbox.
      const newest = async () =>
        (await ownerSql()<{ id: string }[]>`select id from activation_codes where issued_for_workspace_id = ${id} order by issued_at desc limit 1`)[0].id;
      return { ctx, input: { sku: "FB-ESC-PRO", quantity: 10, termDays: 365 }, events: async () => [ev("activation_code.issued", "activation_code", await newest())] };
    },
  },
  "activation_code.apply": {
    async prepare() {
      const { ctx, licenseId, code } = await devices();
      return { ctx, input: { licenseId, code }, events: (r) => [ev("license.replaced", "license", r.license.id)] };
    },
  },
  "license.configure_features": {
    async prepare() {
      const { ctx, licenseId, code } = await devices();
      const applied = await run(op("activation_code.apply"), ctx, { licenseId, code });
      const [feature] = applied.license.features as string[];
      return { ctx, input: { licenseId: applied.license.id, settings: { [feature]: false } }, events: () => [ev("license.features_configured", "license", applied.license.id)] };
    },
  },
  "devices.switch_now": {
    async prepare() {
      const { ctx, id, licenseId, code } = await devices();
      await run(op("activation_code.apply"), ctx, { licenseId, code });
      const [mac] = await ownerSql()<{ id: string }[]>`select id from hosts where workspace_id = ${id} and platform = 'macos' order by name limit 1`;
      return { ctx, input: { hostId: mac.id }, events: () => [ev("device.license_switched", "host", mac.id)] };
    },
  },
  "api_tokens.create": {
    async prepare() {
      const { ctx } = await sandbox("empty");
      return { ctx, input: { name: "ci", role: "viewer" }, events: (t) => [ev("api_token.created", "api_token", t.id)] };
    },
  },
  "api_tokens.revoke": {
    async prepare() {
      const { ctx } = await sandbox("empty");
      const token = await run(op("api_tokens.create"), ctx, { name: "ci", role: "viewer" });
      return { ctx, input: { tokenId: token.id }, events: () => [ev("api_token.revoked", "api_token", token.id)] };
    },
  },
  "reseller_invitation.decide": {
    async prepare() {
      const { ctx, id } = await sandbox("empty");
      const reseller = await createReseller();
      const [inv] = await ownerSql()<{ id: string }[]>`
        insert into reseller_invitations (reseller_id, workspace_id, invited_as, invited_by_label) values (${reseller.id}, ${id}, 'test', 'test') returning id`;
      return { ctx, input: { invitationId: inv.id, decision: "accept" }, events: () => [ev("reseller_invitation.accepted", "reseller_invitation", inv.id)] };
    },
  },
  "invitation.create": {
    async prepare() {
      const { ctx } = await sandbox("empty");
      return { ctx, input: { email: `${uniq("inv")}@example.test`, role: "admin" }, events: (r) => [ev("invitation.created", "invitation", r.invitation.id)] };
    },
  },
  "invitation.resend": {
    async prepare() {
      const { ctx } = await sandbox("empty");
      const sent = await run(op("invitation.create"), ctx, { email: `${uniq("inv")}@example.test`, role: "viewer" });
      return { ctx, input: { invitationId: sent.invitation.id }, events: () => [ev("invitation.resent", "invitation", sent.invitation.id)] };
    },
  },
  "invitation.withdraw": {
    async prepare() {
      const { ctx } = await sandbox("empty");
      const sent = await run(op("invitation.create"), ctx, { email: `${uniq("inv")}@example.test`, role: "viewer" });
      return { ctx, input: { invitationId: sent.invitation.id }, events: () => [ev("invitation.withdrawn", "invitation", sent.invitation.id)] };
    },
  },
  "reseller_link.end": {
    async prepare() {
      const { ctx, id } = await sandbox("empty");
      const reseller = await createReseller();
      await linkReseller(reseller.id, id);
      return { ctx, input: { reseller: reseller.slug }, events: () => [ev("reseller_link.ended", "reseller", reseller.id)] };
    },
  },
  "webhooks.create": {
    async prepare() {
      const { ctx } = await sandbox("empty");
      return { ctx, input: { url: "https://hooks.example.com/lc", eventTypes: ["*"] }, events: (e) => [ev("webhook_endpoint.created", "webhook_endpoint", e.id)] };
    },
  },
  "webhooks.update": {
    async prepare() {
      const { ctx, endpoint } = await webhookEndpoint();
      return { ctx, input: { endpointId: endpoint.id, enabled: false }, events: () => [ev("webhook_endpoint.updated", "webhook_endpoint", endpoint.id)] };
    },
  },
  "webhooks.delete": {
    async prepare() {
      const { ctx, endpoint } = await webhookEndpoint();
      return { ctx, input: { endpointId: endpoint.id }, events: () => [ev("webhook_endpoint.deleted", "webhook_endpoint", endpoint.id)] };
    },
  },
};

/** A sandbox with one webhook endpoint (a public name: registration resolves it, and refuses nothing it cannot resolve). */
async function webhookEndpoint() {
  const { ctx } = await sandbox("empty");
  const endpoint = await run(op("webhooks.create"), ctx, { url: "https://hooks.example.com/lc", eventTypes: ["order.paid"] });
  return { ctx, endpoint };
}

/** Operations that change nothing, so have nothing to record; each is run and must write no event. */
const EXEMPT: Record<string, Case & { reason: string }> = {
  "activation_code.preview": {
    reason: "reads only: shows the license a code would install (the apply that follows is audited)",
    async prepare() {
      const { ctx, licenseId, code } = await devices();
      return { ctx, input: { licenseId, code }, events: () => [] };
    },
  },
  "webhooks.test": {
    reason: "queues a test delivery for one endpoint and changes nothing else: its delivery log line is the record",
    async prepare() {
      const { ctx, endpoint } = await webhookEndpoint();
      return { ctx, input: { endpointId: endpoint.id }, events: () => [] };
    },
  },
  "webhooks.resend": {
    reason: "queues an event already recorded once more: its delivery log line is the record",
    async prepare() {
      const { ctx, endpoint } = await webhookEndpoint();
      const queued = await run(op("webhooks.test"), ctx, { endpointId: endpoint.id });
      return { ctx, input: { endpointId: endpoint.id, deliveryId: queued.id }, events: () => [] };
    },
  },
};

async function eventsSince(workspaceId: string, afterId: string) {
  return ownerSql()<{ action: string; subjectType: string; subjectId: string | null; actorAccountId: string | null; actorLabel: string }[]>`
    select action, subject_type as "subjectType", subject_id as "subjectId", actor_account_id as "actorAccountId", actor_label as "actorLabel"
      from audit_events where workspace_id = ${workspaceId} and id > ${afterId}::bigint order by id`;
}

const key = (e: Expected) => `${e.action} ${e.subjectType} ${e.subjectId ?? "-"}`;

describe("every mutating operation writes its audit events", async () => {
  ops = await discoverOperations();

  it("finds the operations, and each has a case or a reasoned exemption", () => {
    expect(ops.size).toBeGreaterThan(20);
    const uncovered = [...ops.keys()].filter((name) => !CASES[name] && !EXEMPT[name]).sort();
    expect(uncovered, "an operation without an audit case: add one to CASES (or a reasoned EXEMPT entry)").toEqual([]);
    expect([...Object.keys(CASES), ...Object.keys(EXEMPT)].filter((name) => !ops.has(name)).sort(), "a case of an operation that is gone").toEqual([]);
  });

  it.each([...Object.keys(CASES), ...Object.keys(EXEMPT)])("%s", async (name) => {
    const { ctx, input, events } = await (CASES[name] ?? EXEMPT[name]).prepare();
    const [{ last }] = await ownerSql()<{ last: string }[]>`select coalesce(max(id), 0)::text as last from audit_events where workspace_id = ${ctx.workspace.id}`;
    const result = await run(op(name), ctx, input);
    const written = await eventsSince(ctx.workspace.id, last);
    const expected = await events(result);
    if (process.env.AUDIT_DEBUG) console.log(name, written.map(key), expected.map(key), JSON.stringify(result).slice(0, 300));
    expect(written.map(key).sort()).toEqual(expected.map(key).sort());
    for (const e of written) expect({ accountId: e.actorAccountId, label: e.actorLabel }).toEqual({ accountId: ctx.actor.accountId, label: ctx.actor.email });
  });
});

/**
 * Timed jobs write as `job:<kind>`: one event per subject they change (besides the timer's own
 * `job.<kind>` record). Each registered kind needs a case here.
 */
const JOB_CASES: Record<string, () => Promise<{ workspaceId: string; expected: Expected[] }>> = {
  async "renewal.window_close"() {
    const { ctx, id } = await sandbox("renewal-window-50-45");
    await run(op("clock.advance"), ctx, { days: 20 });
    await run(op("clock.advance"), ctx, { days: 22 });
    const lost = await ownerSql()<{ userId: string }[]>`select directory_user_id as "userId" from assignments where workspace_id = ${id} and state = 'no_access'`;
    expect(lost).toHaveLength(5);
    return { workspaceId: id, expected: [...lost.map((u) => ev("assignment.ended", "directory_user", u.userId)), ev("renewal.window_closed", "product", STUDIO)] };
  },
  async "licenses.term_end"() {
    const { ctx, id, sb } = await sandbox("empty");
    const now = new Date(sb.clock.now).getTime();
    const license = await createLicense(id, STUDIO, { quantity: 2, termStart: new Date(now - 300 * DAY), termEnd: new Date(now + DAY) });
    await run(op("clock.advance"), ctx, { days: 2 });
    return { workspaceId: id, expected: [ev("license.expired", "license", license.id)] };
  },
  async "keys.provisional_expiry"() {
    const { ctx, id } = await sandbox("empty");
    const added = await run(op("keys.add_request_key"), ctx, { requestKey: DEMO_REQUEST_KEYS.pdfPro10 });
    await run(op("clock.advance"), ctx, { days: 93 });
    return { workspaceId: id, expected: [ev("keys.provisional_expired", "request_key", added.id)] };
  },
  async "devices.mac_switch"() {
    const { ctx, id, licenseId, code } = await devices();
    await run(op("activation_code.apply"), ctx, { licenseId, code });
    const macs = await ownerSql()<{ id: string }[]>`select id from hosts where workspace_id = ${id} and platform = 'macos'`;
    const [old] = await ownerSql()<{ termEnd: Date }[]>`select term_end as "termEnd" from licenses where id = ${licenseId}`;
    await run(op("clock.set"), ctx, { now: new Date(old.termEnd.getTime() + 3_600_000).toISOString() });
    return { workspaceId: id, expected: macs.map((m) => ev("device.license_switched", "host", m.id)) };
  },
};

describe("every timed job writes its audit events", async () => {
  await import("@/lib/jobs/handlers");
  const { timerKinds } = await import("@/lib/jobs/timers");
  ops ??= await discoverOperations();

  it("each registered job has a case", () => {
    expect(timerKinds().filter((k) => !JOB_CASES[k])).toEqual([]);
  });

  it.each(Object.keys(JOB_CASES))("%s", async (kind) => {
    const { workspaceId, expected } = await JOB_CASES[kind]();
    const written = (await eventsSince(workspaceId, "0")).filter((e) => e.actorLabel === `job:${kind}` && !e.action.startsWith("job."));
    expect(written.map(key).sort()).toEqual(expected.map(key).sort());
    expect(written.every((e) => e.actorAccountId === null)).toBe(true);
  });
});
