/**
 * Request keys in the browser (seed 001): the supervisor enters a request key, sees the provisional
 * warning, moves the sandbox clock past the day the final key is ready, checks online and goes
 * through the assistant to "Activated". An admin who is not supervisor can only look.
 */
import { expectAccessible, expect, signIn, test } from "./fixtures";

const DEMO_KEY = "1102500012"; // lib/request-keys/demo.ts DEMO_REQUEST_KEYS.studio25 (Luhn-valid)

test("supervisor: request key → provisional warning → clock +5 days → check online → Activated", async ({ page, request, sandbox }) => {
  // A long walk through three dialogs and a clock move; the shared machine is slow.
  test.setTimeout(90_000);
  const slug = sandbox.workspace.slug;
  await signIn(page, sandbox.signIns.supervisor);
  await page.goto(`/w/${slug}/activations`);
  await expect(page.getByRole("heading", { level: 1, name: "Activations" })).toBeVisible();
  await expect(page.getByText("No keys entered yet")).toBeVisible();

  await page.getByRole("button", { name: "Add", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Add request key" });
  const field = dialog.getByLabel("Request key");
  await expect(field).toBeDisabled();
  await dialog.getByLabel("A current backup of the system exists.").check();
  await dialog.getByLabel("The software is updated to the current version.").check();
  await expect(field).toBeEnabled();
  await expectAccessible(page);

  // Refused at once, in the browser: letters, wrong length, a failed check digit.
  await field.fill("11025A0012");
  await dialog.getByRole("button", { name: "Add key" }).click();
  await expect(dialog.getByText("A request key has digits only.")).toBeVisible();
  await field.fill("110250001");
  await expect(dialog.getByText("A request key has exactly 10 digits.")).toBeVisible();
  await field.fill("1102500013");
  await expect(dialog.getByText(/not a valid request key/)).toBeVisible();
  await page.screenshot({ path: "/tmp/keys-add-dialog.png", fullPage: true });

  await field.fill("11025 00012");
  await dialog.getByRole("button", { name: "Add key" }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole("row", { name: /11025 00012/ });
  await expect(row.getByText("Provisional", { exact: true })).toBeVisible();
  await expect(row.getByText(/Provisional key until/)).toBeVisible();
  await page.screenshot({ path: "/tmp/keys-provisional.png", fullPage: true });

  // Nothing new yet: the console says when to try again.
  await page.getByRole("button", { name: "Check online" }).click();
  const check = page.getByRole("dialog", { name: "Check online" });
  await expect(check.getByText("No new activations yet.")).toBeVisible();
  await expect(check.getByText(/Check online again on/)).toBeVisible();
  await check.getByRole("button", { name: "Close" }).last().click();

  const advanced = await request.post(`/api/v1/workspaces/${slug}/clock/advance`, {
    headers: { authorization: `Bearer ${sandbox.token.token}` },
    data: { days: 5 },
  });
  expect(advanced.status()).toBe(200);

  await page.reload();
  await page.getByRole("button", { name: "Check online" }).click();
  const assistant = page.getByRole("dialog", { name: "New activations" });
  await expect(assistant.getByText("Step 1 of 3")).toBeVisible();
  await expect(assistant.getByText(/Northwind Studio — All Apps \(25 seats\)/)).toBeVisible();
  await page.screenshot({ path: "/tmp/keys-assistant.png", fullPage: true });
  await assistant.getByRole("button", { name: "Next" }).click();
  await expect(assistant.getByText("Step 2 of 3")).toBeVisible();
  await assistant.getByRole("button", { name: "Install" }).click();
  await expect(assistant.getByText("Step 3 of 3")).toBeVisible();
  await expect(assistant.getByText("Activated.")).toBeVisible();
  await assistant.getByRole("button", { name: "Close" }).last().click();

  await expect(row.getByText("Activated", { exact: true })).toBeVisible();
  await expect(row.getByText(/Update service until/)).toBeVisible();
  // The toast fades in (mid-animation colours fool the contrast check): scan once it is gone.
  await expect(page.getByText("Activation installed")).toBeHidden({ timeout: 15_000 });
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/keys-activated.png", fullPage: true });
});

test("an admin who is not supervisor sees the activations read-only and the API refuses", async ({ page, request, sandbox }) => {
  const slug = sandbox.workspace.slug;
  await signIn(page, sandbox.signIns.admin);
  await page.goto(`/w/${slug}/activations`);
  await expect(page.getByRole("heading", { level: 1, name: "Activations" })).toBeVisible();
  await expect(page.getByText("Only a supervisor can add keys here")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Check online" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Enter activation key manually" })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/keys-admin.png", fullPage: true });

  // The same session's cookie cannot enter a key through the API either: admins get 403.
  const token = await request.post(`/api/v1/workspaces/${slug}/tokens`, {
    headers: { authorization: `Bearer ${sandbox.token.token}` },
    data: { name: "admin", role: "admin" },
  });
  expect(token.status()).toBe(201);
  const adminToken = (await token.json()).token;
  const refused = await request.post(`/api/v1/workspaces/${slug}/activations/request-keys`, {
    headers: { authorization: `Bearer ${adminToken}` },
    data: { requestKey: DEMO_KEY },
  });
  expect(refused.status()).toBe(403);
});

test("manual entry says so when a request key is pasted", async ({ page, sandbox }) => {
  await signIn(page, sandbox.signIns.supervisor);
  await page.goto(`/w/${sandbox.workspace.slug}/activations`);
  await page.getByRole("button", { name: "Enter activation key manually" }).click();
  const dialog = page.getByRole("dialog", { name: "Enter activation key manually" });
  await dialog.getByLabel("Activation key").fill(DEMO_KEY);
  await expect(dialog.getByText(/looks like a 10-digit request key/)).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Check and install" })).toBeDisabled();
  await dialog.getByLabel("Activation key").fill("-----BEGIN ACTIVATION KEY-----\nAAAA.BBBB\n-----END ACTIVATION KEY-----");
  await dialog.getByRole("button", { name: "Check and install" }).click();
  await expect(dialog.getByText(/not a complete activation key/)).toBeVisible();
  await page.screenshot({ path: "/tmp/keys-manual.png", fullPage: true });
});
