/**
 * Seed 000 end to end: an admin reports a greyed-out host as unusable; Contoso approves its
 * license, Fabrikam denies its own; the admin sees the pool and the host's state change.
 */
import type { Browser, Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, signIn, test, type SignIn } from "./fixtures";

type PublisherSignIn = SignIn & { publisher: string; name: string };

async function asPerson(browser: Browser, who: SignIn): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who);
  return page;
}

function poolRow(page: Page, license: string) {
  return page.getByRole("table", { name: "Activation pool" }).getByRole("row", { name: new RegExp(license) });
}

test.describe("activation resets decided by publishers", () => {
  test(
    "admin reports a host; one publisher approves, the other denies; the pool and the host follow",
    { annotation: { type: "template", description: "hosts-two-publishers" } },
    async ({ page, sandbox, browser }) => {
      test.setTimeout(90_000);
      const publishers = (sandbox as unknown as { publisherSignIns: PublisherSignIn[] }).publisherSignIns;
      const contoso = publishers.find((p) => p.publisher === "contoso")!;
      const fabrikam = publishers.find((p) => p.publisher === "fabrikam")!;
      const base = `/w/${sandbox.workspace.slug}`;

      // The admin's Hosts page: the old Mac greyed out (also for screen readers), the pool per license.
      await signIn(page, sandbox.signIns.admin);
      await page.goto(`${base}/hosts`);
      await expect(page.getByRole("heading", { level: 1, name: "Hosts" })).toBeVisible();
      await expect(poolRow(page, "Contoso Mixer Ultimate").getByRole("cell").last()).toHaveText("1");
      await expect(poolRow(page, "Fabrikam Endpoint Security Cloud Plus").getByRole("cell").last()).toHaveText("3");
      const oldHost = page.getByRole("link", { name: /Studio-Mac \(old\).*can no longer be used/ });
      await expect(oldHost).toBeVisible();
      await expectAccessible(page);
      await page.screenshot({ path: "/tmp/hosts-list.png", fullPage: true });

      // Host details → Report as unusable → the dialog with the location's details.
      await oldHost.click();
      await expect(page.getByRole("heading", { level: 1, name: "Studio-Mac (old)" })).toBeVisible();
      await expect(page.getByTestId("activation-location")).toHaveText("Unusable");
      await page.getByRole("button", { name: "Report as unusable" }).click();
      const dialog = page.getByRole("dialog", { name: "Report computer as unusable" });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByText("Contoso Mixer Ultimate — Contoso Audio")).toBeVisible();
      await expect(dialog.getByText("Fabrikam Endpoint Security Cloud Plus — Fabrikam Security")).toBeVisible();
      await expectAccessible(page);
      // The reason and the checkbox are required.
      await dialog.getByRole("button", { name: "Submit request" }).click();
      await expect(dialog.getByText("Tell the publisher why this host can no longer be used.")).toBeVisible();
      await dialog.getByLabel("Information for software publisher(s)").fill("Sold with the old studio; never deactivated.");
      await dialog.getByRole("checkbox", { name: /I understand/ }).check();
      await page.screenshot({ path: "/tmp/hosts-report-dialog.png", fullPage: true });
      await dialog.getByRole("button", { name: "Submit request" }).click();
      const complete = page.getByRole("dialog", { name: "Report complete" });
      await expect(complete).toBeVisible();
      // The footer's Close (the title bar has an icon button of the same name).
      await complete.getByRole("button", { name: "Close" }).last().click();
      await expect(page.getByTestId("activation-location")).toHaveText("Reset requested");
      await expect(page.getByRole("button", { name: "Report as unusable" })).toHaveCount(0);
      const request = page.getByRole("region", { name: "Reset request" });
      await expect(request.getByRole("listitem", { name: /Contoso Mixer Ultimate from Contoso Audio/ })).toContainText("Pending");
      await expect(request.getByRole("listitem", { name: /Fabrikam .* from Fabrikam Security/ })).toContainText("Pending");

      // Contoso's staff land in their console and see their own license only.
      const contosoPage = await asPerson(browser, contoso);
      await expect(contosoPage).toHaveURL(/\/p\/contoso\/requests$/);
      const contosoRequest = contosoPage.getByRole("article", { name: /Studio-Mac \(old\)/ });
      await expect(contosoRequest).toContainText("Sold with the old studio; never deactivated.");
      await expect(contosoRequest).toContainText("Contoso Mixer Ultimate");
      await expect(contosoPage.getByText("Fabrikam")).toHaveCount(0);
      await expectAccessible(contosoPage);
      await contosoPage.screenshot({ path: "/tmp/publisher-queue.png", fullPage: true });
      // Another publisher's console is simply not found.
      const foreign = await contosoPage.goto("/p/fabrikam/requests");
      expect(foreign?.status()).toBe(404);
      await contosoPage.goto("/p/contoso/requests");
      await contosoPage.getByLabel("Note to the customer (optional)").fill("Approved: activate it on the new Mac.");
      await contosoPage.getByRole("button", { name: "Approve" }).click();
      // A decision is final: it asks first.
      const confirmApprove = contosoPage.getByRole("alertdialog", { name: /Approve the reset of Contoso Mixer Ultimate on Studio-Mac \(old\)/ });
      await expect(confirmApprove).toBeVisible();
      await confirmApprove.getByRole("button", { name: "Approve" }).click();
      await expect(contosoPage.getByText("Nothing to decide")).toBeVisible();
      // The decided item left the queue; the decision is still confirmed.
      await expect(contosoPage.getByText(/Approved: Contoso Mixer Ultimate on Studio-Mac \(old\) returns/)).toBeVisible();
      await contosoPage.getByRole("link", { name: "Decided" }).click();
      await expect(contosoPage.getByRole("article", { name: /Studio-Mac \(old\)/ })).toContainText("Approved");

      // Fabrikam's staff deny theirs.
      const fabrikamPage = await asPerson(browser, fabrikam);
      await expect(fabrikamPage).toHaveURL(/\/p\/fabrikam\/requests$/);
      await expect(fabrikamPage.getByText("Contoso")).toHaveCount(0);
      await fabrikamPage.getByLabel("Note to the customer (optional)").fill("Please send the purchase invoice to support.");
      await fabrikamPage.getByRole("button", { name: "Deny" }).click();
      await fabrikamPage.getByRole("alertdialog", { name: /Deny the reset/ }).getByRole("button", { name: "Deny" }).click();
      await expect(fabrikamPage.getByText("Nothing to decide")).toBeVisible();

      // The admin: Contoso's activation is back in the pool; Fabrikam's stays; the host stays unusable.
      await page.reload();
      await expect(page.getByTestId("activation-location")).toHaveText("Unusable");
      await expect(page.getByText(/A publisher denied the reset/)).toBeVisible();
      await expect(request.getByRole("listitem", { name: /Contoso Mixer Ultimate/ })).toContainText("Approved");
      await expect(request.getByRole("listitem", { name: /Contoso Mixer Ultimate/ })).toContainText("Approved: activate it on the new Mac.");
      await expect(request.getByRole("listitem", { name: /Fabrikam/ })).toContainText("Denied");
      await page.screenshot({ path: "/tmp/host-details-decided.png", fullPage: true });
      await page.goto(`${base}/hosts`);
      await expect(poolRow(page, "Contoso Mixer Ultimate").getByRole("cell").last()).toHaveText("2");
      await expect(poolRow(page, "Fabrikam Endpoint Security Cloud Plus").getByRole("cell").last()).toHaveText("3");
      // Both sides were told by e-mail: the outbox shows the publishers' and the admins' messages,
      // in Polish, the workspace's language (no recipient chose another).
      await page.goto(`${base}/outbox`);
      await expect(page.getByText("Wniosek o reset: Studio-Mac (old)").first()).toBeVisible();
      await expect(page.getByText(/Reset zatwierdzony: Contoso Mixer Ultimate na hoście Studio-Mac \(old\)/)).toBeVisible();
      await expect(page.getByText(/Reset odrzucony: Fabrikam Endpoint Security Cloud Plus na hoście Studio-Mac \(old\)/)).toBeVisible();

      // A workspace admin has no publisher console.
      const denied = await page.goto("/p/contoso/requests");
      expect(denied?.status()).toBe(404);
    },
  );

  test("publisher staff land in their own console after signing in; workspaces are not theirs", async ({ page }) => {
    await signIn(page, { email: DEMO.publisher, password: DEMO.password });
    await expect(page).toHaveURL(/\/p\/northwind\/requests$/);
    await expect(page.getByRole("heading", { level: 1, name: "Reset requests" })).toBeVisible();
    await expect(page.getByText("Publisher console · Northwind Software")).toBeVisible();
    await expectAccessible(page);
    expect((await page.goto(`/w/${DEMO.workspace}/hosts`))?.status()).toBe(404);
    expect((await page.goto("/p/fabrikam/requests"))?.status()).toBe(404);
  });
});
