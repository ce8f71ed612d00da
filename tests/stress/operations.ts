/**
 * One load plan per mutating operation of /api/v1: the data it needs (made through the sandbox
 * API), 50 requests mixing valid and invalid bodies, and the domain checks that must hold after
 * them. `ENDPOINTS` decides what "every operation" is: an operation without a plan fails the suite.
 */
import { randomUUID } from "node:crypto";
import type postgres from "postgres";
import { seedId } from "@/lib/demo-data/ids";
import { requestKeyFromBody } from "@/lib/request-keys/rules";
import type { Json } from "../db/api/helpers";
import { must, sandbox, type Req, type Res, type Sandbox } from "./http";
import { SANDBOX_SECRET } from "./server";

const BOOTSTRAP = { "sandbox-secret": SANDBOX_SECRET };

export const STUDIO = seedId("product:NW-STUDIO-ALL");
export const CALLS = 50;

export type Plan = {
  /** What it needs, made before the burst. */
  setup: (sql: postgres.Sql) => Promise<Json>;
  /** The i-th of the 50 requests. */
  request: (i: number, ctx: Json) => Req;
  /** Violations of the operation's own invariants after the burst (empty when all hold). */
  check?: (sql: postgres.Sql, ctx: Json, answers: Res[]) => Promise<string[]>;
  /**
   * Why every call is meant to be refused (the caller it needs, a reseller's or a publisher's
   * token, is not minted by the sandbox API yet): such a plan proves refusals never crash and
   * change nothing, and is not counted among the operations that must succeed.
   */
  refusedBy?: string;
};

// ---------------------------------------------------------------------------------------------
// Bad bodies: every plan sends these on its odd requests.

const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
const HUGE = "x".repeat(200_000);
const STRANGE = ["\u202Eevil\u202C", "👩‍👩‍👧‍👦".repeat(50), "a\u0000b", " ", "", "\uFFFF\uD800"];

/** Invalid variants of a valid body (k picks one): wrong types, huge and strange strings, unknown fields, not JSON. */
export function badRequest(base: Req, k: number): Req {
  const valid = (base.json ?? {}) as Record<string, unknown>;
  const fields = Object.keys(valid);
  const f = fields[k % Math.max(1, fields.length)] ?? "x";
  const variants: (() => Req)[] = [
    () => ({ ...base, json: {} }),
    () => ({ ...base, json: [] }),
    () => ({ ...base, json: null }),
    () => ({ ...base, json: 42 }),
    () => ({ ...base, json: { ...valid, [f]: 12345678901234567890 } }),
    () => ({ ...base, json: { ...valid, [f]: -1 } }),
    () => ({ ...base, json: { ...valid, [f]: { nested: [1, { deeper: true }] } } }),
    () => ({ ...base, json: { ...valid, [f]: HUGE } }),
    () => ({ ...base, json: { ...valid, [f]: STRANGE[k % STRANGE.length] } }),
    () => ({ ...base, json: { ...valid, unknownField: "surprise", __proto__: { admin: true } } }),
    () => ({ ...base, json: undefined, raw: "{not json" }),
    () => ({ ...base, json: undefined, raw: deep(2_000) }),
    () => ({ ...base, json: undefined, raw: JSON.stringify(valid), headers: { "content-type": "text/plain" } }),
    () => ({ ...base, idempotencyKey: "bad key with spaces" }),
    () => ({ ...base, token: "lc_not-a-token" }),
  ];
  return variants[k % variants.length]();
}

/** A path with its last id replaced by something that is no id of this workspace. */
const foreignPath = (path: string, k: number) => path.replace(/[0-9a-f-]{36}(?=[^/]*$|\/[a-z-]+$)/, k % 2 ? randomUUID() : "not-an-id");

/** Even requests valid (every fourth with one shared Idempotency-Key), odd ones invalid. */
function mixed(valid: (i: number) => Req, sharedKey: string, opts: { shareKey?: boolean } = {}) {
  return (i: number): Req => {
    if (i % 2 === 1) {
      const k = (i - 1) / 2;
      // Based on the i-th valid body, so a bad request that still passes never reuses the shared key's body.
      return k % 6 === 5 ? { ...valid(i), path: foreignPath(valid(i).path, k) } : badRequest(valid(i), k);
    }
    if (opts.shareKey !== false && i % 4 === 0) return { ...valid(0), idempotencyKey: sharedKey };
    return { ...valid(i), idempotencyKey: `stress-${randomUUID()}` };
  };
}

const ok = (answers: Res[]) => answers.filter((a) => a.status >= 200 && a.status < 300);

async function firstId(sql: postgres.Sql, query: string, workspaceId: string): Promise<string> {
  const [row] = await sql.unsafe(query, [workspaceId]);
  if (!row) throw new Error(`no row for ${query}`);
  return row.id as string;
}

async function usersWithoutSeat(sql: postgres.Sql, workspaceId: string): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    select u.id from directory_users u where u.workspace_id = ${workspaceId}
       and not exists (select 1 from assignments a where a.directory_user_id = u.id and a.product_id = ${STUDIO} and a.state = 'active')
     order by u.email`;
  return rows.map((r) => r.id);
}

async function holders(sql: postgres.Sql, workspaceId: string): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    select directory_user_id as id from assignments where workspace_id = ${workspaceId} and product_id = ${STUDIO} and state = 'active'
     order by assigned_at desc, id desc`;
  return rows.map((r) => r.id);
}

/** Each user's seat of STUDIO ended at most once, and live seats are one per user. */
async function endedOnce(sql: postgres.Sql, workspaceId: string): Promise<string[]> {
  const twice = await sql`
    select directory_user_id, count(*) filter (where state = 'active') as live, count(*) filter (where state <> 'active') as ended
      from assignments where workspace_id = ${workspaceId} and product_id = ${STUDIO}
     group by 1 having count(*) filter (where state = 'active') > 1 or count(*) filter (where state <> 'active') > 1`;
  return twice.map((r) => `user ${r.directory_user_id}: ${r.live} live seats, ${r.ended} ended`);
}

/** A shared key produced exactly one effect: `count` rows carry what its body made. */
const oneEffect = (what: string, count: number, answers: Res[], key: string) => {
  const keyed = answers.filter((a, i) => i % 4 === 0 && a.status >= 200 && a.status < 300);
  if (keyed.length > 0 && count !== 1) return [`${what}: ${count} effects of one Idempotency-Key ${key}`];
  if (count > 1) return [`${what}: ${count} effects of one Idempotency-Key ${key}`];
  return [];
};

const ws = (s: Sandbox, rest = "") => `/workspaces/${s.slug}${rest}`;

/** An activation-devices sandbox whose license an upgrade code has replaced. */
async function upgraded(sql: postgres.Sql): Promise<{ sb: Sandbox; next: string }> {
  const sb = await sandbox("activation-devices");
  const license = await firstId(sql, "select id from licenses where workspace_id = $1 order by id limit 1", sb.id);
  const { code } = await must({ method: "POST", path: ws(sb, "/activation-codes/issue"), token: sb.token, json: { sku: "FB-ESC-PRO", quantity: 150 } });
  const applied = await must({ method: "POST", path: ws(sb, `/licenses/${license}/activation-code/apply`), token: sb.token, json: { code } });
  return { sb, next: applied.license.id };
}

export function plans(): Record<string, Plan> {
  const key = () => `stress-shared-${randomUUID()}`;
  return {
    createDirectoryUser: {
      setup: async () => ({ sb: await sandbox(), key: key(), run: randomUUID().slice(0, 8) }),
      request: (i, c) =>
        mixed((n) => ({ method: "POST", path: ws(c.sb, "/users"), token: c.sb.token, json: { name: `Stress ${n}`, email: `stress-${c.run}-${n}@example.test` } }), c.key)(i),
      check: async (sql, c, answers) => {
        const [{ n }] = await sql`select count(*)::int as n from directory_users where workspace_id = ${c.sb.id} and email = ${`stress-${c.run}-0@example.test`}`;
        return oneEffect("directory user", n, answers, c.key);
      },
    },
    bulkCreateDirectoryUsers: {
      setup: async () => ({ sb: await sandbox(), key: key(), run: randomUUID().slice(0, 8) }),
      request: (i, c) =>
        mixed(
          (n) => ({
            method: "POST",
            path: ws(c.sb, "/users/bulk"),
            token: c.sb.token,
            // Overlapping e-mails across requests: each address must end up once.
            json: { users: Array.from({ length: 20 }, (_, j) => ({ name: `Bulk ${n + j}`, email: `bulk-${c.run}-${n + j}@example.test` })) },
          }),
          c.key,
        )(i),
      check: async (sql, c) => {
        const dupes = await sql`select email, count(*)::int as n from directory_users where workspace_id = ${c.sb.id} group by email having count(*) > 1`;
        return dupes.map((d) => `e-mail ${d.email} held by ${d.n} directory users`);
      },
    },
    assignSeat: {
      // 10 free paid seats and 40 users without one: at most 10 assignments may succeed.
      setup: async (sql) => {
        const sb = await sandbox("renewal-window-50-45");
        const order = await must({ method: "POST", path: ws(sb, "/orders"), token: sb.token, json: { productId: STUDIO, kind: "add_licenses", quantity: 10 } });
        await must({ method: "POST", path: ws(sb, `/orders/${order.id}/pay`), token: sb.token, json: {} });
        await must({
          method: "POST",
          path: ws(sb, "/users/bulk"),
          token: sb.token,
          json: { users: Array.from({ length: 30 }, (_, j) => ({ name: `Extra ${j}`, email: `extra-${j}@example.test` })) },
        });
        return { sb, key: key(), free: await usersWithoutSeat(sql, sb.id) };
      },
      request: (i, c) =>
        mixed((n) => ({ method: "POST", path: ws(c.sb, `/products/${STUDIO}/assignments`), token: c.sb.token, json: { userId: c.free[n % c.free.length] } }), c.key)(i),
      check: async (sql, c) => endedOnce(sql, c.sb.id),
    },
    unassignSeat: {
      setup: async (sql) => {
        const sb = await sandbox("renewal-window-50-45");
        return { sb, key: key(), held: (await holders(sql, sb.id)).slice(0, 20) };
      },
      request: (i, c) =>
        mixed((n) => ({ method: "DELETE", path: ws(c.sb, `/products/${STUDIO}/assignments/${c.held[n % c.held.length]}`), token: c.sb.token }), c.key)(i),
      check: async (sql, c) => endedOnce(sql, c.sb.id),
    },
    previewUnassign: {
      setup: async (sql) => {
        const sb = await sandbox("renewal-window-50-45");
        return { sb, key: key(), held: await holders(sql, sb.id) };
      },
      request: (i, c) =>
        mixed(
          (n) => ({
            method: "POST",
            path: ws(c.sb, `/products/${STUDIO}/unassignments/preview`),
            token: c.sb.token,
            json: n % 3 ? { userIds: c.held.slice(n % 40, (n % 40) + 5) } : { allMatching: { requiresRenewal: true } },
          }),
          c.key,
          { shareKey: false },
        )(i),
      check: async (sql, c) => {
        const [{ n }] = await sql`select count(*)::int as n from assignments where workspace_id = ${c.sb.id} and state <> 'active'`;
        return n === 0 ? [] : [`a preview ended ${n} seats`];
      },
    },
    unassignUsers: {
      setup: async (sql) => {
        const sb = await sandbox("renewal-window-50-45");
        return { sb, key: key(), held: await holders(sql, sb.id) };
      },
      request: (i, c) =>
        mixed(
          (n) => ({
            method: "POST",
            path: ws(c.sb, `/products/${STUDIO}/unassignments`),
            token: c.sb.token,
            // Overlapping selections: two admins picking some of the same users.
            json: n % 5 === 2 ? { allMatching: { requiresRenewal: true } } : { userIds: c.held.slice(n % 40, (n % 40) + 6) },
          }),
          c.key,
        )(i),
      check: async (sql, c) => endedOnce(sql, c.sb.id),
    },
    createOrder: {
      setup: async (sql) => {
        const sb = await sandbox("renewal-window-50-45");
        const [{ n }] = await sql`select count(*)::int as n from orders where workspace_id = ${sb.id}`;
        return { sb, key: key(), before: n };
      },
      request: (i, c) =>
        mixed((n) => ({ method: "POST", path: ws(c.sb, "/orders"), token: c.sb.token, json: { productId: STUDIO, kind: "add_licenses", quantity: 1 + (n % 5) } }), c.key)(i),
      check: async (sql, c, answers) => {
        const [{ n }] = await sql`select count(*)::int as n from idempotency_keys where workspace_id = ${c.sb.id} and key = ${c.key}`;
        const keyed = answers.filter((a, i) => i % 4 === 0 && a.status >= 200 && a.status < 300);
        const ids = new Set(keyed.map((a) => a.body?.id));
        const out = ids.size > 1 ? [`one Idempotency-Key answered ${ids.size} different orders`] : [];
        const [{ orders }] = await sql`select count(*)::int as orders from orders where workspace_id = ${c.sb.id}`;
        const made = ok(answers).filter((a, _, all) => all.findIndex((b) => b.body?.id === a.body?.id) === all.indexOf(a)).length;
        if (orders - c.before !== made) out.push(`${orders - c.before} orders made, ${made} distinct orders answered`);
        return out.concat(n > 1 ? [`${n} rows for one Idempotency-Key`] : []);
      },
    },
    markOrderPaid: {
      setup: async () => {
        const sb = await sandbox("renewal-window-50-45");
        const orders: string[] = [];
        for (let q = 1; q <= 5; q++)
          orders.push((await must({ method: "POST", path: ws(sb, "/orders"), token: sb.token, json: { productId: STUDIO, kind: "add_licenses", quantity: q } })).id);
        return { sb, key: key(), orders };
      },
      request: (i, c) => mixed((n) => ({ method: "POST", path: ws(c.sb, `/orders/${c.orders[n % c.orders.length]}/pay`), token: c.sb.token, json: {} }), c.key)(i),
      check: async (sql, c) => {
        const paid = await sql`select subject_id, count(*)::int as n from audit_events where workspace_id = ${c.sb.id} and action = 'order.paid' group by 1`;
        const out = paid.filter((p) => p.n > 1).map((p) => `order ${p.subject_id} paid ${p.n} times`);
        // 50 used + 1+2+3+4+5 bought: never more than what the five orders add.
        const [seats] = await sql`select purchased, unpaid from product_seats where workspace_id = ${c.sb.id} and product_id = ${STUDIO}`;
        if (seats.purchased + seats.unpaid !== 65) out.push(`purchased ${seats.purchased} + unpaid ${seats.unpaid} ≠ 65`);
        return out;
      },
    },
    cancelOrder: {
      setup: async () => {
        const sb = await sandbox("renewal-window-50-45");
        const orders: string[] = [];
        for (let q = 1; q <= 5; q++)
          orders.push((await must({ method: "POST", path: ws(sb, "/orders"), token: sb.token, json: { productId: STUDIO, kind: "add_licenses", quantity: q } })).id);
        return { sb, key: key(), orders };
      },
      request: (i, c) => mixed((n) => ({ method: "POST", path: ws(c.sb, `/orders/${c.orders[n % c.orders.length]}/cancel`), token: c.sb.token, json: {} }), c.key)(i),
      check: async (sql, c) => {
        const cancelled = await sql`select subject_id, count(*)::int as n from audit_events where workspace_id = ${c.sb.id} and action = 'order.cancelled' group by 1`;
        const out = cancelled.filter((p) => p.n > 1).map((p) => `order ${p.subject_id} cancelled ${p.n} times`);
        // What stays payment required is exactly what the orders left unpaid still hold.
        const [seats] = await sql`select unpaid from product_seats where workspace_id = ${c.sb.id} and product_id = ${STUDIO}`;
        const [open] = await sql`select coalesce(sum(quantity), 0)::int as q from orders where workspace_id = ${c.sb.id} and id = any(${c.orders}) and status = 'unpaid'`;
        if (seats.unpaid !== open.q) out.push(`payment required ${seats.unpaid} ≠ ${open.q} still unpaid on the orders`);
        return out;
      },
    },
    addRequestKey: {
      setup: async () => ({ sb: await sandbox("outside-window"), key: key() }),
      request: (i, c) =>
        mixed((n) => ({ method: "POST", path: ws(c.sb, "/activations/request-keys"), token: c.sb.token, json: { requestKey: requestKeyFromBody(String(110250000 + n)) } }), c.key)(i),
      check: async (sql, c) => {
        const dupes = await sql`select request_key as key, count(*)::int as n from request_keys where workspace_id = ${c.sb.id} and state <> 'expired' group by 1 having count(*) > 1`;
        return dupes.map((d) => `request key ${d.key} entered ${d.n} times`);
      },
    },
    checkOnline: {
      setup: async () => {
        const sb = await sandbox("outside-window");
        await must({ method: "POST", path: ws(sb, "/activations/request-keys"), token: sb.token, json: { requestKey: "1102500012" } });
        return { sb, key: key() };
      },
      request: (i, c) => mixed((n) => ({ method: "POST", path: ws(c.sb, "/activations/check-online"), token: c.sb.token, json: { apply: n % 3 === 0 } }), c.key)(i),
    },
    enterActivationKey: {
      setup: async () => ({ sb: await sandbox("outside-window"), key: key() }),
      request: (i, c) => mixed((n) => ({ method: "POST", path: ws(c.sb, "/activations/manual-keys"), token: c.sb.token, json: { key: `LC1-not-a-signed-key-${n}` } }), c.key)(i),
    },
    setClock: {
      setup: async () => {
        const sb = await sandbox("renewal-window-50-45");
        return { sb, key: key(), start: Date.parse(sb.body.clock.now) };
      },
      request: (i, c) =>
        mixed((n) => ({ method: "POST", path: ws(c.sb, "/clock"), token: c.sb.token, json: { now: new Date(c.start + (1 + n) * 3_600_000).toISOString() } }), c.key)(i),
      check: async (sql, c, answers) => {
        const [clock] = await sql`select now from workspace_clocks where workspace_id = ${c.sb.id}`;
        const latest = Math.max(c.start, ...ok(answers).map((a) => Date.parse(a.body.now)));
        return clock.now.getTime() === latest ? [] : [`clock at ${clock.now.toISOString()}, latest answer ${new Date(latest).toISOString()}`];
      },
    },
    advanceClock: {
      setup: async () => {
        const sb = await sandbox("empty");
        return { sb, key: key(), start: Date.parse(sb.body.clock.now) };
      },
      request: (i, c) => mixed(() => ({ method: "POST", path: ws(c.sb, "/clock/advance"), token: c.sb.token, json: { hours: 1 } }), c.key)(i),
      check: async (sql, c, answers) => {
        // One hour per distinct effect: the shared key counts once, however many times it was sent.
        const keyed = answers.some((a, i) => i % 4 === 0 && a.status === 200);
        const unkeyed = answers.filter((a, i) => i % 4 !== 0 && a.status === 200).length;
        const expected = c.start + (unkeyed + (keyed ? 1 : 0)) * 3_600_000;
        const [clock] = await sql`select now from workspace_clocks where workspace_id = ${c.sb.id}`;
        return clock.now.getTime() === expected ? [] : [`clock moved to ${clock.now.toISOString()}, expected ${new Date(expected).toISOString()}`];
      },
    },
    createApiToken: {
      setup: async () => ({ sb: await sandbox(), key: key() }),
      request: (i, c) => mixed((n) => ({ method: "POST", path: ws(c.sb, "/tokens"), token: c.sb.token, json: { name: `stress ${n}`, role: "viewer" } }), c.key)(i),
      check: async (sql, c, answers) => {
        const [{ n }] = await sql`select count(*)::int as n from api_tokens where workspace_id = ${c.sb.id} and name = 'stress 0'`;
        return oneEffect("API token", n, answers, c.key);
      },
    },
    revokeApiToken: {
      setup: async () => {
        const sb = await sandbox();
        const ids: string[] = [];
        for (let t = 0; t < 5; t++) ids.push((await must({ method: "POST", path: ws(sb, "/tokens"), token: sb.token, json: { name: `t${t}`, role: "admin" } })).id);
        return { sb, key: key(), ids };
      },
      request: (i, c) => mixed((n) => ({ method: "DELETE", path: ws(c.sb, `/tokens/${c.ids[n % c.ids.length]}`), token: c.sb.token }), c.key)(i),
      check: async (sql, c) => {
        const revoked = await sql`select subject_id, count(*)::int as n from audit_events where workspace_id = ${c.sb.id} and action like '%token%revoked%' group by 1 having count(*) > 1`;
        return revoked.map((r) => `token ${r.subject_id} revoked ${r.n} times`);
      },
    },
    createSandbox: {
      setup: async () => ({ key: key() }),
      request: (i, c) => mixed((n) => ({ method: "POST", path: "/sandboxes", headers: BOOTSTRAP, json: { template: "empty", country: n % 4 ? "PL" : "DE", name: `stress ${n}` } }), c.key, { shareKey: false })(i),
    },
    deleteSandbox: {
      setup: async () => {
        const boxes = [await sandbox(), await sandbox(), await sandbox()];
        return { boxes, key: key() };
      },
      request: (i, c) => {
        const b = c.boxes[i % 3];
        return mixed(() => ({ method: "DELETE", path: `/sandboxes/${b.slug}`, token: c.boxes[(i + (i % 5 === 4 ? 1 : 0)) % 3].token }), c.key, { shareKey: false })(i);
      },
      check: async (sql, c) => {
        const left = await sql`select id from workspaces where id = any(${c.boxes.map((b: Sandbox) => b.id)})`;
        return left.length === 0 ? [] : [`${left.length} sandboxes not deleted`];
      },
    },
    reportHostUnusable: {
      setup: async (sql) => {
        const sb = await sandbox("hosts-two-publishers");
        const host = await firstId(sql, "select id from hosts where workspace_id = $1 and state = 'unusable'", sb.id);
        return { sb, key: key(), host };
      },
      request: (i, c) =>
        mixed((n) => ({ method: "POST", path: ws(c.sb, `/hosts/${c.host}/report-unusable`), token: c.sb.token, json: { reason: `Stolen (${n})`, understood: true } }), c.key)(i),
      check: async (sql, c) => {
        const [{ n }] = await sql`select count(*)::int as n from reset_requests where workspace_id = ${c.sb.id} and host_id = ${c.host}`;
        return n <= 1 ? [] : [`${n} reset requests for one host`];
      },
    },
    decideResetRequestItem: {
      // Workspace tokens are no publisher: every decision must be refused, never crash.
      setup: async (sql) => {
        const sb = await sandbox("hosts-two-publishers");
        const host = await firstId(sql, "select id from hosts where workspace_id = $1 and state = 'unusable'", sb.id);
        const report = await must({ method: "POST", path: ws(sb, `/hosts/${host}/report-unusable`), token: sb.token, json: { reason: "Lost", understood: true } });
        return { sb, key: key(), item: report.items[0].id };
      },
      request: (i, c) =>
        mixed((n) => ({ method: "POST", path: `/publishers/contoso/reset-request-items/${c.item}/decision`, token: c.sb.token, json: { decision: n % 4 ? "approved" : "denied" } }), c.key)(i),
      check: async (sql, c) => {
        const [{ n }] = await sql`select count(*)::int as n from reset_request_items where id = ${c.item} and decision <> 'pending'`;
        return n === 0 ? [] : ["a workspace token decided a publisher's reset request"];
      },
    },
    previewActivationCode: {
      setup: async (sql) => {
        const sb = await sandbox("activation-devices");
        const license = await firstId(sql, "select id from licenses where workspace_id = $1 order by id limit 1", sb.id);
        const code = await must({ method: "POST", path: ws(sb, "/activation-codes/issue"), token: sb.token, json: { sku: "FB-ESC-PRO", quantity: 150 } });
        return { sb, key: key(), license, code: code.code };
      },
      request: (i, c) =>
        mixed((n) => ({ method: "POST", path: ws(c.sb, `/licenses/${c.license}/activation-code/preview`), token: c.sb.token, json: { code: n % 3 ? c.code : "AAAAA-BBBBB-CCCCC-DDDDD" } }), c.key, {
          shareKey: false,
        })(i),
      check: async (sql, c) => {
        const [{ n }] = await sql`select count(*)::int as n from licenses where workspace_id = ${c.sb.id} and replaced_by_id is not null`;
        return n === 0 ? [] : [`a preview replaced ${n} licenses`];
      },
    },
    applyActivationCode: {
      // 25 concurrent applications of one code: it redeems once.
      setup: async (sql) => {
        const sb = await sandbox("activation-devices");
        const license = await firstId(sql, "select id from licenses where workspace_id = $1 order by id limit 1", sb.id);
        const code = await must({ method: "POST", path: ws(sb, "/activation-codes/issue"), token: sb.token, json: { sku: "FB-ESC-PRO", quantity: 150 } });
        return { sb, key: key(), license, code: code.code };
      },
      request: (i, c) =>
        mixed(() => ({ method: "POST", path: ws(c.sb, `/licenses/${c.license}/activation-code/apply`), token: c.sb.token, json: { code: c.code } }), c.key)(i),
      check: async (sql, c) => {
        const [{ n }] = await sql`select count(*)::int as n from licenses where workspace_id = ${c.sb.id} and replaced_by_id is not null`;
        const [{ made }] = await sql`select count(*)::int as made from licenses where workspace_id = ${c.sb.id}`;
        const out = n <= 1 ? [] : [`one code replaced ${n} licenses`];
        return made <= 2 ? out : out.concat(`one code made ${made - 1} licenses`);
      },
    },
    configureLicenseFeatures: {
      // The features an upgrade gained: the license an upgrade code made.
      setup: async (sql) => {
        const { sb, next } = await upgraded(sql);
        return { sb, key: key(), license: next };
      },
      request: (i, c) =>
        mixed((n) => ({ method: "PUT", path: ws(c.sb, `/licenses/${c.license}/features`), token: c.sb.token, json: { settings: { edr: n % 3 === 0, encryption: n % 2 === 0 } } }), c.key)(i),
    },
    issueActivationCode: {
      setup: async () => ({ sb: await sandbox(), key: key() }),
      request: (i, c) =>
        mixed((n) => ({ method: "POST", path: ws(c.sb, "/activation-codes/issue"), token: c.sb.token, json: { sku: "FB-ESC-PLUS", quantity: 10 + n } }), c.key)(i),
      check: async (sql, c, answers) => {
        const keyed = new Set(answers.filter((a, i) => i % 4 === 0 && a.status === 201 || (i % 4 === 0 && a.status === 200)).map((a) => a.body?.code));
        return keyed.size <= 1 ? [] : [`one Idempotency-Key issued ${keyed.size} codes`];
      },
    },
    switchDeviceNow: {
      // macOS devices wait for the old license to expire after an upgrade, unless switched by hand.
      setup: async (sql) => {
        const { sb } = await upgraded(sql);
        const host = await firstId(sql, "select id from hosts where workspace_id = $1 and platform = 'macos' order by name limit 1", sb.id);
        return { sb, key: key(), host };
      },
      request: (i, c) => mixed(() => ({ method: "POST", path: ws(c.sb, `/devices/${c.host}/switch-now`), token: c.sb.token, json: {} }), c.key)(i),
      check: async (sql, c) => {
        const twice = await sql`select count(*)::int as n from audit_events where workspace_id = ${c.sb.id} and subject_id = ${c.host} and action like '%switch%'`;
        return twice[0].n <= 1 ? [] : [`one device switched ${twice[0].n} times`];
      },
    },
    createResellerSandbox: {
      setup: async () => ({ key: key() }),
      request: (i, c) => mixed((n) => ({ method: "POST", path: "/sandboxes/resellers", headers: BOOTSTRAP, json: { workspaces: 1 + (n % 2), requireTwoFactor: false } }), c.key, { shareKey: false })(i),
    },
    renewLicense: {
      // 25 concurrent checkouts of one license: its term is renewed once.
      setup: async () => {
        const r = await must({ method: "POST", path: "/sandboxes/resellers", headers: BOOTSTRAP, json: { workspaces: 1 } }, 201);
        const w = r.workspaces[0];
        const sb: Sandbox = { id: w.workspace.id, slug: w.workspace.slug, token: w.token.token, body: w };
        const license = w.licenses.renewable as string;
        const quote = await must({ method: "GET", path: ws(sb, `/licenses/${license}/renewal`), token: sb.token }, 200);
        return { sb, key: key(), license, body: { expectedTermEnd: quote.termEnd, expectedAmountMinor: quote.quote.amountMinor } };
      },
      request: (i, c) => mixed(() => ({ method: "POST", path: ws(c.sb, `/licenses/${c.license}/renew`), token: c.sb.token, json: c.body }), c.key)(i),
      check: async (sql, c) => {
        const [{ n }] = await sql`select count(*)::int as n from license_terms where license_id = ${c.license} and renews_term_end is not null`;
        return n === 1 ? [] : [`the term was renewed ${n} times`];
      },
    },
    invitePerson: {
      setup: async () => ({ sb: await sandbox(), key: key(), run: randomUUID().slice(0, 8) }),
      request: (i, c) =>
        mixed((n) => ({ method: "POST", path: ws(c.sb, "/invitations"), token: c.sb.token, json: { email: `invitee-${c.run}-${n}@example.test`, role: "viewer" } }), c.key)(i),
      check: async (sql, c, answers) => {
        const [{ n }] = await sql`select count(*)::int as n from workspace_invitations where workspace_id = ${c.sb.id} and email = ${`invitee-${c.run}-0@example.test`}`;
        return oneEffect("invitation", n, answers, c.key);
      },
    },
    resendPersonInvitation: {
      setup: async (sql) => ({ sb: await invitedSandbox(), key: key(), ids: await invitationIds(sql) }),
      request: (i, c) => mixed((n) => ({ method: "POST", path: ws(c.sb, `/invitations/${c.ids[n % c.ids.length]}/resend`), token: c.sb.token, json: {} }), c.key)(i),
      check: async (sql, c) => openInvitationsPerAddress(sql, c.sb.id),
    },
    withdrawPersonInvitation: {
      setup: async (sql) => ({ sb: await invitedSandbox(), key: key(), ids: await invitationIds(sql) }),
      request: (i, c) => mixed((n) => ({ method: "DELETE", path: ws(c.sb, `/invitations/${c.ids[n % c.ids.length]}`), token: c.sb.token }), c.key)(i),
      check: async (sql, c) => openInvitationsPerAddress(sql, c.sb.id),
    },
    createWebhookEndpoint: {
      setup: async () => ({ sb: await sandbox(), key: key() }),
      request: (i, c) =>
        mixed((n) => ({ method: "POST", path: ws(c.sb, "/webhook-endpoints"), token: c.sb.token, json: { url: `https://127.0.0.1:9/stress-${n}`, eventTypes: ["*"] } }), c.key)(i),
      check: async (sql, c, answers) => {
        const [{ n }] = await sql`select count(*)::int as n from webhook_endpoints where workspace_id = ${c.sb.id} and url = 'https://127.0.0.1:9/stress-0'`;
        return oneEffect("webhook endpoint", n, answers, c.key);
      },
    },
    updateWebhookEndpoint: {
      setup: async () => ({ ...(await hooked()), key: key() }),
      request: (i, c) =>
        mixed((n) => ({ method: "PATCH", path: ws(c.sb, `/webhook-endpoints/${c.endpoint}`), token: c.sb.token, json: { enabled: n % 4 !== 0, description: `Stress ${n}` } }), c.key)(i),
    },
    deleteWebhookEndpoint: {
      setup: async () => {
        const { sb } = await hooked();
        const more = await Promise.all(Array.from({ length: 5 }, (_, j) => must({ method: "POST", path: ws(sb, "/webhook-endpoints"), token: sb.token, json: { url: `https://127.0.0.1:9/gone-${j}`, eventTypes: ["*"] } })));
        return { sb, key: key(), ids: more.map((e) => e.id) };
      },
      request: (i, c) => mixed((n) => ({ method: "DELETE", path: ws(c.sb, `/webhook-endpoints/${c.ids[n % c.ids.length]}`), token: c.sb.token }), c.key)(i),
      check: async (sql, c) => {
        const orphans = await sql`select id from webhook_deliveries d where workspace_id = ${c.sb.id} and not exists (select 1 from webhook_endpoints e where e.id = d.endpoint_id)`;
        return orphans.map((o) => `delivery ${o.id} outlived its endpoint`);
      },
    },
    sendTestWebhook: {
      setup: async () => ({ ...(await hooked()), key: key() }),
      request: (i, c) => mixed(() => ({ method: "POST", path: ws(c.sb, `/webhook-endpoints/${c.endpoint}/test`), token: c.sb.token, json: {} }), c.key)(i),
    },
    resendWebhookDelivery: {
      setup: async (sql) => {
        const { sb, endpoint } = await hooked();
        await must({ method: "POST", path: ws(sb, `/webhook-endpoints/${endpoint}/test`), token: sb.token, json: {} });
        const delivery = await firstId(sql, "select id from webhook_deliveries where workspace_id = $1 order by created_at limit 1", sb.id);
        return { sb, key: key(), endpoint, delivery };
      },
      request: (i, c) => mixed(() => ({ method: "POST", path: ws(c.sb, `/webhook-endpoints/${c.endpoint}/deliveries/${c.delivery}/resend`), token: c.sb.token, json: {} }), c.key)(i),
    },
    endResellerLink: {
      // The workspace's supervisor ends its reseller's link: once, then 404.
      setup: async () => {
        const made = await must({ method: "POST", path: "/sandboxes/resellers", json: { workspaces: 1 }, headers: BOOTSTRAP }, 201);
        const w = made.workspaces[0];
        return { sb: { id: w.workspace?.id ?? w.id, slug: w.workspace?.slug ?? w.slug, token: w.token?.token ?? w.token }, reseller: made.reseller.slug, key: key() };
      },
      request: (i, c) => mixed(() => ({ method: "DELETE", path: ws(c.sb, `/reseller-links/${c.reseller}`), token: c.sb.token }), c.key, { shareKey: false })(i),
    },
    ...refusedPlans(key),
  };
}

/** An empty sandbox with 10 open invitations. */
async function invitedSandbox(): Promise<Sandbox> {
  const sb = await sandbox();
  for (let j = 0; j < 10; j++) await must({ method: "POST", path: ws(sb, "/invitations"), token: sb.token, json: { email: `open-${sb.slug}-${j}@example.test`, role: "admin" } });
  return sb;
}

async function invitationIds(sql: postgres.Sql): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`select id from workspace_invitations where email like 'open-%' order by created_at desc limit 10`;
  return rows.map((r) => r.id);
}

/** At most one open invitation per address, whatever the burst did. */
async function openInvitationsPerAddress(sql: postgres.Sql, workspaceId: string): Promise<string[]> {
  const rows = await sql`select email, count(*)::int as n from workspace_invitations where workspace_id = ${workspaceId} and accepted_at is null and withdrawn_at is null group by email having count(*) > 1`;
  return rows.map((r) => `${r.n} open invitations for ${r.email}`);
}

/** An empty sandbox with one webhook endpoint (the stress server allows private targets). */
async function hooked(): Promise<{ sb: Sandbox; endpoint: string }> {
  const sb = await sandbox();
  const endpoint = await must({ method: "POST", path: ws(sb, "/webhook-endpoints"), token: sb.token, json: { url: "https://127.0.0.1:9/hook", eventTypes: ["*"] } });
  return { sb, endpoint: endpoint.id };
}

/**
 * Operations whose caller the sandbox API cannot make yet (a reseller's or a publisher's token,
 * a reseller's invitation): every call must be refused and change nothing.
 */
function refusedPlans(key: () => string): Record<string, Plan> {
  const notTheirs = "a workspace token is neither the reseller's nor the publisher's caller";
  const refused = (method: "POST" | "DELETE", path: (c: Json) => string, json?: Json, refusedBy = notTheirs): Plan => ({
    refusedBy,
    setup: async () => ({ sb: await sandbox(), key: key() }),
    request: (i, c) => mixed(() => ({ method, path: path(c), token: c.sb.token, json }), c.key, { shareKey: false })(i),
    check: async (_sql, _c, answers) => answers.filter((a) => a.status < 400).map((a) => `answered ${a.status} to a workspace token`),
  });
  return {
    inviteWorkspace: refused("POST", () => "/resellers/sandbox-partner-none/invitations", { target: "acme-gmbh" }),
    withdrawInvitation: refused("DELETE", () => `/resellers/sandbox-partner-none/invitations/${randomUUID()}`),
    endResellerLinkByReseller: refused("DELETE", (c) => `/resellers/sandbox-partner-none/links/${c.sb.slug}`),
    createCustomerWorkspace: refused("POST", () => "/resellers/sandbox-partner-none/workspaces", { name: "Stress GmbH", country: "DE" }),
    // Their caller, but no reseller can invite through the API without its token: ids of nothing.
    acceptResellerInvitation: refused("POST", (c) => ws(c.sb, `/reseller-invitations/${randomUUID()}/accept`), {}, "no invitation exists"),
    declineResellerInvitation: refused("POST", (c) => ws(c.sb, `/reseller-invitations/${randomUUID()}/decline`), {}, "no invitation exists"),
    issuePublisherActivationCode: refused("POST", () => "/publishers/contoso/activation-codes", { sku: "FB-ESC-PRO", quantity: 1 }),
  };
}
