/**
 * Settings → Webhooks (issue 16): a supervisor adds an endpoint, copies its secret (shown once),
 * sends a test event, reads the delivery log, switches the endpoint off and deletes it. Screens at
 * 1280 and 390 px go to test-results/ for review.
 */
import { expect, expectAccessible, signIn, test } from "./fixtures";

test.describe("Webhooks on Settings", () => {
  test("a supervisor adds an endpoint, sees the secret once, sends a test event, switches it off and deletes it", async ({ page, sandbox }, info) => {
    test.setTimeout(90_000);
    const slug = sandbox.workspace.slug;
    const url = `https://hooks.example.com/license-console/${slug}`;
    await signIn(page, sandbox.signIns.supervisor);
    await page.goto(`/w/${slug}/settings`);
    const section = page.getByRole("region", { name: "Webhooks" });
    await expect(section.getByText("No webhook endpoints yet")).toBeVisible();

    await section.getByRole("button", { name: "Add endpoint" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a webhook endpoint" });
    // A private address is refused.
    await dialog.getByLabel("URL").fill("https://127.0.0.1/hooks");
    await dialog.getByRole("button", { name: "Add endpoint" }).click();
    await expect(dialog.getByText("This address is private, loopback or link-local", { exact: false })).toBeVisible();
    await dialog.getByLabel("URL").fill(url);
    await dialog.getByLabel("Description").fill("Provisioning bridge");
    await dialog.getByLabel("All events, including future ones").uncheck();
    await dialog.getByLabel("license.renewed").check();
    await dialog.getByLabel("assignment.created").check();
    await page.screenshot({ path: info.outputPath("webhooks-add-1280.png"), fullPage: false });
    await dialog.getByRole("button", { name: "Add endpoint" }).click();

    const shown = page.getByRole("dialog", { name: "Signing secret" });
    await expect(shown).toBeVisible();
    expect(await shown.getByTestId("webhook-secret").inputValue()).toMatch(/^whsec_/);
    await expectAccessible(page);
    await shown.getByRole("button", { name: "Done" }).click();
    await expect(shown).toBeHidden();

    await expect(section.getByText(url)).toBeVisible();
    await expect(section.getByText("2 event types")).toBeVisible();
    await section.getByRole("button", { name: "Send test event" }).click();
    await expect(page.getByText("Test event queued.")).toBeVisible();
    await page.reload();
    await section.getByRole("button", { name: "Delivery log" }).click();
    const log = section.getByRole("table", { name: `Deliveries to ${url}` });
    await expect(log.getByText("webhook.test")).toBeVisible();
    await expectAccessible(page);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath("webhooks-1280.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: info.outputPath("webhooks-390.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });

    await section.getByRole("button", { name: "Switch off" }).click();
    await expect(section.getByText("Off", { exact: true })).toBeVisible();
    await section.getByRole("button", { name: "Delete" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Delete this endpoint?" });
    await confirm.getByRole("button", { name: "Delete endpoint" }).click();
    await expect(section.getByText("No webhook endpoints yet")).toBeVisible();
  });
});
