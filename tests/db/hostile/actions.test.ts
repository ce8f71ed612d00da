/**
 * Every server action of every page (each "use server" module under app/ and components/),
 * called as a client may call it: signed in as a workspace supervisor, a reseller's staff, a
 * publisher's staff or nobody, with missing, hostile and foreign form data (another workspace's
 * ids) and arguments of the wrong type. An action never throws (Next answers that with a 500)
 * nor reports an internal error, and a refused call changes no row of any workspace.
 * Only the session and the cache are stood in for.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadActor, type Actor } from "@/lib/auth/accounts";
import { createResellerSandbox } from "@/lib/sandboxes/resellers";
import { fillWorkspace, ownerSql, sessionOf } from "../factories";
import { newSandbox, plainWorkspace, type TestSandbox } from "../api/helpers";
import { diff, fingerprint, hostileText, hostileValue, printTally, RUNS, SEED, tally, type Tally } from "./sweep";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({
  currentActor: async () => (signedIn && !signedIn.twoFactorPending ? signedIn : null),
  sessionActor: async () => signedIn,
  requireActor: async () => signedIn,
  sessionCaller: async () => sessionOf(signedIn),
  ENROLMENT_PATH: "/account/security",
  // It reads the session cookie, which the sweep's callers do not carry: nothing to end.
  endEverySession: async () => {},
}));
// Outside a request there is no cookie jar; the sign-out action only deletes from it.
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  cookies: async () => ({ get: () => undefined, delete: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const root = path.resolve(import.meta.dirname, "../../..");

/** Every "use server" module of the app, found on disk: actions added later are swept too. */
function actionModules(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.tsx?$/.test(name) && /^\s*["']use server["']/.test(readFileSync(file, "utf8"))) out.push(path.relative(root, file));
    }
  };
  walk(path.join(root, "app"));
  walk(path.join(root, "components"));
  return out.sort();
}

/** Field names any form of the console sends. */
const FIELDS = [
  "name", "email", "userId", "productId", "kind", "quantity", "orderId", "requestKey", "key", "code", "licenseId", "settings",
  "hostId", "reason", "understood", "tokenId", "role", "expiresInDays", "itemId", "decision", "note", "csv", "required",
  "requireTwoFactor", "idempotencyKey", "expectedTermEnd", "expectedAmountMinor", "userIds", "allMatching",
];

let A: TestSandbox;
let H: TestSandbox;
let B: { id: string; slug: string };
let reseller: { slug: string; workspaceIds: string[] };
const people: Record<string, Actor> = {};
const ids: string[] = [];

async function actorOf(email: string): Promise<Actor> {
  const [acc] = await ownerSql()<{ id: string }[]>`select id from accounts where email = ${email}`;
  return (await loadActor(acc.id))!;
}

beforeAll(async () => {
  A = await newSandbox("renewal-window-50-45");
  H = await newSandbox("hosts-two-publishers");
  const b = await plainWorkspace("DE");
  await fillWorkspace(b.id);
  B = b;
  const r = await createResellerSandbox({ workspaces: 1, requireTwoFactor: false });
  reseller = { slug: r.reseller.slug, workspaceIds: r.workspaces.map((w) => w.workspace.id) };
  people.supervisor = await actorOf(A.body.signIns.supervisor.email);
  people.viewer = await actorOf(A.body.signIns.viewer.email);
  people.reseller = await actorOf(r.staff.email);
  people.publisher = await actorOf(H.body.publisherSignIns[0].email);
  for (const q of ["select id from directory_users", "select id from orders", "select id from licenses", "select id from hosts", "select id from reset_request_items", "select product_id as id from product_seats"]) {
    for (const ws of [A.id, H.id, B.id, ...reseller.workspaceIds]) {
      const rows = await ownerSql().unsafe(`${q} where workspace_id = $1 limit 2`, [ws]);
      ids.push(...rows.map((row) => row.id as string));
    }
  }
});

const workspaces = () => [A.id, H.id, B.id, ...reseller.workspaceIds];
const snapshot = async () => Object.fromEntries(await Promise.all(workspaces().map(async (w) => [w, await fingerprint(w)] as const)));

function formArb(): fc.Arbitrary<FormData> {
  const value = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ids) },
    hostileText.map((t) => t.slice(0, 20_000)),
    hostileValue(ids).map((v) => (typeof v === "string" ? v : (JSON.stringify(v) ?? ""))),
    fc.constantFrom("on", "true", "approved", "denied", "add_licenses", "viewer", "supervisor", "1102500012", "5", "2027-01-01T00:00:00Z"),
  );
  return fc.record(Object.fromEntries(FIELDS.map((f) => [f, value])), { requiredKeys: [] }).map((fields) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, String(v).replace(/\u0000/g, "\u0000"));
    return form;
  });
}

/** The i-th argument: a slug first, form data last, anything in between (and now and then anywhere). */
function argArb(i: number, arity: number): fc.Arbitrary<unknown> {
  const slug = fc.constantFrom(A.slug, H.slug, B.slug, reseller.slug, "contoso", "fabrikam");
  const anything = fc.oneof(hostileValue(ids), fc.constant(undefined), fc.constantFrom({ status: "idle" }, ["a"], 42));
  if (i === 0 && arity > 1) return fc.oneof({ weight: 5, arbitrary: slug }, anything);
  if (i === arity - 1) return fc.oneof({ weight: 5, arbitrary: formArb() }, fc.array(fc.constantFrom(...ids), { maxLength: 3 }), anything);
  return fc.oneof(fc.constantFrom(...ids), formArb(), anything);
}

const who = fc.constantFrom<keyof typeof people | "nobody">("supervisor", "supervisor", "viewer", "reseller", "publisher", "nobody");

/** A server action's answer that means "our fault" (the API's 500). */
function internal(result: unknown): boolean {
  const r = result as { code?: string; status?: string } | null;
  return !!r && r.code === "internal";
}

function refused(result: unknown): boolean {
  const r = result as { ok?: boolean; status?: string } | null;
  return !r || r.ok === false || r.status === "error";
}

describe("hostile input, every server action", () => {
  const rows: Tally[] = [];
  const failures: string[] = [];

  it("answers a slug PostgreSQL cannot compare (NUL, a lone surrogate) as not found, not as an internal error", async () => {
    const { runAction, readAction } = await import("@/lib/operations/form");
    const { defineRead } = await import("@/lib/operations/read");
    const { createDirectoryUser } = await import("@/lib/directory");
    const { createResellerTokenAction } = await import("@/app/(reseller)/r/[reseller]/api-tokens/actions");
    for (const slug of ["\uD800", "a\u0000b", "x".repeat(5_000)]) {
      signedIn = people.supervisor;
      expect(await runAction(createDirectoryUser, slug, { name: "N", email: "n@example.test" })).toMatchObject({ ok: false, code: "not_found" });
      expect(await readAction(slug, defineRead({ name: "one", resource: "directory_user", run: async () => 1 }))).toMatchObject({ ok: false, code: "not_found" });
      signedIn = people.reseller;
      const form = new FormData();
      form.set("name", "t");
      expect(await createResellerTokenAction(slug, { status: "idle" }, form)).toMatchObject({ status: "error", code: "not_found" });
    }
    signedIn = null;
  });

  it("finds the server actions", () => {
    expect(actionModules().length).toBeGreaterThanOrEqual(10);
  });

  it("never throws nor fails internally, and a refused call changes nothing", { timeout: 600_000 }, async () => {
    let n = 0;
    for (const file of actionModules()) {
      const mod = (await import(path.join(root, file))) as Record<string, unknown>;
      for (const [name, fn] of Object.entries(mod)) {
        if (typeof fn !== "function") continue;
        const row = tally(`${name} (${path.dirname(file)})`);
        rows.push(row);
        const arity = Math.max(fn.length, 1);
        let base = await snapshot();
        const args = fc.tuple(...Array.from({ length: arity }, (_, i) => argArb(i, arity)));
        const property = fc.asyncProperty(who, args, async (person, argv) => {
          signedIn = person === "nobody" ? null : people[person];
          row.attempts++;
          let result: unknown;
          try {
            result = await (fn as (...a: unknown[]) => Promise<unknown>)(...argv);
          } catch (e) {
            // A redirect is how an action that ends somewhere else answers (sign-out everywhere).
            if (String((e as { digest?: unknown })?.digest ?? "").startsWith("NEXT_REDIRECT")) {
              row.ok++;
              base = await snapshot();
              return true;
            }
            row.thrown++;
            throw new Error(`threw ${(e as Error)?.name}: ${String((e as Error)?.message).slice(0, 200)}`);
          }
          if (internal(result)) {
            row.s500++;
            throw new Error(`answered an internal error: ${JSON.stringify(result).slice(0, 200)}`);
          }
          const now = await snapshot();
          if (!refused(result)) {
            row.ok++;
            base = now;
            return true;
          }
          row.refused++;
          const changed = Object.keys(now).flatMap((w) => diff(base[w], now[w]).map((t) => `${w}.${t}`));
          if (changed.length) {
            row.changedOnError++;
            throw new Error(`refused (${JSON.stringify(result).slice(0, 150)}) but changed ${changed.join(", ")}`);
          }
          return true;
        });
        const details = await fc.check(property, { numRuns: RUNS, seed: SEED + n++, endOnFailure: true });
        if (details.failed) {
          const example = JSON.stringify(details.counterexample, (_, v) =>
            v instanceof FormData ? Object.fromEntries([...v.entries()].map(([k, x]) => [k, String(x).slice(0, 60)])) : typeof v === "string" && v.length > 100 ? `${v.slice(0, 40)}…(${v.length})` : v,
          );
          failures.push(`${name} in ${file} (seed ${SEED + n - 1}): ${String(details.errorInstance ?? "failed").slice(0, 300)}\n    input: ${example?.slice(0, 500)}`);
        }
      }
    }
    signedIn = null;
    printTally("Hostile input per server action", rows);
    if (failures.length) console.log(`Failures (${failures.length}):\n  ${failures.join("\n  ")}`);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(failures).toEqual([]);
  });
});
