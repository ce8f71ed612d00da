/**
 * Linking customers in the browser (issue 17): a reseller's staff member invites a workspace by
 * its address, the workspace's supervisor accepts on Settings, the reseller works in it, the
 * supervisor ends the link and the reseller's very next page of it is a 404.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { createSandbox, deleteSandbox, expect, expectAccessible, sandboxSecretHeader, signIn, test } from "./fixtures";

type ResellerSandbox = {
  reseller: { id: string; slug: string; name: string };
  staff: { email: string; password: string };
  workspaces: { workspace: { slug: string }; token: { token: string } }[];
};

async function createResellerSandbox(request: APIRequestContext): Promise<ResellerSandbox> {
  const res = await request.post("/api/v1/sandboxes/resellers", { data: { workspaces: 1 }, headers: sandboxSecretHeader });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

async function shoot(page: Page, name: string, locator = page.locator("main")) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await locator.screenshot({ path: `/tmp/reseller-links-${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a reseller invites a workspace, its supervisor accepts and later ends the link; the reseller then gets 404", async ({ browser, page, request }) => {
  test.setTimeout(180_000);
  const partner = await createResellerSandbox(request);
  const customer = await createSandbox(request);
  const supervisor = await browser.newPage();
  try {
    const hub = `/r/${partner.reseller.slug}/workspaces`;
    const settings = `/w/${customer.workspace.slug}/settings`;
    const overview = `/w/${customer.workspace.slug}/overview`;

    // Not linked yet: the customer's pages do not exist for the reseller.
    await signIn(page, partner.staff);
    expect((await page.goto(overview))?.status()).toBe(404);

    await page.goto(hub);
    await page.getByLabel("Workspace address or supervisor's e-mail").fill(customer.workspace.slug);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(`Invitation sent for ${customer.workspace.slug}.`)).toBeVisible();
    const invitations = page.getByRole("region", { name: "Invitations" });
    await expect(invitations.getByRole("listitem").filter({ hasText: customer.workspace.slug })).toContainText("Waiting");
    await expectAccessible(page);
    await shoot(page, "hub");

    // The supervisor answers on Settings, after a confirmation.
    await signIn(supervisor, customer.signIn);
    await supervisor.goto(settings);
    const section = supervisor.getByRole("region", { name: "Resellers" });
    await expect(section.getByText("1 invitation is waiting for your answer.")).toBeVisible();
    await expect(section.getByText(partner.reseller.name)).toBeVisible();
    await expectAccessible(supervisor);
    await shoot(supervisor, "settings-pending", section);
    await section.getByRole("button", { name: "Accept" }).click();
    const ask = supervisor.getByRole("alertdialog", { name: `Let ${partner.reseller.name} administer this workspace?` });
    await expect(ask).toBeVisible();
    await ask.getByRole("button", { name: "Accept" }).click();
    await expect(supervisor.getByText(`${partner.reseller.name} now administers this workspace.`)).toBeVisible();
    await expect(section.getByText("No invitations are waiting.")).toBeVisible();
    await expect(section.getByRole("list", { name: "Linked resellers" })).toContainText(partner.reseller.name);
    await shoot(supervisor, "settings-linked", section);

    // The reseller works in the workspace and sees it on its hub.
    expect((await page.goto(overview))?.status()).toBe(200);
    await page.goto(hub);
    await expect(page.getByRole("link", { name: `Open ${customer.workspace.name}` })).toBeVisible();
    await shoot(page, "hub-linked");

    // The supervisor ends the link: the reseller's next request is a 404.
    await supervisor.goto(settings);
    await section.getByRole("button", { name: `End the link to ${partner.reseller.name}` }).click();
    const end = supervisor.getByRole("alertdialog", { name: `End the link to ${partner.reseller.name}?` });
    await end.getByRole("button", { name: "End link" }).click();
    await expect(supervisor.getByText(`The link to ${partner.reseller.name} has ended.`)).toBeVisible();
    await expect(section.getByText("No reseller administers this workspace.")).toBeVisible();
    const gone = await page.goto(overview);
    expect(gone?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  } finally {
    await supervisor.close();
    await deleteSandbox(request, customer);
    for (const w of partner.workspaces) await request.delete(`/api/v1/sandboxes/${w.workspace.slug}`, { headers: { authorization: `Bearer ${w.token.token}` } });
  }
});

test("a reseller creates a customer workspace, works in it, and ends the link from its hub", async ({ page, request }) => {
  test.setTimeout(120_000);
  const partner = await createResellerSandbox(request);
  try {
    const hub = `/r/${partner.reseller.slug}/workspaces`;
    await signIn(page, partner.staff);
    await page.goto(hub);
    const form = page.getByRole("region", { name: "Create a customer workspace" });
    await form.getByLabel("Workspace name").fill("Łódź Customer Sp. z o.o.");
    // Every country is offered; the zones are the country's, its capital's chosen first.
    await form.getByLabel("Country").selectOption({ label: "United States" });
    await expect(form.getByLabel("Time zone")).toHaveValue("America/New_York");
    await form.getByLabel("Time zone").selectOption("America/Los_Angeles");
    await form.getByLabel("Country").selectOption({ label: "Germany" });
    await expect(form.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
    await expect(form.getByLabel("Time zone").locator("option")).toHaveText(["Europe/Berlin", "Europe/Zurich"]);
    await form.getByRole("button", { name: "Create workspace" }).click();
    await expect(page.getByText("Łódź Customer Sp. z o.o. was created and linked.")).toBeVisible();
    const open = page.getByRole("link", { name: "Open Łódź Customer Sp. z o.o." });
    await expect(open).toBeVisible();
    const href = (await open.getAttribute("href"))!;
    expect(href).toMatch(/^\/w\/lodz-customer-sp-z-o-o-[0-9a-f]{6}\/overview$/);
    expect((await page.goto(href))?.status()).toBe(200);

    await page.goto(hub);
    await page.getByRole("button", { name: "Stop administering Łódź Customer Sp. z o.o." }).click();
    const ask = page.getByRole("alertdialog", { name: "Stop administering Łódź Customer Sp. z o.o.?" });
    await ask.getByRole("button", { name: "End link" }).click();
    await expect(page.getByText("You no longer administer Łódź Customer Sp. z o.o.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Open Łódź Customer Sp. z o.o." })).toHaveCount(0);
    expect((await page.goto(href))?.status()).toBe(404);
  } finally {
    for (const w of partner.workspaces) await request.delete(`/api/v1/sandboxes/${w.workspace.slug}`, { headers: { authorization: `Bearer ${w.token.token}` } });
  }
});
