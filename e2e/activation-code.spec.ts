/**
 * Seed 002 in the browser: a license is replaced with an activation code (upgrade, downgrade,
 * renewal), with the preview of changes, and devices follow, macOS at the old expiry.
 * Codes are issued through the sandbox API; the clock is advanced through the API.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { seedId } from "../lib/demo-data/ids";
import { codeFromPayload } from "../lib/activation-codes/rules";
import { expect, expectAccessible, signIn, test, type Sandbox } from "./fixtures";

const TEMPLATE = { type: "template", description: "activation-devices" };

// Whole flows on a 2-core machine: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });
const PLUS = "Fabrikam Endpoint Security Cloud Plus";
const PRO = "Fabrikam Endpoint Security Cloud Pro";
const BASIC = "Fabrikam Endpoint Security Cloud";

async function issueCode(request: APIRequestContext, sandbox: Sandbox, sku: string, quantity: number): Promise<string> {
  const res = await request.post(`/api/v1/workspaces/${sandbox.workspace.slug}/activation-codes/issue`, {
    headers: { authorization: `Bearer ${sandbox.token.token}` },
    data: { sku, quantity, termDays: 365 },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).code;
}

async function openLicense(page: Page, sandbox: Sandbox, name: string) {
  await page.goto(`/w/${sandbox.workspace.slug}/licenses`);
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function enterCode(page: Page, code: string) {
  const dialog = page.getByRole("dialog", { name: "Replace license" });
  await dialog.getByLabel("Activation code").fill(code);
  await dialog.getByRole("button", { name: "Send" }).click();
  return dialog;
}

test("upgrade: refuse bad codes, preview, apply, try features; devices follow, macOS at the old expiry", { annotation: TEMPLATE }, async ({ page, request, sandbox }) => {
  const code = await issueCode(request, sandbox, "FB-ESC-PRO", 150);
  await signIn(page, sandbox.signIns.admin);
  await openLicense(page, sandbox, PLUS);
  await expect(page.getByText("License ID")).toBeVisible();
  await page.getByRole("button", { name: "Enter activation code" }).click();
  const dialog = page.getByRole("dialog", { name: "Replace license" });
  const input = dialog.getByLabel("Activation code");

  // Formats as typed: lower case, no dashes → grouped capitals.
  await input.pressSequentially("abcde2345");
  await expect(input).toHaveValue("ABCDE-2345");
  // Malformed: refused at once, without asking the server.
  await input.fill(`O${code.slice(1)}`);
  await expect(dialog.getByText(/never contain O/)).toBeVisible();
  const typo = code.slice(0, 3) + (code[3] === "A" ? "B" : "A") + code.slice(4);
  await input.fill(typo);
  await expect(dialog.getByText(/a character is mistyped/)).toBeVisible();
  await input.fill(code.slice(0, 12));
  await dialog.getByRole("button", { name: "Send" }).click();
  await expect(dialog.getByText(/The code is incomplete/)).toBeVisible();
  // Well-formed but unknown: refused after the check, and the admin may try again.
  await enterCode(page, codeFromPayload("ABCDEFGHJKMNPQRSTU"));
  await expect(dialog.getByText("The activation service does not know this code.")).toBeVisible();

  // The real code, pasted in lower case without dashes.
  await input.fill(code.replaceAll("-", "").toLowerCase());
  await expect(input).toHaveValue(code);
  await dialog.getByRole("button", { name: "Send" }).click();
  await expect(dialog.getByRole("heading", { name: "Check the details of the new license" })).toBeVisible();
  await expect(dialog.getByText("Upgrade", { exact: true })).toBeVisible();
  await expect(dialog.getByText("+ EDR")).toBeVisible();
  await expect(dialog.getByText("+ Encryption")).toBeVisible();
  const table = dialog.getByRole("table");
  await expect(table.getByRole("row", { name: /License name/ })).toContainText(PLUS);
  await expect(table.getByRole("row", { name: /License name/ })).toContainText(PRO);
  // Equal values show once.
  await expect(table.getByRole("row", { name: /Licensing model/ }).getByRole("cell")).toHaveCount(1);
  await expect(table.getByRole("row", { name: /License limit/ })).toContainText("150");
  await expectAccessible(page);

  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(dialog.getByRole("heading", { name: "Try additional features" })).toBeVisible();
  await dialog.getByLabel("Encryption").uncheck();
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(page.getByRole("heading", { level: 1, name: PRO })).toBeVisible();
  const features = page.getByRole("region", { name: "Features", exact: true });
  await expect(features.getByRole("listitem").filter({ hasText: "EDR" })).toContainText("On");
  await expect(features.getByRole("listitem").filter({ hasText: "Encryption" })).toContainText("Off");
  await expect(page.getByText("Replaced an earlier license.")).toBeVisible();

  // Devices: Windows, Android, iOS (and Linux) run the new license; macOS registered it.
  await page.getByRole("link", { name: "Devices", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Devices" })).toBeVisible();
  const row = (name: string) => page.getByRole("row").filter({ hasText: name });
  await expect(row("OFFICE-PC-01")).toContainText(PRO);
  await expect(row("Pixel 8 (Jan)")).toContainText(PRO);
  await expect(row("iPhone 15 (Ewa)")).toContainText(PRO);
  await expect(row("MacBook Ola").getByRole("cell").nth(2)).toHaveText(PLUS);
  await expect(row("MacBook Ola").getByRole("cell").nth(3)).toContainText(PRO);
  await expect(row("MacBook Ola")).toContainText("Switches");
  await expectAccessible(page);

  // One Mac switched by hand…
  await row("MacBook Ola").getByRole("button", { name: /Switch MacBook Ola/ }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Switch now" }).click();
  await expect(page.getByText(`MacBook Ola now runs ${PRO}.`)).toBeVisible();
  await expect(row("MacBook Ola").getByRole("cell").nth(2)).toHaveText(PRO);
  await expect(row("MacBook Tomek").getByRole("cell").nth(2)).toHaveText(PLUS);

  // …the other when the sandbox clock passes the old license's expiry (60 days).
  const advanced = await request.post(`/api/v1/workspaces/${sandbox.workspace.slug}/clock/advance`, {
    headers: { authorization: `Bearer ${sandbox.token.token}` },
    data: { days: 61 },
  });
  expect(advanced.status()).toBe(200);
  await page.reload();
  await expect(row("MacBook Tomek").getByRole("cell").nth(2)).toHaveText(PRO);
  await expect(page.getByRole("button", { name: /Switch / })).toHaveCount(0);
});

test("downgrade: the preview warns about the features lost; apply replaces the license", { annotation: TEMPLATE }, async ({ page, request, sandbox }) => {
  const code = await issueCode(request, sandbox, "FB-ESC", 80);
  await signIn(page, sandbox.signIns.supervisor);
  // Another tenant's license (the demo's) is as missing as one that never existed.
  for (const id of [seedId("license:kowalski:FB-ESC-PLUS"), randomUUID()]) {
    expect((await page.goto(`/w/${sandbox.workspace.slug}/licenses/${id}`))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/not found/i);
    await expect(page.getByText("License ID")).toHaveCount(0);
  }
  await openLicense(page, sandbox, PLUS);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Enter activation code" }).click();
  const dialog = await enterCode(page, code.replaceAll("-", " "));
  await expect(dialog.getByRole("alert", { name: "Downgrade" })).toContainText("You will no longer have access to");
  await expect(dialog.getByText("− Patch management")).toBeVisible();
  await expect(dialog.getByText("− Web control")).toBeVisible();
  await expect(dialog.getByRole("table").getByRole("row", { name: /License limit/ })).toContainText("80");
  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("heading", { level: 1, name: BASIC, exact: true })).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // The old license is kept, marked replaced, pointing at the new one; its code is used up.
  await page.goto(`/w/${sandbox.workspace.slug}/licenses`);
  await expect(page.getByRole("row").filter({ hasText: PLUS })).toContainText("Replaced");
  await page.getByRole("link", { name: PLUS, exact: true }).click();
  await expect(page.getByText("This license was replaced by an activation code.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Enter activation code" })).toHaveCount(0);
  await page.getByRole("link", { name: "Open the new license" }).click();
  await page.getByRole("button", { name: "Enter activation code" }).click();
  await enterCode(page, code);
  await expect(page.getByRole("dialog").getByText("This activation code has been used already.")).toBeVisible();
});

test("renewal: same features; a viewer cannot enter codes", { annotation: TEMPLATE }, async ({ browser, page, request, sandbox }) => {
  const code = await issueCode(request, sandbox, "FB-ESC-PLUS", 100);
  await signIn(page, sandbox.signIns.supervisor);
  await openLicense(page, sandbox, PLUS);
  await page.getByRole("button", { name: "Enter activation code" }).click();
  const dialog = await enterCode(page, code);
  await expect(dialog.getByText("Renewal", { exact: true })).toBeVisible();
  await expect(dialog.getByText("The license is renewed with the same set of features.")).toBeVisible();
  const table = dialog.getByRole("table");
  await expect(table.getByRole("row", { name: /License name/ }).getByRole("cell")).toHaveCount(1);
  await expect(table.getByRole("row", { name: /Expiry date/ }).getByRole("cell")).toHaveCount(2);
  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("Replaced an earlier license.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: PLUS })).toBeVisible();
  await expect(page.getByText("Activation code", { exact: true })).toBeVisible();

  const renewed = page.url();
  const viewer = await browser.newPage();
  await signIn(viewer, sandbox.signIns.viewer);
  await viewer.goto(renewed);
  await expect(viewer.getByRole("heading", { level: 1, name: PLUS })).toBeVisible();
  await expect(viewer.getByRole("button", { name: "Enter activation code" })).toHaveCount(0);
  await expect(viewer.getByText("Only a supervisor or an admin can enter an activation code.")).toBeVisible();
  await viewer.goto(`/w/${sandbox.workspace.slug}/devices`);
  await expect(viewer.getByRole("button", { name: /Switch / })).toHaveCount(0);
  await viewer.close();
});
