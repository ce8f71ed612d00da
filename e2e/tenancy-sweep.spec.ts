import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { createSandbox, deleteSandbox, expect, signIn, test } from "./fixtures";

const ROOT = path.join("app", "(console)", "w", "[workspace]");

/**
 * Every page and file route of a workspace, found in the app folder so that a page added later
 * is swept too: "/w/[workspace]/products/[productId]", ...
 */
function workspaceRoutes(dir = ROOT, url = "/w/[workspace]"): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && (entry.name === "page.tsx" || entry.name === "route.ts")) found.push(url);
    if (entry.isDirectory()) {
      // Route groups "(name)" do not appear in the URL.
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      found.push(...workspaceRoutes(path.join(dir, entry.name), `${url}${segment}`));
    }
  }
  return [...new Set(found)];
}

test("every page and file route of another tenant's workspace is a 404, as for one that does not exist", async ({ page, request, sandbox }) => {
  const routes = workspaceRoutes();
  expect(routes.length).toBeGreaterThanOrEqual(8);
  const other = await createSandbox(request, "renewal-window-50-45");
  try {
    await signIn(page, sandbox.signIn);
    const missing = `no-such-${randomUUID().slice(0, 8)}`;
    for (const pattern of routes) {
      for (const slug of [other.workspace.slug, missing]) {
        const url = pattern.replace("[workspace]", slug).replace(/\[[^\]]+\]/g, () => randomUUID());
        // The page's own request context carries the signed-in session.
        const res = await page.request.get(url, { maxRedirects: 0 });
        expect({ pattern, slug, status: res.status() }).toEqual({ pattern, slug, status: 404 });
        expect(await res.text()).not.toContain(other.workspace.name);
      }
    }
    // The same session does open its own workspace: the 404s above are about tenancy, not sign-in.
    expect((await page.request.get(`/w/${sandbox.workspace.slug}/overview`)).status()).toBe(200);
  } finally {
    await deleteSandbox(request, other);
  }
});

test("in one's own workspace, a detail page for an id that does not exist is a 404 too", async ({ page, sandbox }) => {
  const details = workspaceRoutes().filter((r) => /\[(?!workspace\])[^\]]+\]/.test(r) && !/\.(csv|eml)$|\/raw$/.test(r));
  expect(details.length).toBeGreaterThanOrEqual(3);
  await signIn(page, sandbox.signIn);
  for (const pattern of details) {
    const url = pattern.replace("[workspace]", sandbox.workspace.slug).replace(/\[[^\]]+\]/g, () => randomUUID());
    const res = await page.request.get(url, { maxRedirects: 0 });
    expect({ pattern, status: res.status() }).toEqual({ pattern, status: 404 });
  }
});
