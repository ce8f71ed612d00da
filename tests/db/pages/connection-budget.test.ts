/**
 * What one console request costs the database: transactions opened, and the most held at once.
 * The Overview's GET renders the workspace layout, the page and the language lookup together (as
 * Next does, in parallel, sharing React's per-request cache); a form's server action resolves the
 * caller and runs its operation. Each has a budget: a page or action that opens its own extra
 * transaction, or two at once, fails here.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createDirectoryUser } from "@/lib/directory";
import { submitForm } from "@/lib/operations/form";
import { createSandbox } from "@/lib/sandboxes";
import { ownerSql } from "../factories";

const meter = vi.hoisted(() => ({ opened: [] as string[], open: 0, peak: 0 }));
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

const { default: WorkspaceLayout } = await import("@/app/(console)/w/[workspace]/layout");
const { default: OverviewPage } = await import("@/app/(console)/w/[workspace]/overview/page");
const { requestUiLocale } = await import("@/lib/i18n/request");
const { WORKSPACE_HEADER } = await import("@/lib/i18n/locales");

/** A new request of `email` for a /w/<slug> path: a fresh request cache and a fresh meter. */
async function newRequest(email: string, slug: string) {
  const [account] = await ownerSql()<{ id: string; session_version: number }[]>`select id, session_version from accounts where email = ${email}`;
  session.current = { accountId: account.id, sessionVersion: account.session_version };
  // No language named by account, cookie or browser: the workspace's locale is looked up too.
  request.headers = new Headers({ [WORKSPACE_HEADER]: slug });
  request.memo.clear();
  Object.assign(meter, { opened: [], open: 0, peak: 0 });
}

/** The budget: transactions per request, and connections one request holds at once. */
const BUDGET = { page: { transactions: 2, atOnce: 1 }, action: { transactions: 2, atOnce: 1 } };

describe("database connections per console request", () => {
  let sb: Awaited<ReturnType<typeof createSandbox>>;
  beforeEach(async () => {
    sb ??= await createSandbox({ template: "renewal-window-50-45" });
  });

  it("GET /w/<slug>/overview: layout, page and language in the budget", async () => {
    await newRequest(sb.signIns.admin.email, sb.workspace.slug);
    const params = Promise.resolve({ workspace: sb.workspace.slug });
    await Promise.all([WorkspaceLayout({ children: null, params }), OverviewPage({ params }), requestUiLocale()]);
    console.log(`overview: ${meter.opened.length} transactions (${meter.opened.join(", ")}), at most ${meter.peak} at once`);
    expect(meter.opened.length).toBeLessThanOrEqual(BUDGET.page.transactions);
    expect(meter.peak).toBeLessThanOrEqual(BUDGET.page.atOnce);
  });

  it("a form's server action: the caller, then the operation", async () => {
    await newRequest(sb.signIns.admin.email, sb.workspace.slug);
    const form = new FormData();
    form.set("name", "Ada Budget");
    form.set("email", `ada.${Date.now()}@example.test`);
    expect(await submitForm(createDirectoryUser, sb.workspace.slug, form)).toMatchObject({ status: "success" });
    console.log(`form action: ${meter.opened.length} transactions (${meter.opened.join(", ")}), at most ${meter.peak} at once`);
    expect(meter.opened.length).toBeLessThanOrEqual(BUDGET.action.transactions);
    expect(meter.peak).toBeLessThanOrEqual(BUDGET.action.atOnce);
  });
});
