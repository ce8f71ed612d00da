import { expect, expectAccessible, linkFromMail, signIn, test } from "./fixtures";

test("forgot password: a link by e-mail sets a new password once and ends the other sessions", async ({ page, sandbox, browser, request }) => {
  const who = sandbox.signIns.admin;
  // Another browser signed in with the old password.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, who);

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("E-mail").fill(who.email);
  await page.getByRole("button", { name: "Send link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account uses ${who.email}`);

  // An address nobody has gets the same answer.
  await page.goto("/forgot-password");
  await page.getByLabel("E-mail").fill("nobody.at.all@example.test");
  await page.getByRole("button", { name: "Send link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account uses nobody.at.all@example.test");

  const link = await linkFromMail(request, sandbox, "account.password_reset", who.email, /\/reset-password\/[A-Za-z0-9_-]{43}/);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Set a new password" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/^New password/).fill("short");
  await page.getByLabel("Repeat the new password").fill("short");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("Enter at least 12 characters.")).toBeVisible();
  const fresh = "a brand new passphrase for e2e";
  await page.getByLabel(/^New password/).fill(fresh);
  await page.getByLabel("Repeat the new password").fill(fresh);
  await page.getByRole("button", { name: "Set password" }).click();
  await page.waitForURL(/\/login\?notice=password-set/);
  await expect(page.getByRole("status")).toHaveText("Your new password is set. Sign in with it.");

  // The other browser's session ended with the old password.
  await otherPage.goto(`/w/${sandbox.workspace.slug}/overview`);
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();

  await signIn(page, { email: who.email, password: fresh });
  await expect(page).toHaveURL(new RegExp(`/w/${sandbox.workspace.slug}`));

  // Single use.
  await page.goto(link);
  await expect(page.getByText("This link no longer works")).toBeVisible();
});

test("a password change on the account page keeps this browser signed in and ends the others", async ({ page, sandbox, browser }) => {
  const who = sandbox.signIns.viewer;
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, who);
  await signIn(page, who);
  await page.goto("/account/security");
  const card = page.getByRole("region", { name: "Password" });
  await card.getByLabel("Current password").fill("not the password");
  await card.getByLabel(/^New password/).fill("a changed passphrase here");
  await card.getByLabel("Repeat the new password").fill("a changed passphrase here");
  await card.getByRole("button", { name: "Change password" }).click();
  await expect(card.getByText("The current password is not right.")).toBeVisible();
  await card.getByLabel("Current password").fill(who.password);
  await card.getByLabel(/^New password/).fill("a changed passphrase here");
  await card.getByLabel("Repeat the new password").fill("a changed passphrase here");
  await card.getByRole("button", { name: "Change password" }).click();
  await expect(card.getByRole("status")).toHaveText("Your password is changed. Your other sessions have ended.");
  await expectAccessible(page);
  // This browser stays signed in; the other one is signed out.
  await page.goto(`/w/${sandbox.workspace.slug}/overview`);
  await expect(page).toHaveURL(new RegExp(`/w/${sandbox.workspace.slug}/overview`));
  await otherPage.goto(`/w/${sandbox.workspace.slug}/overview`);
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();
});
