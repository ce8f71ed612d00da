import { expect, expectAccessible, signIn, test, type Sandbox } from "./fixtures";
import type { APIRequestContext, Locator, Page } from "@playwright/test";

/**
 * Resolving a shortage from the console (seed 003, issue 5): select users, see the effect
 * (shortage before → after, who leaves the Requires renewal list, data stays), unassign, and let
 * the window close on the rest.
 */
const STUDIO = "Northwind Studio — All Apps";
const TEMPLATE = { type: "template", description: "renewal-window-50-45" };

async function studioId(request: APIRequestContext, sandbox: Sandbox): Promise<string> {
  const res = await request.get(`/api/v1/workspaces/${sandbox.workspace.slug}/products`, { headers: { authorization: `Bearer ${sandbox.token.token}` } });
  const body = await res.json();
  return body.data.find((p: { sku: string }) => p.sku === "NW-STUDIO-ALL").id;
}

/** The names in the product's users table, in the order shown (after the checkbox, where there is one). */
async function namesIn(table: Locator, column = 1): Promise<string[]> {
  const rows = table.getByRole("row").filter({ has: table.page().getByRole("cell") });
  const names: string[] = [];
  for (const row of await rows.all()) names.push((await row.getByRole("cell").nth(column).innerText()).trim());
  return names;
}

const usersTable = (page: Page) => page.getByRole("table", { name: `Users of ${STUDIO}` });
const figure = (page: Page, text: string | RegExp) => page.getByLabel("Seat figures").getByRole("definition").filter({ hasText: text });

test.describe("resolving a shortage (seed 003)", () => {
  // Several pages, an axe scan with a dialog and with a toast, a clock advance: a shared machine.
  test.describe.configure({ timeout: 150_000 });

  test("shortage 5: unassign 2 listed and 1 unlisted, 2 stay listed; the window closes on those 2, with an e-mail", { annotation: TEMPLATE }, async ({ page, sandbox, request }) => {
    await signIn(page, sandbox.signIns.admin);
    const base = `/w/${sandbox.workspace.slug}`;
    const product = `${base}/products/${await studioId(request, sandbox)}`;

    // The list: the 5 most recently assigned, the one who drops off first at the top.
    await page.goto(`${product}?view=requiresRenewal`);
    await expect(page.getByRole("heading", { level: 1, name: STUDIO })).toBeVisible();
    await expect(usersTable(page).getByRole("row")).toHaveCount(6);
    const list = await namesIn(usersTable(page));
    expect(list).toHaveLength(5);
    // Ordering from here: Add licenses always, Renew while the window is open.
    const orders = page.getByRole("group", { name: "Order seats of this product" });
    await expect(orders.getByRole("button", { name: "Add licenses" })).toBeVisible();
    await expect(orders.getByRole("button", { name: "Renew" })).toBeVisible();

    // All users, most recent first: the list's 5 on top, then users who keep their seat.
    await page.getByLabel("Show", { exact: true }).selectOption("all");
    await expect(usersTable(page).getByRole("row")).toHaveCount(26);
    const all = await namesIn(usersTable(page));
    expect(all.slice(0, 5).sort()).toEqual([...list].sort());
    const unlisted = all[10];
    expect(list).not.toContain(unlisted);

    // Two listed (the newest and the middle one) and one unlisted, by keyboard for one of them.
    await page.getByRole("checkbox", { name: `Select ${list[4]}` }).check();
    await page.getByRole("checkbox", { name: `Select ${list[2]}` }).focus();
    await page.keyboard.press("Space");
    await expect(page.getByRole("checkbox", { name: `Select ${list[2]}` })).toBeChecked();
    await page.getByRole("checkbox", { name: `Select ${unlisted}` }).check();
    await expect(page.getByRole("checkbox", { name: "Select all users on this page" })).not.toBeChecked();
    await page.getByRole("button", { name: "Unassign (3)" }).click();

    // The effect first: 5 → 2, who leaves the list (the two, and the first listed who is no
    // longer at risk), and that their data stays.
    const dialog = page.getByRole("alertdialog", { name: `Unassign from ${STUDIO}?` });
    await expect(dialog.getByText("3 users lose their seat of")).toBeVisible();
    await expect(dialog.getByLabel("Shortage from 5 to 2")).toHaveText("5 → 2");
    await expect(dialog.getByLabel("Requires renewal list from 5 to 2 users")).toHaveText("5 → 2");
    const leaving = dialog.getByRole("list", { name: "3 users leave the Requires renewal list" });
    await expect(leaving.getByRole("listitem")).toHaveCount(3);
    await expect(leaving.getByRole("listitem").filter({ hasText: list[4] })).toContainText("unassigned now");
    await expect(leaving.getByRole("listitem").filter({ hasText: list[2] })).toContainText("unassigned now");
    await expect(leaving.getByRole("listitem").filter({ hasText: list[0] })).toContainText("keeps the seat: no longer at risk");
    await expect(leaving).not.toContainText(unlisted);
    await expect(dialog).toContainText("Their user accounts and data stay");
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Unassign 3 users" }).click();

    // Done: a toast (scanned while visible), the selection cleared, the figures moved.
    await expect(page.getByText(`3 users unassigned from ${STUDIO}`)).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: "Unassign", exact: true })).toBeDisabled();
    await expect(figure(page, "47/45")).toBeVisible();
    await expect(figure(page, "2 need renewal")).toBeVisible();
    await page.waitForTimeout(500); // the toast's entry animation
    await expectAccessible(page);

    // The list now holds the two listed users who were not unassigned, in order.
    await page.getByLabel("Show", { exact: true }).selectOption("requiresRenewal");
    await expect(page).toHaveURL(/view=requiresRenewal/);
    await expect(usersTable(page).getByRole("row")).toHaveCount(3);
    expect(await namesIn(usersTable(page))).toEqual([list[1], list[3]]);
    await expect(page.getByRole("region", { name: "Renewal status" })).toContainText("2 assigned seats are not renewed yet");

    // The sandbox clock past the window's end (anniversary in 10 days, closes 30 days later).
    const res = await request.post(`/api/v1/workspaces/${sandbox.workspace.slug}/clock/advance`, {
      headers: { authorization: `Bearer ${sandbox.token.token}` },
      data: { days: 41 },
    });
    expect(res.status(), await res.text()).toBe(200);

    await page.goto(`${product}?view=noAccess`);
    await expect(figure(page, "45/45")).toBeVisible();
    await expect(page.getByLabel("Seat figures").locator('[data-figure="noAccess"]')).toContainText("2 users");
    await expect(page.getByLabel("Seat figures").locator('[data-figure="needsRenewal"]')).toHaveCount(0);
    // (No checkboxes here: these users hold no seat any more.)
    await expect(usersTable(page).getByRole("checkbox")).toHaveCount(0);
    expect((await namesIn(usersTable(page), 0)).sort()).toEqual([list[1], list[3]].sort());
    // The window is closed and the rest was renewed: no renewal banner, no Renew.
    await expect(page.getByRole("region", { name: "Renewal status" })).toHaveCount(0);
    await expect(page.getByRole("group", { name: "Order seats of this product" }).getByRole("button", { name: "Renew" })).toHaveCount(0);

    await page.goto(`${base}/overview`);
    const seats = page.getByRole("table", { name: "Seats per product" });
    await expect(seats.getByText("45/45")).toBeVisible();
    await expect(seats.getByText("2 users")).toBeVisible();
    await expect(page.getByRole("region", { name: "Renewal status" })).toHaveCount(0);

    // The e-mail about it, in the Outbox: in Polish, the workspace's language, as nobody chose
    // another (with Polish plurals: 2 users "stracili", 45 seats "stanowisk").
    await page.goto(`${base}/outbox`);
    const mail = page.getByRole("listitem").filter({ hasText: "2 użytkownicy stracili dostęp" });
    await expect(mail).toHaveCount(1);
    await mail.getByText(/okres odnawiania zamknięty, 2 użytkownicy stracili dostęp/).click();
    await expect(mail.getByText("renewal.window_closed", { exact: true })).toBeVisible();
    await expect(mail).toContainText(`${STUDIO}: odnowiono 45 stanowisk; dostęp stracili 2 ostatnio przypisani użytkownicy`);
  });

  test("'select all N matching' on the Requires renewal view unassigns exactly the list", { annotation: TEMPLATE }, async ({ page, sandbox, request }) => {
    await signIn(page, sandbox.signIns.supervisor);
    const product = `/w/${sandbox.workspace.slug}/products/${await studioId(request, sandbox)}`;
    await page.goto(`${product}?view=requiresRenewal`);
    await expect(usersTable(page).getByRole("row")).toHaveCount(6);
    const list = await namesIn(usersTable(page));

    await page.getByRole("checkbox", { name: "Select all users on this page" }).check();
    for (const name of list) await expect(page.getByRole("checkbox", { name: `Select ${name}` })).toBeChecked();
    await expect(page.getByText("All 5 users on this page are selected.")).toBeVisible();
    await page.getByRole("button", { name: "Select the whole Requires renewal list (5)" }).click();
    await expect(page.getByText("The whole Requires renewal list is selected (5)")).toBeVisible();
    await page.getByRole("button", { name: "Unassign (5)" }).click();

    const dialog = page.getByRole("alertdialog", { name: `Unassign from ${STUDIO}?` });
    await expect(dialog.getByLabel("Shortage from 5 to 0")).toBeVisible();
    await expect(dialog.getByRole("list", { name: "5 users leave the Requires renewal list" }).getByRole("listitem")).toHaveCount(5);
    await dialog.getByRole("button", { name: "Unassign 5 users" }).click();
    await expect(page.getByText(`5 users unassigned from ${STUDIO}`)).toBeVisible();

    // No shortage: the flag and the list are gone; exactly the listed five lost their seat.
    await expect(figure(page, "45/45")).toBeVisible();
    await expect(page.getByLabel("Seat figures").locator('[data-figure="needsRenewal"]')).toHaveCount(0);
    await expect(page.getByText("Nobody requires renewal")).toBeVisible();
    await page.goto(`${product}?size=100`);
    await expect(usersTable(page).getByRole("row")).toHaveCount(46);
    const left = await namesIn(usersTable(page));
    for (const name of list) expect(left).not.toContain(name);
  });

  test("the Users tab: select users, choose the product, the same preview, unassigned", { annotation: TEMPLATE }, async ({ page, sandbox }) => {
    await signIn(page, sandbox.signIns.admin);
    await page.goto(`/w/${sandbox.workspace.slug}/users?q=Anna`);
    const table = page.getByRole("table", { name: "Directory users" });
    const holders = table.getByRole("row").filter({ hasText: STUDIO });
    await expect(holders.first()).toBeVisible();
    const names: string[] = [];
    for (const row of (await holders.all()).slice(0, 2)) names.push((await row.getByRole("cell").nth(1).innerText()).trim());
    expect(names).toHaveLength(2);
    await expect(page.getByRole("button", { name: "Unassign from product…" })).toBeDisabled();
    for (const name of names) await table.getByRole("checkbox", { name: `Select ${name}` }).check();
    await page.getByRole("button", { name: "Unassign 2 users from product…" }).click();

    const choose = page.getByRole("dialog", { name: "Unassign 2 users from a product" });
    await expect(choose.getByLabel("Product")).toHaveValue(/.+/); // the one product they hold, chosen
    await expect(choose.getByRole("option", { name: `${STUDIO} (2 of 2 selected hold it)` })).toBeAttached();
    await choose.getByRole("button", { name: "Next: review the effect" }).click();
    const dialog = page.getByRole("alertdialog", { name: `Unassign from ${STUDIO}?` });
    await expect(dialog.getByText("2 users lose their seat of")).toBeVisible();
    await expect(dialog.getByLabel("Shortage from 5 to 3")).toBeVisible();
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Unassign 2 users" }).click();
    await expect(page.getByText(`2 users unassigned from ${STUDIO}`)).toBeVisible();
    for (const name of names) {
      const row = table.getByRole("row").filter({ has: page.getByRole("checkbox", { name: `Select ${name}` }) });
      await expect(row.getByText(STUDIO)).toHaveCount(0);
      await expect(row.getByRole("checkbox")).not.toBeChecked();
    }
  });

  test("thousands of users: one tracked operation with progress; the admin leaves and comes back to the result", { annotation: { type: "template", description: "bulk-1200" } }, async ({ page, sandbox, request }) => {
    await signIn(page, sandbox.signIns.admin);
    const base = `/w/${sandbox.workspace.slug}`;
    const product = `${base}/products/${await studioId(request, sandbox)}`;
    await page.goto(product);
    // (Figures in the workspace's locale: pl-PL writes 1200 without a separator.)
    await expect(figure(page, /^\s*1\D?200\/1\D?195/)).toBeVisible();
    await page.getByRole("checkbox", { name: "Select all users on this page" }).check();
    await page.getByRole("button", { name: "Select all 1200 matching users" }).click();
    await page.getByRole("button", { name: "Unassign (1,200)" }).click();

    const dialog = page.getByRole("alertdialog", { name: `Unassign from ${STUDIO}?` });
    await expect(dialog.getByText("1,200 users lose their seat of")).toBeVisible();
    await expect(dialog.getByLabel("Shortage from 5 to 0")).toBeVisible();
    await expect(dialog).toContainText("taken back as a tracked operation");
    await dialog.getByRole("button", { name: "Unassign 1,200 users" }).click();

    // Progress while it runs, then the result; the selection is gone.
    const tracked = page.getByRole("alertdialog", { name: "Unassigning users" });
    await expect(tracked.getByRole("progressbar", { name: "Progress of the unassignment" })).toBeVisible();
    await expect(tracked.getByText(/Done: 1,?200 of 1,?200 users unassigned/)).toBeVisible({ timeout: 60_000 });
    await tracked.getByRole("button", { name: "Close" }).last().click();
    await expect(page.getByRole("button", { name: "Unassign", exact: true })).toBeDisabled();

    // Away and back: the product page shows the operation's result and the figures it moved.
    await page.goto(`${base}/overview`);
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    await page.goto(product);
    const result = page.getByRole("status").filter({ has: page.getByRole("progressbar", { name: "Progress of the unassignment" }) });
    await expect(result).toContainText(/Done: 1,?200 of 1,?200 users unassigned/);
    await expect(result.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "1200");
    await expect(figure(page, /^\s*0\/1\D?195/)).toBeVisible();
    await expect(page.getByText("Nobody holds this product")).toBeVisible();
  });

  test("a viewer has no checkboxes, no Unassign and no ordering", { annotation: TEMPLATE }, async ({ page, sandbox, request }) => {
    await signIn(page, sandbox.signIns.viewer);
    await page.goto(`/w/${sandbox.workspace.slug}/products/${await studioId(request, sandbox)}`);
    await expect(page.getByRole("heading", { level: 1, name: STUDIO })).toBeVisible();
    await expect(usersTable(page).getByRole("row")).toHaveCount(26);
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Unassign/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Add licenses|Renew/ })).toHaveCount(0);
    await page.goto(`/w/${sandbox.workspace.slug}/users`);
    await expect(page.getByRole("table", { name: "Directory users" }).getByRole("row").nth(1)).toBeVisible();
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Unassign/ })).toHaveCount(0);
  });
});
