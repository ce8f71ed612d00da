import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { expect, expectAccessible, signIn, test, type Sandbox } from "./fixtures";

const STUDIO = "Northwind Studio — All Apps";
const TEMPLATE = { type: "template", description: "renewal-window-50-45" };

async function studioId(request: import("@playwright/test").APIRequestContext, sandbox: Sandbox): Promise<string> {
  const res = await request.get(`/api/v1/workspaces/${sandbox.workspace.slug}/products`, { headers: { authorization: `Bearer ${sandbox.token.token}` } });
  const body = await res.json();
  return body.data.find((p: { sku: string }) => p.sku === "NW-STUDIO-ALL").id;
}

test.describe("seat renewal (seed 003)", () => {
  // Several pages with an axe scan each, on a machine shared by several builds.
  test.describe.configure({ timeout: 120_000 });
  test("an admin sees 50/45 and 5 need renewal on Overview, Products and the product page; Requires renewal lists 5", { annotation: TEMPLATE }, async ({ page, sandbox, request }) => {
    await signIn(page, sandbox.signIns.admin);
    const base = `/w/${sandbox.workspace.slug}`;

    await page.goto(`${base}/overview`);
    const banner = page.getByRole("region", { name: "Renewal status" });
    await expect(banner.getByRole("heading", { name: "Partial renewal: before the anniversary" })).toBeVisible();
    await expect(banner).toContainText("5 assigned seats are not renewed yet");
    const seats = page.getByRole("table", { name: "Seats per product" });
    await expect(seats.getByText("50/45")).toBeVisible();
    await expect(seats.getByText("5 need renewal")).toBeVisible();
    // The meaning of a figure on focus, described to assistive technology.
    const help = seats.getByRole("button", { name: "What does “Needs renewal” mean?" });
    await help.focus();
    await expect(page.getByRole("tooltip").filter({ hasText: "Assigned seats not renewed yet" })).toBeVisible();
    await expect(help).toHaveAccessibleDescription(/Assigned seats not renewed yet/);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("figure", { name: "Seats used and purchased per product" })).toContainText("50 used · 45 purchased · 5 beyond purchased");
    await expect(page.getByRole("list", { name: "Renewal timeline" })).toContainText("Anniversary");
    await expectAccessible(page);

    await page.getByRole("navigation", { name: "Workspace sections" }).getByRole("link", { name: "Products" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Products" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Renewal status" })).toContainText("Partial renewal: before the anniversary");
    const products = page.getByRole("table", { name: "Products licensed in this workspace" });
    await expect(products.getByText("50/45")).toBeVisible();
    await expect(products.getByText("5 need renewal")).toBeVisible();
    await page.getByLabel("Status", { exact: true }).selectOption("paymentRequired");
    await expect(page).toHaveURL(/status=paymentRequired/);
    await expect(page.getByText("No product has this status")).toBeVisible();
    await page.getByLabel("Status", { exact: true }).selectOption("needsRenewal");
    await expect(products.getByRole("link", { name: STUDIO })).toBeVisible();
    await expectAccessible(page);

    await products.getByRole("link", { name: STUDIO }).click();
    await expect(page.getByRole("heading", { level: 1, name: STUDIO })).toBeVisible();
    const figures = page.getByRole("definition");
    await expect(figures.filter({ hasText: "50/45" })).toBeVisible();
    await expect(figures.filter({ hasText: "5 need renewal" })).toBeVisible();
    const users = page.getByRole("table", { name: `Users of ${STUDIO}` });
    await expect(users.getByRole("row")).toHaveCount(26); // header + 25 of 50
    // Keyset paging (no page numbers): Next starts after the last row, Previous comes back.
    const pager = page.getByRole("navigation", { name: "Pagination" });
    await expect(pager.getByRole("button", { name: "Previous page" })).toBeDisabled();
    const firstRow = await users.getByRole("row").nth(1).textContent();
    await pager.getByRole("button", { name: "Next page" }).click();
    await expect(page).toHaveURL(/after=/);
    await expect(users.getByRole("row")).toHaveCount(26); // header + the other 25
    await expect(users.getByRole("row").nth(1)).not.toHaveText(firstRow!);
    await expect(pager.getByRole("button", { name: "Next page" })).toBeDisabled();
    await pager.getByRole("button", { name: "Previous page" }).click();
    await expect(page).toHaveURL(/before=/);
    await expect(users.getByRole("row").nth(1)).toHaveText(firstRow!);
    await page.getByLabel("Show", { exact: true }).selectOption("requiresRenewal");
    await expect(page).toHaveURL(/view=requiresRenewal/);
    await expect(users.getByRole("row")).toHaveCount(6);
    await expect(users.getByText("Requires renewal")).toHaveCount(5);
    await expect(page.getByText("The 5 most recently assigned users lose this product")).toBeVisible();
    await expectAccessible(page);

    // The CSV of the current view: the same five.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
    const csv = (await readFile((await download.path())!, "utf8")).replace(/^\ufeff/, "").trim().split("\r\n");
    expect(csv[0]).toBe("name,email,assigned_at,status");
    expect(csv.slice(1)).toHaveLength(5);
    expect(csv.slice(1).every((l) => l.endsWith(",Requires renewal"))).toBe(true);

    // Another id, unknown here: the same 404 as a missing page, for the page and its CSV.
    expect((await page.goto(`${base}/products/${randomUUID()}`))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: STUDIO })).toHaveCount(0);
    await expect(page.getByText(/not found|no such/i).first()).toBeVisible();
    expect((await page.request.get(`${base}/products/${randomUUID()}/users.csv`)).status()).toBe(404);
    const csvUrl = `${base}/products/${await studioId(request, sandbox)}/users.csv`;
    expect((await page.request.get(csvUrl)).status()).toBe(200);
    // Without a session: never the file.
    const anonymous = await request.get(csvUrl, { maxRedirects: 0 });
    expect(anonymous.status()).not.toBe(200);
    expect(anonymous.headers()["content-type"] ?? "").not.toMatch(/text\/csv/);
  });

  test("moving the sandbox clock past the anniversary changes the banner", { annotation: TEMPLATE }, async ({ page, sandbox, request }) => {
    const res = await request.post(`/api/v1/workspaces/${sandbox.workspace.slug}/clock/advance`, {
      headers: { authorization: `Bearer ${sandbox.token.token}` },
      data: { days: 11 },
    });
    expect(res.status()).toBe(200);
    await signIn(page, sandbox.signIns.admin);
    await page.goto(`/w/${sandbox.workspace.slug}/overview`);
    const banner = page.getByRole("region", { name: "Renewal status" });
    await expect(banner.getByRole("heading", { name: "Partial renewal: after the anniversary" })).toBeVisible();
    await expect(banner.getByRole("link", { name: "See who requires renewal" })).toHaveAttribute("href", /view=requiresRenewal/);
    await expectAccessible(page);
  });

  test("a viewer sees no assign, unassign or import controls", { annotation: TEMPLATE }, async ({ page, sandbox, request }) => {
    await signIn(page, sandbox.signIns.viewer);
    const base = `/w/${sandbox.workspace.slug}`;
    await page.goto(`${base}/users`);
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Directory users" }).getByText(STUDIO).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Import CSV" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Manage products of/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Add user" })).toHaveCount(0);
    await expectAccessible(page);
    await page.goto(`${base}/products/${await studioId(request, sandbox)}`);
    await expect(page.getByRole("heading", { level: 1, name: STUDIO })).toBeVisible();
    await expect(page.getByRole("button", { name: /Unassign/ })).toHaveCount(0);
    await page.goto(`${base}/users/import`);
    await expect(page.getByRole("heading", { level: 1, name: "Import users from CSV" })).toHaveCount(0);
  });

  test("an admin unassigns (confirmed, data stays) and assigns a product from the Users tab", { annotation: TEMPLATE }, async ({ page, sandbox }) => {
    await signIn(page, sandbox.signIns.admin);
    await page.goto(`/w/${sandbox.workspace.slug}/users`);
    const row = page.getByRole("table", { name: "Directory users" }).getByRole("row").filter({ hasText: STUDIO }).first();
    const name = (await row.getByRole("cell").nth(1).innerText()).trim();
    await row.getByRole("button", { name: `Manage products of ${name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Products of ${name}` });
    await dialog.getByRole("button", { name: `Unassign: ${STUDIO}, ${name}` }).click();
    // The same confirmation as on the product page: the effect first, the data stays.
    const confirm = page.getByRole("alertdialog", { name: `Unassign from ${STUDIO}?` });
    await expect(confirm.getByLabel("Shortage from 5 to 4")).toBeVisible();
    await expect(confirm).toContainText("Their user accounts and data stay");
    await expectAccessible(page);
    await confirm.getByRole("button", { name: "Unassign 1 user" }).click();
    await expect(page.getByText(`1 user unassigned from ${STUDIO}`)).toBeVisible();
    await expect(dialog.getByText("Holds no product yet.")).toBeVisible();

    // 49 of 50 paid seats used now: the seat can be given again.
    await dialog.getByLabel("Assign a product").selectOption({ label: `${STUDIO} (1 free seat)` });
    await dialog.getByRole("button", { name: "Assign" }).click();
    await expect(page.getByText(`${STUDIO} assigned to ${name}.`)).toBeVisible();
    await expect(dialog.getByText(STUDIO)).toBeVisible();
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(row.getByText(STUDIO)).toBeVisible();
  });

  test("an admin imports users from CSV: preview, apply, and the same file again changes nothing", async ({ page, sandbox }) => {
    await signIn(page, sandbox.signIns.admin);
    await page.goto(`/w/${sandbox.workspace.slug}/users`);
    await page.getByRole("link", { name: "Import CSV" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Import users from CSV" })).toBeVisible();
    const id = randomUUID().slice(0, 8);
    await page.getByLabel("CSV text").fill(`name,email\nIda Import,ida.${id}@example.test\nBroken row,not-an-email\nOle Import,ole.${id}@example.test\n`);
    await page.getByRole("button", { name: "Preview changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "2 new users, nothing skipped, 1 row with an error." })).toBeVisible();
    await expect(page.getByText("Line 3:")).toBeVisible();
    await expect(page.getByText("“not-an-email” is not a valid e-mail address.")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Import 2 users" }).click();
    await expect(page.getByRole("status").filter({ hasText: "2 users added, none skipped." })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "No new user, 2 skipped" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Import \d+ user/ })).toBeDisabled();

    // The same rows uploaded as a file: nothing new.
    await page.getByLabel("CSV file").setInputFiles({
      name: "users.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`\ufeffname;email\r\nIda Import;IDA.${id}@example.test\r\nOle Import;ole.${id}@example.test\r\n`),
    });
    await expect(page.getByLabel("CSV text")).toHaveValue(new RegExp(`Ida Import;IDA.${id}`));
    await page.getByRole("button", { name: "Preview changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "No new user, 2 skipped" })).toBeVisible();
    await expect(page.getByText("Exists: skipped")).toHaveCount(2);

    await page.goto(`/w/${sandbox.workspace.slug}/users?q=${id}`);
    await expect(page.getByRole("table", { name: "Directory users" }).getByRole("row")).toHaveCount(3);
  });
});
