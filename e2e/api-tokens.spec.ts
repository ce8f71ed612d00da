/**
 * API tokens on the Settings page and the API reference: a supervisor creates a token, sees its
 * secret once, calls the API with it, revokes it and the same call is refused.
 */
import { DEMO, expect, expectAccessible, signIn, test } from "./fixtures";

test.describe("API tokens on Settings", () => {
  test("a supervisor creates a token, sees it once, uses it, revokes it: the same call then answers 401", async ({ page, request, sandbox }) => {
    // A long story (three reloads, five dialogs, two axe scans): more than the default 30 s on a busy machine.
    test.setTimeout(90_000);
    const slug = sandbox.workspace.slug;
    const name = `Nightly suite ${slug}`;
    await signIn(page, sandbox.signIns.supervisor);
    await page.goto(`/w/${slug}/settings`);
    const section = page.getByRole("region", { name: "API tokens" });
    // The sandbox's own supervisor token is listed, without its secret.
    await expect(section.getByRole("table", { name: "API tokens of this workspace" })).toBeVisible();
    await expect(page.getByText(sandbox.token.token)).toHaveCount(0);
    await expectAccessible(page);

    // Create: a validation error first, then a viewer token that expires in 30 days.
    await section.getByRole("button", { name: "Create token" }).click();
    const dialog = page.getByRole("dialog", { name: "Create an API token" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Create token" }).click();
    await expect(dialog.getByText("Required.", { exact: true })).toBeVisible();
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByLabel("Role").selectOption("viewer");
    await dialog.getByLabel("Expires").selectOption("30");
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Create token" }).click();

    // Shown once: the secret with a warning and a copy button.
    const shown = page.getByRole("dialog", { name: "Copy your new token" });
    await expect(shown).toBeVisible();
    await expect(page.getByText(`Token “${name}” created`)).toBeVisible();
    await expect(shown.getByText("This is the only time the token is shown.", { exact: false })).toBeVisible();
    await expect(shown.getByRole("button", { name: "Copy" })).toBeVisible();
    const secret = await shown.getByLabel("Token", { exact: true }).inputValue();
    expect(secret).toMatch(/^lc_[A-Za-z0-9_-]{40,}$/);
    await expectAccessible(page);
    await shown.getByRole("button", { name: "I have stored it" }).click();
    await expect(shown).toBeHidden();

    // Listed by name, role and state; the secret is nowhere on the page, not even after a reload.
    const row = section.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(name) }) });
    await expect(row).toContainText("Viewer");
    await expect(row).toContainText("Active");
    await expect(row).toContainText("Never");
    await expect(row).toContainText("by Sandbox Supervisor");
    await page.reload();
    expect(await page.content()).not.toContain(secret);

    // The token works: it acts as a viewer in this workspace.
    const auth = { authorization: `Bearer ${secret}` };
    const ok = await request.get(`/api/v1/workspaces/${slug}`, { headers: auth });
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toMatchObject({ slug, role: "viewer" });
    const write = await request.post(`/api/v1/workspaces/${slug}/users`, { headers: auth, data: { name: "Nope", email: "nope@suite.test" } });
    expect(write.status()).toBe(403);

    // Its use shows in the table.
    await page.reload();
    await expect(row).not.toContainText("Never");

    // Revoke, after a confirmation that can be cancelled.
    await row.getByRole("button", { name: `Revoke ${name}` }).click();
    const confirm = page.getByRole("alertdialog", { name: `Revoke “${name}”?` });
    await expect(confirm).toBeVisible();
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toBeHidden();
    expect((await request.get(`/api/v1/workspaces/${slug}`, { headers: auth })).status()).toBe(200);

    await row.getByRole("button", { name: `Revoke ${name}` }).click();
    await confirm.getByRole("button", { name: "Revoke token" }).click();
    await expect(page.getByText(`Token “${name}” revoked`)).toBeVisible();
    await expect(row).toContainText("Revoked");
    await expect(row.getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);

    const refused = await request.get(`/api/v1/workspaces/${slug}`, { headers: auth });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe("invalid_token");
  });

  test("an admin and a viewer get 404 for the Settings page", async ({ page, sandbox }) => {
    for (const role of ["admin", "viewer"] as const) {
      await page.context().clearCookies();
      await signIn(page, sandbox.signIns[role]);
      const res = await page.goto(`/w/${sandbox.workspace.slug}/settings`);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(/not found/i);
      await expect(page.getByRole("region", { name: "API tokens" })).toHaveCount(0);
    }
  });
});

test.describe("API reference", () => {
  test("renders every endpoint of the OpenAPI document, with a table of contents, and is accessible", async ({ page, request }) => {
    // One long page with ~60 tables, an assertion per operation and an axe scan: 60 s measured
    // in a clean-clone CI run with two workers on two cores (2026-12-02).
    test.setTimeout(150_000);
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    const operations: { id: string; method: string; path: string }[] = [];
    for (const [path, item] of Object.entries<Record<string, { operationId: string }>>(doc.paths)) {
      for (const [method, op] of Object.entries(item)) operations.push({ id: op.operationId, method: method.toUpperCase(), path });
    }
    expect(operations.length).toBeGreaterThan(15);

    await signIn(page, { email: DEMO.supervisor, password: DEMO.password });
    // Reached from the shell of any workspace.
    await page.getByRole("banner").getByRole("link", { name: "API reference" }).click();
    await expect(page).toHaveURL(/\/docs\/api$/);
    await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();

    for (const op of operations) {
      const article = page.locator(`article#${op.id}`);
      await expect(article.getByRole("heading", { level: 3 }), op.id).toHaveText(`${op.method}${op.path}`);
    }
    for (const guide of ["Authentication", "Roles", "Errors", "Idempotency", "Pagination", "Sandboxes and test clocks"]) {
      await expect(page.getByRole("heading", { level: 2, name: guide })).toBeVisible();
    }
    // Errors, idempotency and paging are explained where an endpoint uses them.
    const createUser = page.locator("article#createDirectoryUser");
    await expect(createUser.getByText("Idempotency-Key", { exact: true }).first()).toBeVisible();
    await expect(createUser.getByRole("table", { name: /Request body of POST/ })).toContainText("email");
    await expect(createUser.getByRole("table", { name: /Responses of POST/ })).toContainText("422");

    // Roles come from the one access matrix: a viewer reads, only a supervisor pays or manages tokens.
    const roles = page.getByRole("table", { name: "Actions per resource and role" });
    await expect(roles.getByRole("row", { name: /API tokens/ })).toHaveText(/API tokens\s*—\s*—\s*read, create, update, delete/);
    await expect(roles.getByRole("row", { name: /Directory users/ })).toHaveText(/Directory users\s*read\s*read, create, update, delete/);

    const toc = page.getByRole("navigation", { name: "On this page" });
    await toc.getByRole("link", { name: "Idempotency" }).click();
    await expect(page).toHaveURL(/#idempotency$/);
    await toc.getByRole("link", { name: /POST.*\/orders$/ }).click();
    await expect(page).toHaveURL(/#createOrder$/);
    await expect(page.locator("article#createOrder")).toBeInViewport();
    await expectAccessible(page);
  });

  test("is linked from the token section of Settings and needs a sign-in", async ({ page, sandbox }) => {
    const res = await page.goto("/docs/api");
    await expect(page).toHaveURL(/\/login/);
    expect(res?.status()).toBeLessThan(500);
    await signIn(page, sandbox.signIns.supervisor);
    await page.goto(`/w/${sandbox.workspace.slug}/settings`);
    await page.getByRole("region", { name: "API tokens" }).getByRole("link", { name: "Read the API reference" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  });
});
