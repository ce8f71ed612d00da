/**
 * A page only some roles may see answers the others as Next's 404 (as another tenant's page
 * would), from the page itself: Next renders a layout and its page in parallel, so a check in the
 * layout alone let the page's reads run and log the role's refusal (an AppError stack) per request.
 */
import { describe, expect, it, vi } from "vitest";
import { createSandbox } from "@/lib/sandboxes";
import { ownerSql } from "../factories";

const session = vi.hoisted(() => ({ current: null as { accountId: string; sessionVersion: number } | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));

const { default: SettingsPage } = await import("@/app/(console)/w/[workspace]/settings/page");
const { default: OutboxPage } = await import("@/app/(console)/w/[workspace]/outbox/page");

/** What rendering `page` as `email` threw: Next's 404 reads as "404". */
async function thrownBy(email: string, render: () => Promise<unknown>): Promise<string> {
  const [account] = await ownerSql()<{ id: string; session_version: number }[]>`select id, session_version from accounts where email = ${email}`;
  session.current = { accountId: account.id, sessionVersion: account.session_version };
  try {
    await render();
    return "rendered";
  } catch (e) {
    const digest = String((e as { digest?: unknown }).digest ?? "");
    return digest === "NEXT_HTTP_ERROR_FALLBACK;404" ? "404" : `${(e as Error).name}: ${(e as Error).message}`;
  } finally {
    session.current = null;
  }
}

describe("role-restricted console pages", () => {
  it("settings and the outbox answer a viewer with Next's 404, not a role error", async () => {
    const sb = await createSandbox({ template: "empty" });
    const params = Promise.resolve({ workspace: sb.workspace.slug });
    expect(await thrownBy(sb.signIns.viewer.email, () => SettingsPage({ params }))).toBe("404");
    expect(await thrownBy(sb.signIns.admin.email, () => SettingsPage({ params }))).toBe("404");
    expect(await thrownBy(sb.signIns.viewer.email, () => OutboxPage({ params } as never))).toBe("404");
  });
});
