/**
 * What one console request costs the database: transactions opened, the most held at once, and
 * the statements sent (BEGIN, framing and COMMIT included), each a round trip to the server.
 * The Overview's GET renders the workspace layout, the page and the language lookup together (as
 * Next does, in parallel, sharing React's per-request cache); a form's server action resolves the
 * caller and runs its operation. Each has a budget: a page or action that opens its own extra
 * transaction, or two at once, fails here.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createDirectoryUser } from "@/lib/directory";
import { submitForm } from "@/lib/operations/form";
import { createSandbox } from "@/lib/sandboxes";
import { createResellerSandbox } from "@/lib/sandboxes/resellers";
import { ownerSql } from "../factories";

const meter = vi.hoisted(() => ({ opened: [] as string[], open: 0, peak: 0, statements: [] as string[] }));
// Every statement the app's connections send, through postgres-js's debug hook (BEGIN and COMMIT
// are statements too): a counting wrapper around the driver, nothing in the app changes.
vi.mock("postgres", async (importOriginal) => {
  const real = (await importOriginal<{ default: typeof import("postgres") }>()).default;
  const counting = ((url: string, opts: Record<string, unknown> = {}) =>
    real(url, { ...opts, debug: (_conn: number, query: string) => meter.statements.push(query.replace(/\s+/g, " ").trim()) })) as unknown as typeof real;
  return { default: Object.assign(counting, real) };
});
vi.mock("@/db/scope", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/db/scope")>();
  return {
    ...real,
    withScope: async (...args: Parameters<typeof real.withScope>) => {
      meter.opened.push(args[0].kind);
      meter.peak = Math.max(meter.peak, ++meter.open);
      try {
        return await real.withScope(...args);
      } finally {
        meter.open--;
      }
    },
  };
});

// React's request cache, as Next gives it to one request: outside Next, `cache` caches nothing.
const request = vi.hoisted(() => ({ memo: new Map<unknown, Map<string, unknown>>(), headers: new Headers() }));
vi.mock("react", async (importOriginal) => {
  const real = await importOriginal<typeof import("react")>();
  const cache = <A extends unknown[], R>(fn: (...args: A) => R) => {
    const key = {};
    return (...args: A): R => {
      const memo = request.memo.get(key) ?? new Map<string, unknown>();
      request.memo.set(key, memo);
      const k = JSON.stringify(args);
      if (!memo.has(k)) memo.set(k, fn(...args));
      return memo.get(k) as R;
    };
  };
  return { ...real, cache, default: { ...real, cache } };
});

const session = vi.hoisted(() => ({ current: null as { accountId: string; sessionVersion: number } | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock("next-intl/server", async (importOriginal) => {
  const t = Object.assign((key: string) => key, { rich: (key: string) => key, has: () => true });
  return { ...(await importOriginal<typeof import("next-intl/server")>()), getTranslations: async () => t, getLocale: async () => "en" };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { withScope } = await import("@/db/scope");
const { sql } = await import("drizzle-orm");
const { default: WorkspaceLayout } = await import("@/app/(console)/w/[workspace]/layout");
const { default: OverviewPage } = await import("@/app/(console)/w/[workspace]/overview/page");
const { requestUiLocale } = await import("@/lib/i18n/request");
const { WORKSPACE_HEADER } = await import("@/lib/i18n/locales");
const { consoleRequest } = await import("@/lib/workspaces/current");

/** A new request of `email` for a /w/<slug> path: a fresh request cache and a fresh meter. */
async function newRequest(email: string, slug: string) {
  const [account] = await ownerSql()<{ id: string; session_version: number }[]>`select id, session_version from accounts where email = ${email}`;
  session.current = { accountId: account.id, sessionVersion: account.session_version };
  // No language named by account, cookie or browser: the workspace's locale is looked up too.
  request.headers = new Headers({ [WORKSPACE_HEADER]: slug });
  request.memo.clear();
  Object.assign(meter, { opened: [], open: 0, peak: 0, statements: [] });
}

/**
 * The budget: transactions and statements per request, and connections one request holds at once.
 * Measured (statements): Overview 24 → 14 (the scope's framing BEGIN + one SELECT, was + SET
 * TRANSACTION; getOverview 7 → 2; the order dialogs read their product lists when opened, 2 → 0;
 * the account's memberships read with the account), then 14 → 11 (the two-step rule read with the
 * account; the opened workspace found among the switcher's rows; the clock read in the statement
 * that enters the workspace), a form action 15 → 12, then 13 → 12 (the two-step rule).
 */
// The action's 12th statement is the webhook outbox's look for the workspace's active endpoints
// beside each audited change (lib/webhooks/outbox.ts).
const BUDGET = { page: { transactions: 2, atOnce: 1, statements: 11 }, action: { transactions: 2, atOnce: 1, statements: 12 } };

function report(what: string) {
  console.log(
    `${what}: ${meter.opened.length} transactions (${meter.opened.join(", ")}), at most ${meter.peak} at once, ${meter.statements.length} statements:\n  ` +
      meter.statements.map((q) => q.slice(0, 110)).join("\n  "),
  );
}

describe("database connections per console request", () => {
  let sb: Awaited<ReturnType<typeof createSandbox>>;
  beforeEach(async () => {
    sb ??= await createSandbox({ template: "renewal-window-50-45" });
  });

  it("GET /w/<slug>/overview: layout, page and language in the budget", async () => {
    await newRequest(sb.signIns.admin.email, sb.workspace.slug);
    const params = Promise.resolve({ workspace: sb.workspace.slug });
    await Promise.all([WorkspaceLayout({ children: null, params }), OverviewPage({ params }), requestUiLocale()]);
    report("overview");
    expect(meter.opened.length).toBeLessThanOrEqual(BUDGET.page.transactions);
    expect(meter.statements.length).toBeLessThanOrEqual(BUDGET.page.statements);
    expect(meter.peak).toBeLessThanOrEqual(BUDGET.page.atOnce);
  });

  it("the shell's folded reads: the workspace among the switcher's list, and its own test clock read as it is entered", async () => {
    const other = await createSandbox({ template: "renewal-window-50-45" });
    // A moment real time is not: the clock must come from the workspace's row, which row-level
    // security shows only once the statement has entered the workspace.
    const frozen = new Date("2031-01-02T03:04:05.678Z");
    await ownerSql()`update workspace_clocks set now = ${frozen} where workspace_id = ${other.workspace.id}`;
    await newRequest(other.signIns.admin.email, other.workspace.slug);
    const found = await consoleRequest(other.workspace.slug);
    expect(found.workspace).toMatchObject({ workspace: { id: other.workspace.id }, role: "admin", via: "membership" });
    expect(found.also?.clock).toEqual({ now: frozen, testClock: true });
    expect(found.also?.workspaces.map((w) => w.id)).toContain(other.workspace.id);
    // Another sandbox's slug is not among this admin's workspaces: no workspace, no shell.
    await newRequest(other.signIns.admin.email, sb.workspace.slug);
    expect(await consoleRequest(sb.workspace.slug)).toMatchObject({ workspace: null, also: null });
  });

  it("reseller staff open a customer's workspace through the reseller: found among the list, with the way back", async () => {
    const r = await createResellerSandbox({ workspaces: 2 });
    const [first, second] = r.workspaces;
    await newRequest(r.staff.email, first.workspace.slug);
    const found = await consoleRequest(first.workspace.slug);
    expect(found.workspace).toMatchObject({ workspace: { id: first.workspace.id }, role: "admin", via: "reseller" });
    expect(found.also?.reseller).not.toBeNull();
    expect(found.also?.workspaces.map((w) => w.id)).toEqual(expect.arrayContaining([first.workspace.id, second.workspace.id]));
  });

  it("a form's server action: the caller, then the operation", async () => {
    await newRequest(sb.signIns.admin.email, sb.workspace.slug);
    const form = new FormData();
    form.set("name", "Ada Budget");
    form.set("email", `ada.${Date.now()}@example.test`);
    expect(await submitForm(createDirectoryUser, sb.workspace.slug, form)).toMatchObject({ status: "success" });
    report("form action");
    expect(meter.opened.length).toBeLessThanOrEqual(BUDGET.action.transactions);
    expect(meter.statements.length).toBeLessThanOrEqual(BUDGET.action.statements);
    expect(meter.peak).toBeLessThanOrEqual(BUDGET.action.atOnce);
  });

  it("a scope's framing is BEGIN and one SELECT, and still sets read only and the isolation level", async () => {
    const modes = sql`select current_setting('transaction_read_only') as ro, current_setting('transaction_isolation') as iso`;
    const read = async (opts: Parameters<typeof withScope>[2]) => {
      Object.assign(meter, { statements: [] });
      const [row] = await withScope({ kind: "anonymous" }, (tx) => tx.execute<{ ro: string; iso: string }>(modes), opts);
      return { ...row, statements: meter.statements.length };
    };
    // BEGIN, the framing, the read, COMMIT; serializable needs its SET TRANSACTION before the first snapshot.
    expect(await read({ readOnly: true })).toEqual({ ro: "on", iso: "read committed", statements: 4 });
    expect(await read({})).toEqual({ ro: "off", iso: "read committed", statements: 4 });
    expect(await read({ isolation: "serializable" })).toEqual({ ro: "off", iso: "serializable", statements: 5 });
    await expect(withScope({ kind: "anonymous" }, (tx) => tx.execute(sql`create temp table t_budget (x int)`), { readOnly: true })).rejects.toMatchObject({
      cause: { code: "25006" },
    });
  });
});
