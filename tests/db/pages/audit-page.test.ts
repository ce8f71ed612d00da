/**
 * The Audit tab's page as each caller gets it: every role of the workspace renders it (viewers
 * read the log, issue 16), anyone else gets Next's 404 (another tenant's answer), and a filter or
 * cursor that cannot be read renders the page with its explanation instead of failing it.
 */
import { describe, expect, it, vi } from "vitest";
import { createSandbox } from "@/lib/sandboxes";
import { ownerSql } from "../factories";

const session = vi.hoisted(() => ({ current: null as { accountId: string; sessionVersion: number } | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));

vi.mock("next-intl/server", async (importOriginal) => {
  const t = Object.assign((key: string) => key, { rich: (key: string) => key, has: () => true });
  return { ...(await importOriginal<typeof import("next-intl/server")>()), getTranslations: async () => t, getLocale: async () => "en" };
});

const { default: AuditPage } = await import("@/app/(console)/w/[workspace]/audit/page");
const { AuditFilters } = await import("@/app/(console)/w/[workspace]/audit/audit-filters");
const { AuditTable } = await import("@/app/(console)/w/[workspace]/audit/audit-table");

type Element = { type: unknown; props: Record<string, unknown> & { children?: unknown } };
/** The page's element of component `type` (its children are a flat fragment). */
const part = (page: unknown, type: unknown) => ((page as Element).props.children as (Element | null)[]).find((c) => c?.type === type)?.props;

/** What rendering the page as `email` gave: its filter form's and table's props, "404", or the error. */
async function render(email: string, slug: string, search: Record<string, string> = {}) {
  const [account] = await ownerSql()<{ id: string; session_version: number }[]>`select id, session_version from accounts where email = ${email}`;
  session.current = { accountId: account.id, sessionVersion: account.session_version };
  try {
    const page = await AuditPage({ params: Promise.resolve({ workspace: slug }), searchParams: Promise.resolve(search) });
    return { filters: part(page, AuditFilters), table: part(page, AuditTable) };
  } catch (e) {
    const digest = String((e as { digest?: unknown }).digest ?? "");
    return digest === "NEXT_HTTP_ERROR_FALLBACK;404" ? "404" : `${(e as Error).name}: ${(e as Error).message}`;
  } finally {
    session.current = null;
  }
}

describe("the Audit tab's page", () => {
  it("renders for each role of the workspace, 404 for another workspace's people; bad filters and cursors are explained", async () => {
    const [sb, other] = [await createSandbox({ template: "empty" }), await createSandbox({ template: "empty" })];
    for (const role of ["viewer", "admin", "supervisor"] as const) {
      const page = await render(sb.signIns[role].email, sb.workspace.slug);
      // The sandbox's own creation events, newest first; no newer page, no older one.
      expect(page, role).toMatchObject({ filters: { invalid: [] }, table: { filtered: false, newer: null, older: null } });
      expect((page as unknown as { table: { rows: unknown[] } }).table.rows.length, role).toBeGreaterThan(0);
    }
    expect(await render(other.signIns.supervisor.email, sb.workspace.slug)).toBe("404");
    // Unreadable: named per field, and no table (unfiltered rows must not pass for filtered ones).
    const bad = await render(sb.signIns.viewer.email, sb.workspace.slug, { from: "yesterday", action: "x", after: "forged.cursor" });
    expect(bad).toEqual({ filters: expect.objectContaining({ invalid: expect.arrayContaining(["from", "action", "cursor"]) }), table: undefined });
    // Blanks of a submitted form mean "no filter"; a filter that matches nothing shows the filtered empty table.
    const none = await render(sb.signIns.viewer.email, sb.workspace.slug, { action: "order.paid", actor: "", from: "", subjectId: "" });
    expect(none).toMatchObject({ filters: { invalid: [], values: { action: "order.paid" } }, table: { rows: [], filtered: true } });
  });
});
