import { expect, expectAccessible, signIn, test } from "./fixtures";

const STUDIO = "Northwind Studio — All Apps";

test.describe("orders and payment", () => {
  test("an admin adds licenses; payment required until the supervisor marks the order paid; e-mails in the outbox", { annotation: { type: "template", description: "outside-window" } }, async ({ page, sandbox, browser }) => {
    // Two sign-ins and eight page loads: more than the default 30 s on a busy 2-core machine.
    test.slow();
    const slug = sandbox.workspace.slug;
    await signIn(page, sandbox.signIns.admin);
    await page.getByRole("navigation", { name: "Workspace sections" }).getByRole("link", { name: "Orders", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
    await expectAccessible(page);
    // Outside the renewal window there is nothing to renew; an admin cannot mark orders paid.
    await expect(page.getByRole("button", { name: "Renew" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Mark as paid/ })).toHaveCount(0);

    await page.getByRole("button", { name: "Add licenses" }).click();
    const dialog = page.getByRole("dialog", { name: "Add licenses" });
    await dialog.getByLabel("Product").selectOption({ label: STUDIO });
    await dialog.getByLabel("Seats").fill("3");
    await expect(dialog.getByText(/3 seats × .+ per seat per year/)).toBeVisible();
    await expect(dialog.getByTestId("order-total")).toHaveText(/zł/);
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Review order" }).click();
    await expect(dialog.getByText("Check the order before you place it.")).toBeVisible();
    await dialog.getByRole("button", { name: /^Place order for / }).click();
    await expect(page.getByText(`Ordered 3 seats of ${STUDIO}.`)).toBeVisible();
    await expect(dialog).toBeHidden();
    const row = page.getByRole("row").filter({ hasText: STUDIO });
    await expect(row).toHaveCount(1);
    await expect(row.getByText("Payment required")).toBeVisible();

    // The Overview shows the 3 unpaid seats as payment required.
    await page.goto(`/w/${slug}/overview`);
    const overviewRow = page.getByRole("row").filter({ hasText: STUDIO });
    await expect(overviewRow.getByText("3 seats", { exact: true })).toBeVisible();

    // The confirmation e-mail is in the outbox, in Polish: the workspace's language (nobody chose another).
    await page.goto(`/w/${slug}/outbox`);
    await expect(page.getByText(new RegExp(`^Potwierdzenie zamówienia LC-\\d{4}-\\d{6}: 3 × ${STUDIO}$`))).toBeVisible();

    // The supervisor confirms the payment.
    const context = await browser.newContext();
    const sup = await context.newPage();
    await signIn(sup, sandbox.signIns.supervisor);
    await sup.goto(`/w/${slug}/orders`);
    const supRow = sup.getByRole("row").filter({ hasText: STUDIO });
    await expect(supRow.getByRole("button", { name: /^Mark as paid/ })).toBeVisible();
    // (Scanned before any toast: sonner's rich colours are the shared toast's concern.)
    await expectAccessible(sup);
    await supRow.getByRole("button", { name: /^Mark as paid/ }).click();
    const confirm = sup.getByRole("alertdialog", { name: "Mark this order as paid?" });
    await expect(confirm).toContainText(`3 seats of ${STUDIO}`);
    await confirm.getByRole("button", { name: "Mark as paid" }).click();
    await expect(sup.getByText(`The order for ${STUDIO} is paid.`)).toBeVisible();
    await expect(supRow.getByText("Paid", { exact: true })).toBeVisible();
    await expect(supRow.getByRole("button", { name: /^Mark as paid/ })).toHaveCount(0);
    await sup.goto(`/w/${slug}/outbox`);
    await expect(sup.getByText(new RegExp(`^Otrzymano płatność LC-\\d{4}-\\d{6}: 3 × ${STUDIO}$`))).toBeVisible();
    await context.close();

    // Payment required is gone from the Overview.
    await page.goto(`/w/${slug}/overview`);
    await expect(page.getByRole("row").filter({ hasText: STUDIO }).getByText("3 seats", { exact: true })).toHaveCount(0);
  });

  test("inside the renewal window the supervisor renews the shortage", { annotation: { type: "template", description: "renewal-window-50-45" } }, async ({ page, sandbox }) => {
    await signIn(page, sandbox.signIns.supervisor);
    await page.goto(`/w/${sandbox.workspace.slug}/orders`);
    await page.getByRole("button", { name: "Renew" }).click();
    const dialog = page.getByRole("dialog", { name: "Renew licenses" });
    // 50 used, 45 renewed: the shortage of 5 is suggested; a renewal is a whole year at full price.
    await expect(dialog.getByLabel("Seats")).toHaveValue("5");
    await expect(dialog.getByTestId("order-total")).toHaveText(/17\s995,00\szł/);
    await dialog.getByRole("button", { name: "Review order" }).click();
    await dialog.getByRole("button", { name: /^Place order for / }).click();
    await expect(page.getByText(`Ordered 5 seats of ${STUDIO}.`)).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: "Renewal" }).filter({ hasText: "Unpaid" });
    await expect(row).toHaveCount(1);
  });

  test("the supervisor cancels an unpaid order after confirming; it can no longer be paid", { annotation: { type: "template", description: "outside-window" } }, async ({ page, sandbox }) => {
    await signIn(page, sandbox.signIns.supervisor);
    await page.goto(`/w/${sandbox.workspace.slug}/orders`);
    const row = page.getByRole("row").filter({ hasText: "Northwind PDF Pro" });
    const number = (await row.getByText(/^LC-\d{4}-\d{6}$/).textContent())!;
    await expect(row.getByText("Payment required")).toBeVisible();
    await page.screenshot({ path: "/tmp/orders-page.png", fullPage: true });
    await row.getByRole("button", { name: `Cancel order ${number}: Northwind PDF Pro`, exact: false }).click();
    const confirm = page.getByRole("alertdialog", { name: `Cancel order ${number}?` });
    await expect(confirm).toContainText("5 seats of Northwind PDF Pro");
    await expectAccessible(page);
    // Keeping it changes nothing.
    await confirm.getByRole("button", { name: "Keep order" }).click();
    await expect(row.getByText("Payment required")).toBeVisible();
    await row.getByRole("button", { name: /^Cancel order / }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Cancel order" }).click();
    await expect(page.getByText(`Order ${number} is cancelled.`)).toBeVisible();
    await expect(row.getByText("Cancelled", { exact: true })).toBeVisible();
    await expect(row.getByRole("button", { name: /^Mark as paid/ })).toHaveCount(0);
    await expect(row.getByRole("button", { name: /^Cancel order/ })).toHaveCount(0);
  });

  test("a viewer sees the orders but no order or payment buttons", { annotation: { type: "template", description: "outside-window" } }, async ({ page, sandbox }) => {
    await signIn(page, sandbox.signIns.viewer);
    await page.goto(`/w/${sandbox.workspace.slug}/orders`);
    await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Northwind PDF Pro" })).toHaveCount(1);
    for (const name of ["Add licenses", "Add products", "Renew", /^Mark as paid/]) {
      await expect(page.getByRole("button", { name })).toHaveCount(0);
    }
    await expectAccessible(page);
  });
});
