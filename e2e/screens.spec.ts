import { readdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, signIn, test, type Role } from "./fixtures";

const ROOT = path.join("app", "(console)", "w", "[workspace]");
const WIDTHS = [390, 768, 1280] as const;

/** Every page of a workspace without an id in its path, found in the app folder so a new page is swept too. */
function listPages(dir = ROOT, url = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === "page.tsx" && url) found.push(url);
    if (entry.isDirectory() && !entry.name.startsWith("[")) {
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      found.push(...listPages(path.join(dir, entry.name), `${url}${segment}`));
    }
  }
  return [...new Set(found)].sort();
}

/** The page itself never scrolls sideways; a table may, inside its own box. */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
  expect.soft({ where, scrollWidth }, `${where} is ${scrollWidth} px wide in a ${innerWidth} px window`).toEqual({ where, scrollWidth: Math.min(scrollWidth, innerWidth) });
}

/** At each width: no page-level horizontal scroll, and axe finds nothing serious. */
async function sweep(page: Page, where: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    // Two frames: the layout settles and ResizeObserver (ui/side-scroll) has answered.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await expectNoSidewaysScroll(page, `${where} at ${width}`);
    await expectAccessible(page).catch((e: Error) => expect.soft(e.message, `axe on ${where} at ${width}`).toBe(""));
  }
}

const ROLES: Role[] = ["supervisor", "admin", "viewer"];
/** The pages a role may not open (lib/access/matrix): each answers 404 as its HTTP status. */
const CLOSED: Record<Role, string[]> = { supervisor: [], admin: ["/settings"], viewer: ["/outbox", "/settings", "/users/import"] };

for (const role of ROLES) {
  test(`every workspace page fits 390, 768 and 1280 px for a ${role}, axe finds nothing serious`, async ({ page }) => {
    test.setTimeout(150_000);
    await signIn(page, { email: DEMO[role], password: DEMO.password });
    const base = `/w/${DEMO.workspace}`;
    const pages = listPages();
    expect(pages).toEqual(expect.arrayContaining(["/overview", "/users", "/users/import", "/products", "/settings"]));
    for (const p of pages) {
      const res = await page.goto(`${base}${p}`);
      // A page the role may not open answers with the status, not a 200 carrying "not found".
      expect({ p, status: res?.status() }).toEqual({ p, status: CLOSED[role].includes(p) ? 404 : 200 });
      if (CLOSED[role].includes(p)) continue;
      await sweep(page, p);
    }
    // One detail page of each kind, reached the way a person does: the first row's link.
    for (const [list, detail] of [
      ["/products", /\/products\/[0-9a-f-]{36}$/],
      ["/licenses", /\/licenses\/[0-9a-f-]{36}$/],
      ["/hosts", /\/hosts\/[0-9a-f-]{36}$/],
    ] as const) {
      await page.goto(`${base}${list}`);
      const href = await page
        .locator("main a[href]")
        .evaluateAll((links, re) => links.map((a) => a.getAttribute("href")!).find((h) => new RegExp(re).test(h)), detail.source);
      expect(href, `a detail link on ${list}`).toBeTruthy();
      await page.goto(href!);
      await sweep(page, href!);
    }
  });
}

test("a viewer's /users/import answers 404 as its status, and a viewer is not offered to order", async ({ page }) => {
  await signIn(page, { email: DEMO.viewer, password: DEMO.password });
  const base = `/w/${DEMO.workspace}`;
  for (const p of ["/users/import", "/settings"]) {
    const res = await page.request.get(`${base}${p}`, { maxRedirects: 0 });
    expect({ p, status: res.status() }).toEqual({ p, status: 404 });
  }
  await page.goto(`${base}/overview`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Order the remaining licenses" })).toHaveCount(0);
});

test("on a phone the tabs are one menu button, keyboard-operable; Users keeps Add user on screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, { email: DEMO.supervisor, password: DEMO.password });
  await page.goto(`/w/${DEMO.workspace}/overview`);
  const nav = page.getByRole("navigation", { name: "Workspace sections" });
  const menu = nav.getByRole("button", { name: "Overview" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Users" })).toBeHidden();
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await page.keyboard.press("Enter");
  await nav.getByRole("link", { name: "Users" }).click();
  await page.waitForURL(/\/users$/);
  const add = page.getByRole("button", { name: "Add user" });
  await expect(add).toBeInViewport({ ratio: 1 });
  // On a freshly loaded page the skip link is the first Tab stop and lands in the main region.
  await page.goto(`/w/${DEMO.workspace}/users`);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test(
  "the Overview's need-renewal badge opens that product's Requires renewal list",
  { annotation: { type: "template", description: "renewal-window-50-45" } },
  async ({ page, sandbox }) => {
    await signIn(page, sandbox.signIn);
    await page.goto(`/w/${sandbox.workspace.slug}/overview`);
    await page.getByRole("link", { name: "5 need renewal" }).click();
    await page.waitForURL(/\/products\/[0-9a-f-]{36}\?view=requiresRenewal$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  },
);

test("a dialog focuses its first field, and its confirm button comes before Close on the first Tab pass", async ({ page }) => {
  await signIn(page, { email: DEMO.supervisor, password: DEMO.password });
  await page.goto(`/w/${DEMO.workspace}/users`);
  await page.getByRole("button", { name: "Add user" }).click();
  const dialog = page.getByRole("dialog", { name: "Add user" });
  await expect(dialog.getByLabel("Full name")).toBeFocused();
  const seen: string[] = [];
  for (let i = 0; i < 8 && !seen.includes("Close"); i++) {
    await page.keyboard.press("Tab");
    seen.push(await page.evaluate(() => document.activeElement?.getAttribute("aria-label") || document.activeElement?.textContent?.trim() || ""));
  }
  expect(seen.indexOf("Add user")).toBeGreaterThanOrEqual(0);
  expect(seen.indexOf("Add user")).toBeLessThan(seen.indexOf("Close"));
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});
